// The scheduled start as the first column of every worklist.
import { fmtDateTime } from '../shared/format';

export const scheduledColumn = (title: string) => ({
  title,
  dataIndex: 'scheduledStart',
  render: (v: string) => fmtDateTime(v),
  width: 150,
});
