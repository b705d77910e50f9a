// 麻醉记录单: the live record of one case — events with one tap, the vitals chart updated as monitors
// send, drugs, fluids, the WHO checklist, alerts, method, signing and the printed sheet. Each realtime
// event reloads only what it says changed (use-record-live.ts).
import { Alert } from 'antd';
import { useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage';
import { ApiError } from '../shared/api';
import { useCase } from '../shared/case.resource';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { RecordView } from './RecordView';
import { useAnesthesiaRecord } from './record.resource';
import { useVitalSeries } from './use-observations';
import { useRecordLive } from './use-record-live';

export default function RecordPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const caseQuery = useCase(id);
  const recordQuery = useAnesthesiaRecord(id);
  const vitals = useVitalSeries(id);
  const reload = useRecordLive(id, caseQuery.data?.orRoom, vitals.reload);

  if (caseQuery.isLoading || recordQuery.isLoading) return <Loading />;
  const error = caseQuery.error ?? recordQuery.error;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  if (!caseQuery.data || !recordQuery.data)
    return <Alert type="error" title={error?.message ?? t('app.error.network')} />;
  return <RecordView c={caseQuery.data} rec={recordQuery.data} vitals={vitals.data} reload={reload} />;
}
