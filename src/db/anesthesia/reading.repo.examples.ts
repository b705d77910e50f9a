import { examples } from '../testing/sql-snapshot';
import {
  caseArtefacts,
  caseMinuteSpans,
  caseObservations,
  caseReadingSeries,
  markArtefact,
  readingExtent,
} from './reading.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const IN = new Date('2026-11-22T00:30:20Z');
const OUT = new Date('2026-11-22T08:30:40Z');

export default examples(
  { name: 'caseObservations (all)', run: (db) => caseObservations(db, ID) },
  {
    name: 'caseObservations (a page of one parameter after a cursor)',
    run: (db) => caseObservations(db, ID, { from: IN, to: OUT, param: 'hr', after: 42, limit: 5001 }),
  },
  { name: 'caseObservations (one reading)', run: (db) => caseObservations(db, ID, { id: 42, limit: 1 }) },
  { name: 'caseReadingSeries (all)', run: (db) => caseReadingSeries(db, ID) },
  {
    name: 'caseReadingSeries (parameters)',
    run: (db) => caseReadingSeries(db, ID, { params: ['hr', 'temp'] }),
  },
  { name: 'readingExtent', run: (db) => readingExtent(db, ID, { to: OUT }) },
  { name: 'caseArtefacts', run: (db) => caseArtefacts(db, ID, { from: IN }) },
  {
    name: 'caseMinuteSpans (a case in the room: the minute of 入室 reading by reading)',
    run: (db) => caseMinuteSpans(db, { id: ID, inRoomAt: IN, outOfRoomAt: null }, { from: null, to: null }),
  },
  {
    name: 'caseMinuteSpans (a case that has left: both edges)',
    run: (db) => caseMinuteSpans(db, { id: ID, inRoomAt: IN, outOfRoomAt: OUT }, { from: null, to: null }),
  },
  {
    name: 'caseMinuteSpans (a live increment from a bucket on)',
    run: (db) =>
      caseMinuteSpans(
        db,
        { id: ID, inRoomAt: IN, outOfRoomAt: null },
        { from: new Date('2026-11-22T08:00:00Z'), to: null },
      ),
  },
  {
    name: 'caseMinuteSpans (never in the room)',
    run: (db) => caseMinuteSpans(db, { id: ID, inRoomAt: null, outOfRoomAt: null }, { from: null, to: null }),
  },
  {
    name: 'markArtefact (no such reading)',
    run: (db) => markArtefact(db, 42, { reason: 'flush', by: ID, at: OUT }),
  },
);
