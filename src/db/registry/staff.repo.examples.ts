import { examples } from '../testing/sql-snapshot';
import { getStaffAccount, listStaff } from './staff.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  { name: 'listStaff', run: (db) => listStaff(db, 'surgeon') },
  { name: 'listStaff (query)', run: (db) => listStaff(db, 'nurse', '赵') },
  { name: 'getStaffAccount', run: (db) => getStaffAccount(db, ID) },
);
