import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import {
  acknowledgeAlert,
  alertStories,
  alertsOfWards,
  caseAlerts,
  escalateAlerts,
  getAlert,
  responseReport,
} from './ews-alert.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';
const AT = new Date('2026-11-22T02:00:00Z');
const USER = { userId: ID, now: AT };

export default examples(
  { name: 'getAlert (department)', run: (db) => getAlert(db, ID, DEPARTMENT) },
  { name: 'getAlert (wards)', run: (db) => getAlert(db, ID, wardsScope([WARD])) },
  {
    name: 'acknowledgeAlert',
    run: (db) => acknowledgeAlert(db, ID, 1, { action: 'reviewed', note: null }, USER),
  },
  { name: 'escalateAlerts', run: (db) => escalateAlerts(db, AT, { emergency: 5 }) },
  { name: 'caseAlerts', run: (db) => caseAlerts(db, ID) },
  { name: 'alertsOfWards', run: (db) => alertsOfWards(db, [WARD]) },
  { name: 'alertStories', run: (db) => alertStories(db, [ID]) },
  {
    name: 'responseReport (department)',
    run: (db) => responseReport(db, AT, AT, DEPARTMENT),
  },
  { name: 'responseReport (wards)', run: (db) => responseReport(db, AT, AT, wardsScope([WARD])) },
);
