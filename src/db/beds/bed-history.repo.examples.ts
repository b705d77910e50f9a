import { examples } from '../testing/sql-snapshot';
import { censusDetails, loadBedHistory, statisticsWards } from './bed-history.repo';

const all = { from: '2026-01-01', to: '2026-12-31', wardIds: null };
const some = { ...all, wardIds: ['0190a0a0-0000-7000-8000-000000000001'] };

export default examples(
  { name: 'statisticsWards', run: (db) => statisticsWards(db) },
  { name: 'loadBedHistory (every ward)', run: (db) => loadBedHistory(db, all) },
  { name: 'loadBedHistory (some wards)', run: (db) => loadBedHistory(db, some) },
  {
    name: 'censusDetails',
    run: (db) =>
      censusDetails(db, ['0190a0a0-0000-7000-8000-000000000002'], ['0190a0a0-0000-7000-8000-000000000003']),
  },
);
