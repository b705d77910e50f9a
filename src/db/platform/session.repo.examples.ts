import { examples } from '../testing/sql-snapshot';
import {
  deleteSession,
  deleteSessionsOfUser,
  findSession,
  insertSession,
  touchSession,
} from './session.repo';

const USER = '0190a0a0-0000-7000-8000-000000000001';
const TOKEN = 'a'.repeat(64);
const NOW = new Date('2026-11-22T02:00:00Z');

export default examples(
  { name: 'findSession', run: (db) => findSession(db, TOKEN) },
  { name: 'touchSession', run: (db) => touchSession(db, TOKEN, NOW) },
  { name: 'deleteSession', run: (db) => deleteSession(db, TOKEN) },
  { name: 'deleteSessionsOfUser', run: (db) => deleteSessionsOfUser(db, USER) },
  // Last: the account does not exist, so the insert fails its foreign key after being logged.
  {
    name: 'insertSession',
    run: (db) =>
      insertSession(db, { tokenHash: TOKEN, userId: USER, now: NOW, clientAddress: '127.0.0.1' }).catch(
        () => undefined,
      ),
  },
);
