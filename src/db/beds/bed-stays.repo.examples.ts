import { examples } from '../testing/sql-snapshot';
import {
  changeBedState,
  getBed,
  getStay,
  insertBedAdmission,
  insertStays,
  listStays,
  lockAdmission,
  lockBed,
  lockLiveStays,
  lockPatient,
  openStayOfBed,
  overlappingStayInBed,
  overlappingStaysOfPatient,
  setStayEnd,
  updateAdmission,
  visitNumberTaken,
  voidStays,
  wardExists,
} from './bed-stays.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const OTHER = '0190a0a0-0000-7000-8000-000000000002';
const USER = '0190a0a0-0000-7000-8000-0000000000b1';
const AT = new Date('2026-11-22T02:00:00Z');
const actor = { userId: USER, now: AT };
const stay = {
  admissionId: ID,
  patientId: ID,
  wardId: ID,
  bedId: ID,
  temporary: false,
  fromAt: AT,
  cause: 'admit',
  recordedAt: AT,
  recordedBy: USER,
};

export default examples(
  { name: 'getBed', run: (db) => getBed(db, ID) },
  { name: 'lockBed', run: (db) => lockBed(db, ID) },
  { name: 'lockPatient', run: (db) => lockPatient(db, ID) },
  { name: 'wardExists', run: (db) => wardExists(db, ID) },
  { name: 'lockAdmission', run: (db) => lockAdmission(db, ID) },
  { name: 'openStayOfBed', run: (db) => openStayOfBed(db, ID) },
  { name: 'lockLiveStays', run: (db) => lockLiveStays(db, ID) },
  { name: 'overlappingStaysOfPatient open', run: (db) => overlappingStaysOfPatient(db, ID, AT, null, null) },
  {
    name: 'overlappingStaysOfPatient closed, other admissions',
    run: (db) => overlappingStaysOfPatient(db, ID, AT, AT, OTHER),
  },
  { name: 'overlappingStayInBed open', run: (db) => overlappingStayInBed(db, ID, AT, null, []) },
  { name: 'overlappingStayInBed except', run: (db) => overlappingStayInBed(db, ID, AT, AT, [OTHER]) },
  { name: 'getStay', run: (db) => getStay(db, ID) },
  { name: 'setStayEnd', run: (db) => setStayEnd(db, ID, AT) },
  { name: 'voidStays', run: (db) => voidStays(db, [ID], { by: USER, at: AT, reason: 'x' }) },
  { name: 'listStays', run: (db) => listStays(db, [ID]) },
  { name: 'visitNumberTaken', run: (db) => visitNumberTaken(db, 'V1') },
  {
    name: 'updateAdmission',
    run: (db) => updateAdmission(db, ID, { wardId: ID, bedId: null, dischargedAt: AT }, actor),
  },
  // Last: nothing they refer to exists, so each insert fails its foreign key after being logged.
  { name: 'insertStays', run: (db) => insertStays(db, [stay]).catch(() => undefined) },
  {
    name: 'insertBedAdmission',
    run: (db) =>
      insertBedAdmission(
        db,
        {
          patientId: ID,
          wardId: ID,
          bedId: ID,
          admittedAt: AT,
          attendingDoctor: null,
          visitNumber: null,
          expectedDischargeOn: null,
          source: 'periop',
        },
        actor,
      ).catch(() => undefined),
  },
  {
    name: 'changeBedState',
    run: (db) =>
      changeBedState(
        db,
        { bedId: ID, state: 'closed', closureReason: 'minor_repair', reopensOn: null, note: null, at: AT },
        actor,
      ).catch(() => undefined),
  },
);
