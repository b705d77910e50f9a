import { examples } from '../testing/sql-snapshot';
import {
  bedIdByCode,
  claimAdtMessage,
  currentPlace,
  linkAdtMessage,
  lockAdmissionByVisit,
  lockPatientByMrn,
  setAttendingDoctor,
} from './adt.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-0000000000a1';
const USER = '0190a0a0-0000-7000-8000-0000000000b1';
const AT = new Date('2026-11-22T02:00:00Z');

export default examples(
  {
    name: 'claimAdtMessage',
    run: (db) =>
      claimAdtMessage(db, { sender: '["WINNING","HIS01"]', controlId: 'C1', event: 'A01', receivedAt: AT }),
  },
  { name: 'linkAdtMessage', run: (db) => linkAdtMessage(db, ID, ID) },
  { name: 'lockPatientByMrn', run: (db) => lockPatientByMrn(db, 'zy001') },
  { name: 'lockAdmissionByVisit', run: (db) => lockAdmissionByVisit(db, 'ZY20260315001') },
  { name: 'bedIdByCode', run: (db) => bedIdByCode(db, WARD, '08') },
  { name: 'currentPlace', run: (db) => currentPlace(db, ID) },
  {
    name: 'setAttendingDoctor',
    run: (db) => setAttendingDoctor(db, ID, 1, '李四', { userId: USER, now: AT }),
  },
);
