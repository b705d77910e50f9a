import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import { roomsNow } from './room.repo';

const WARD = '0190a0a0-0000-7000-8000-0000000000a1';

export default examples(
  { name: 'roomsNow (department)', run: (db) => roomsNow(db, DEPARTMENT) },
  { name: 'roomsNow (wards)', run: (db) => roomsNow(db, wardsScope([WARD])) },
  { name: 'roomsNow (no ward)', run: (db) => roomsNow(db, wardsScope([])) },
);
