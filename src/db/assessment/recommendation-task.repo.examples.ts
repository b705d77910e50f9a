import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import { getTask, listTasks, updateTask } from './recommendation-task.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';
const actor = { userId: '0190a0a0-0000-7000-8000-0000000000b1', now: new Date('2026-11-22T02:00:00Z') };

export default examples(
  { name: 'listTasks, open (department)', run: (db) => listTasks(db, { open: true, scope: DEPARTMENT }) },
  {
    name: 'listTasks, all of one case (wards)',
    run: (db) => listTasks(db, { open: false, caseId: ID, scope: wardsScope([WARD]) }),
  },
  { name: 'listTasks (no ward)', run: (db) => listTasks(db, { open: true, scope: wardsScope([]) }) },
  { name: 'getTask (department)', run: (db) => getTask(db, ID, DEPARTMENT) },
  { name: 'getTask (wards)', run: (db) => getTask(db, ID, wardsScope([WARD])) },
  {
    name: 'updateTask',
    run: (db) => updateTask(db, ID, 1, { status: 'declined', reason: '出血风险' }, actor),
  },
);
