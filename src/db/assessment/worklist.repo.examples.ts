import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import { casesAwaitingVisit, highRiskCases } from './worklist.repo';

const WARD = '0190a0a0-0000-7000-8000-0000000000a1';
const from = new Date('2026-11-21T14:00:00Z');
const to = new Date('2026-11-25T02:00:00Z');

export default examples(
  { name: 'casesAwaitingVisit (department)', run: (db) => casesAwaitingVisit(db, from, to, DEPARTMENT) },
  { name: 'casesAwaitingVisit (wards)', run: (db) => casesAwaitingVisit(db, from, to, wardsScope([WARD])) },
  { name: 'highRiskCases (department)', run: (db) => highRiskCases(db, from, to, DEPARTMENT) },
  { name: 'highRiskCases (wards)', run: (db) => highRiskCases(db, from, to, wardsScope([WARD])) },
);
