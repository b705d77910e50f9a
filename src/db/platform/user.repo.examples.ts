import { DEPARTMENT } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import {
  admitLogin,
  findUserByUsername,
  getUser,
  insertUser,
  listSurgicalGrades,
  listUsers,
  setLocale,
  setOwnPassword,
  updateUser,
} from './user.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const BY = { userId: '0190a0a0-0000-7000-8000-0000000000b1', now: new Date('2026-11-22T02:00:00Z') };

export default examples(
  { name: 'listUsers', run: (db) => listUsers(db) },
  { name: 'getUser', run: (db) => getUser(db, ID) },
  { name: 'findUserByUsername', run: (db) => findUserByUsername(db, 'nurse') },
  {
    name: 'insertUser',
    run: (db) =>
      insertUser(
        db,
        {
          username: 'example_user',
          displayName: '示例',
          role: 'unassigned',
          scope: DEPARTMENT,
          passwordHash: 'scrypt$…',
          mustChangePassword: true,
        },
        BY,
      ),
  },
  { name: 'updateUser', run: (db) => updateUser(db, ID, 1, { displayName: '示例', disabled: true }, BY) },
  { name: 'updateUser (surgical grade)', run: (db) => updateUser(db, ID, 1, { surgicalGrade: 3 }, BY) },
  { name: 'listSurgicalGrades', run: (db) => listSurgicalGrades(db) },
  { name: 'admitLogin', run: (db) => admitLogin(db, ID, BY.now) },
  { name: 'setOwnPassword', run: (db) => setOwnPassword(db, ID, 'scrypt$…', BY.now) },
  { name: 'setLocale', run: (db) => setLocale(db, ID, 'en-US') },
);
