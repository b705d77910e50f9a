import { examples } from '../testing/sql-snapshot';
import {
  activeScale2,
  caseSetList,
  caseSets,
  lockSet,
  overdueSets,
  stopScale2,
  updateSet,
} from './observation-set.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const SET = '0190a0a0-0000-7000-8000-000000000002';
const AT = new Date('2026-11-22T02:00:00Z');

export default examples(
  { name: 'caseSets', run: (db) => caseSets(db, ID) },
  { name: 'caseSetList', run: (db) => caseSetList(db, ID) },
  { name: 'lockSet', run: (db) => lockSet(db, ID, SET) },
  { name: 'updateSet', run: (db) => updateSet(db, SET, 1, { voidedAt: AT, voidReason: 'x' }) },
  { name: 'overdueSets', run: (db) => overdueSets(db, AT) },
  { name: 'activeScale2', run: (db) => activeScale2(db, ID) },
  { name: 'stopScale2', run: (db) => stopScale2(db, ID) },
);
