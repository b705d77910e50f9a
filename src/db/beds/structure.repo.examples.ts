import { examples } from '../testing/sql-snapshot';
import {
  activeRegularBeds,
  bedCodeTaken,
  bedOccupied,
  bedStateHistory,
  bedUsedAfter,
  endOpenBedPeriods,
  getBed,
  getRoom,
  getWard,
  insertBed,
  insertOpenBedPeriod,
  insertRoom,
  insertWard,
  listBedRows,
  listOpenBedPeriods,
  listRoomRows,
  listWardRows,
  lockWard,
  occupiedRegularBeds,
  roomCodeTaken,
  setOpenBedPeriodCount,
  updateBed,
  updateRoom,
  updateWard,
  userName,
  wardCodeTaken,
} from './structure.repo';

const WARD = '0190a0a0-0000-7000-8000-000000000001';
const ROOM = '0190a0a0-0000-7000-8000-000000000002';
const BED = '0190a0a0-0000-7000-8000-000000000003';
const PERIOD = '0190a0a0-0000-7000-8000-000000000004';
const USER = '0190a0a0-0000-7000-8000-0000000000b1';
const actor = { userId: USER, now: new Date('2026-11-22T02:00:00Z') };
const ward = { code: 'TS9', name: '胸外九病区', nameEn: 'Thoracic 9', staffingLimit: 40, sortOrder: 9 };
const room = { code: '901', sex: 'male', isolationCapable: false, monitored: true } as const;
const bed = {
  code: '9',
  extra: true,
  placedOn: '2026-11-01',
  removedOn: null,
  active: true,
};

export default examples(
  { name: 'listWardRows', run: (db) => listWardRows(db) },
  { name: 'listRoomRows', run: (db) => listRoomRows(db) },
  { name: 'listBedRows', run: (db) => listBedRows(db) },
  { name: 'listOpenBedPeriods', run: (db) => listOpenBedPeriods(db) },
  { name: 'listOpenBedPeriods (one ward)', run: (db) => listOpenBedPeriods(db, WARD) },
  { name: 'occupiedRegularBeds', run: (db) => occupiedRegularBeds(db) },
  { name: 'occupiedRegularBeds (one ward)', run: (db) => occupiedRegularBeds(db, WARD) },
  { name: 'activeRegularBeds', run: (db) => activeRegularBeds(db, WARD) },
  { name: 'getWard', run: (db) => getWard(db, WARD) },
  { name: 'lockWard', run: (db) => lockWard(db, WARD) },
  { name: 'getRoom', run: (db) => getRoom(db, ROOM) },
  { name: 'getBed', run: (db) => getBed(db, BED) },
  { name: 'wardCodeTaken', run: (db) => wardCodeTaken(db, 'TS9') },
  { name: 'roomCodeTaken', run: (db) => roomCodeTaken(db, WARD, '901') },
  { name: 'roomCodeTaken (by another)', run: (db) => roomCodeTaken(db, WARD, '901', ROOM) },
  { name: 'bedCodeTaken', run: (db) => bedCodeTaken(db, WARD, '9') },
  { name: 'bedCodeTaken (by another)', run: (db) => bedCodeTaken(db, WARD, '9', BED) },
  {
    // One chain: each row references the one before (the database is empty).
    name: 'insertWard, insertRoom, insertBed, insertOpenBedPeriod',
    run: async (db) => {
      const w = await insertWard(db, ward, actor);
      const r = await insertRoom(db, { ...room, wardId: w.id }, actor);
      await insertBed(db, { ...bed, wardId: w.id, roomId: r.id }, actor);
      await insertOpenBedPeriod(db, {
        wardId: w.id,
        openBeds: 40,
        validFrom: '2026-12-01',
        validTo: null,
        at: actor.now,
      });
    },
  },
  {
    name: 'updateWard',
    run: (db) =>
      updateWard(db, WARD, 1, { name: ward.name, nameEn: null, staffingLimit: null, sortOrder: 1 }, actor),
  },
  {
    name: 'updateRoom',
    run: (db) =>
      updateRoom(db, ROOM, 1, { code: '902', sex: 'mixed', isolationCapable: true, monitored: false }, actor),
  },
  {
    name: 'updateBed',
    run: (db) =>
      updateBed(
        db,
        BED,
        1,
        { roomId: null, code: '9', extra: false, placedOn: null, removedOn: '2026-11-20', active: false },
        actor,
      ),
  },
  { name: 'bedUsedAfter', run: (db) => bedUsedAfter(db, BED, '2026-11-20', 'Asia/Shanghai') },
  { name: 'bedOccupied', run: (db) => bedOccupied(db, BED) },
  { name: 'endOpenBedPeriods', run: (db) => endOpenBedPeriods(db, WARD, '2026-12-01', '2026-11-30') },
  { name: 'setOpenBedPeriodCount', run: (db) => setOpenBedPeriodCount(db, PERIOD, 42) },
  { name: 'bedStateHistory', run: (db) => bedStateHistory(db, BED) },
  { name: 'userName', run: (db) => userName(db, USER) },
);
