import { examples } from '../testing/sql-snapshot';
import { kpiCases, kpiOpenBeds, kpiStays } from './kpi-rows.repo';

const p = {
  from: '2024-01-01',
  to: '2024-12-31',
  wardIds: null,
  scope: { kind: 'department' as const },
  zone: 'Asia/Shanghai',
};

export default examples(
  { name: 'kpiCases', run: (db) => kpiCases(db, p) },
  { name: 'kpiStays', run: (db) => kpiStays(db, p) },
  { name: 'kpiOpenBeds', run: (db) => kpiOpenBeds(db, p) },
);
