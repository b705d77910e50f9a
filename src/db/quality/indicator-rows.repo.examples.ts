import { examples } from '../testing/sql-snapshot';
import {
  historyDeliveryRows,
  historyEpisode,
  historyOutcomeRows,
  importGeneration,
  listedCases,
  staffingOfYear,
  wardIdsByCode,
} from './indicator-rows.repo';

const ward = '0190a0a0-0000-7000-8000-000000000001';
const id = '0190a0a0-0000-7000-8000-0000000000aa';
const period = {
  from: new Date('2024-05-31T16:00:00Z'),
  to: new Date('2024-06-30T16:00:00Z'),
  wardIds: [ward],
  scope: { kind: 'wards' as const, ids: [ward] },
};

export default examples(
  { name: 'historyOutcomeRows', run: (db) => historyOutcomeRows(db, period) },
  {
    name: 'historyOutcomeRows (department)',
    run: (db) => historyOutcomeRows(db, { ...period, wardIds: null, scope: { kind: 'department' } }),
  },
  { name: 'historyDeliveryRows', run: (db) => historyDeliveryRows(db, period.from, period.to) },
  { name: 'staffingOfYear', run: (db) => staffingOfYear(db, 2024) },
  { name: 'importGeneration', run: (db) => importGeneration(db) },
  { name: 'listedCases', run: (db) => listedCases(db, [id]) },
  { name: 'historyEpisode', run: (db) => historyEpisode(db, id, { kind: 'department' }) },
  { name: 'wardIdsByCode', run: (db) => wardIdsByCode(db, ['TS1']) },
);
