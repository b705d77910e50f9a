import { examples } from '../testing/sql-snapshot';
import {
  activeDevices,
  getDevice,
  identifierTaken,
  insertDevice,
  listDevices,
  updateDevice,
} from './device.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const CASE = '0190a0a0-0000-7000-8000-0000000000c1';
const actor = { userId: '0190a0a0-0000-7000-8000-0000000000b1', now: new Date('2026-11-22T02:00:00Z') };
const values = {
  vendor: 'mindray',
  model: 'BeneVision N15',
  identifier: '00A037009A0B0C01',
  address: null,
  charset: 'utf8',
  placeKind: 'or_room',
  placeCode: 'OR-01',
  active: true,
} as const;

export default examples(
  { name: 'listDevices', run: (db) => listDevices(db) },
  { name: 'getDevice', run: (db) => getDevice(db, ID) },
  { name: 'identifierTaken', run: (db) => identifierTaken(db, values.identifier) },
  { name: 'identifierTaken (by another)', run: (db) => identifierTaken(db, values.identifier, ID) },
  { name: 'insertDevice', run: (db) => insertDevice(db, values, actor) },
  { name: 'updateDevice', run: (db) => updateDevice(db, ID, 1, values, actor) },
  { name: 'updateDevice (binding)', run: (db) => updateDevice(db, ID, 1, { overrideCaseId: CASE }, actor) },
  { name: 'activeDevices', run: (db) => activeDevices(db) },
);
