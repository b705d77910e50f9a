import { examples } from '../testing/sql-snapshot';
import {
  currentVisit,
  riskFlagsOfCases,
  signerName,
  signVisit,
  updateDraft,
  visitRevisions,
} from './visit.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const OTHER = '0190a0a0-0000-7000-8000-000000000002';
const actor = { userId: '0190a0a0-0000-7000-8000-0000000000b1', now: new Date('2026-11-22T02:00:00Z') };

export default examples(
  { name: 'currentVisit', run: (db) => currentVisit(db, ID) },
  { name: 'visitRevisions', run: (db) => visitRevisions(db, ID) },
  {
    name: 'updateDraft',
    run: (db) =>
      updateDraft(db, ID, 1, { data: {}, results: [], highRiskFlags: [], visitAt: null, late: false }, actor),
  },
  { name: 'signVisit', run: (db) => signVisit(db, ID, 1, actor) },
  { name: 'riskFlagsOfCases', run: (db) => riskFlagsOfCases(db, [ID, OTHER]) },
  { name: 'signerName', run: (db) => signerName(db, ID) },
);
