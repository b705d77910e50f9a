import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import { completeTask, getTask, openTasks } from './task.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';

export default examples(
  { name: 'openTasks (department)', run: (db) => openTasks(db, DEPARTMENT) },
  { name: 'openTasks (wards)', run: (db) => openTasks(db, wardsScope([WARD])) },
  { name: 'getTask (department)', run: (db) => getTask(db, ID, DEPARTMENT) },
  { name: 'getTask (wards)', run: (db) => getTask(db, ID, wardsScope([WARD])) },
  {
    name: 'completeTask',
    run: (db) => completeTask(db, ID, 'alive', { userId: ID, now: new Date('2026-11-22T02:00:00Z') }),
  },
);
