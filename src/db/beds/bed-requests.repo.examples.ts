import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import {
  getBedRequest,
  insertBedRequest,
  listBedRequests,
  lockBedRequest,
  medianLengthOfStay,
  openRequestOfPatient,
  requestOfAdmission,
  reservationOfBed,
  updateBedRequest,
} from './bed-requests.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const WARD = '0190a0a0-0000-7000-8000-000000000002';
const actor = { userId: ID, now: new Date('2026-11-22T02:00:00Z') };

export default examples(
  {
    name: 'listBedRequests department',
    run: (db) => listBedRequests(db, { statuses: ['waiting', 'reserved'], scope: DEPARTMENT }),
  },
  {
    name: 'listBedRequests wards, until',
    run: (db) =>
      listBedRequests(db, { statuses: ['reserved'], until: '2026-11-22', scope: wardsScope([WARD]) }),
  },
  { name: 'getBedRequest', run: (db) => getBedRequest(db, ID, wardsScope([WARD])) },
  { name: 'lockBedRequest', run: (db) => lockBedRequest(db, ID) },
  { name: 'updateBedRequest', run: (db) => updateBedRequest(db, ID, 1, { status: 'cancelled' }, actor) },
  { name: 'medianLengthOfStay', run: (db) => medianLengthOfStay(db, '42.4101', 'Asia/Shanghai') },
  { name: 'requestOfAdmission', run: (db) => requestOfAdmission(db, ID) },
  { name: 'openRequestOfPatient', run: (db) => openRequestOfPatient(db, ID, WARD) },
  { name: 'reservationOfBed', run: (db) => reservationOfBed(db, ID, WARD) },
  // Last: the patient does not exist, so the insert fails its foreign key after being logged.
  {
    name: 'insertBedRequest',
    run: (db) =>
      insertBedRequest(
        db,
        { patientId: ID, plannedAdmissionOn: '2026-11-22', expectedLos: 5, losSource: 'entered' },
        actor,
      ).catch(() => undefined),
  },
);
