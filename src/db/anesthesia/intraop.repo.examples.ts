import { examples } from '../testing/sql-snapshot';
import {
  basesOf,
  forgetDerivations,
  lockRoom,
  ownersOfReading,
  readEpisodes,
  readingOwners,
  readStates,
  replaceEpisodes,
} from './intraop.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const SINCE = new Date('2026-11-22T01:00:00Z');

export default examples(
  {
    name: 'readingOwners',
    run: (db) => readingOwners(db, { rooms: ['OR-01'], bound: [ID], from: SINCE, to: SINCE }),
  },
  { name: 'ownersOfReading', run: (db) => ownersOfReading(db, 42) },
  { name: 'basesOf', run: (db) => basesOf(db, [ID]) },
  { name: 'readStates', run: (db) => readStates(db, [ID]) },
  { name: 'readEpisodes', run: (db) => readEpisodes(db, [ID]) },
  { name: 'readEpisodes (ending since)', run: (db) => readEpisodes(db, [ID], SINCE) },
  { name: 'lockRoom', run: (db) => lockRoom(db, 'OR-01') },
  { name: 'forgetDerivations', run: (db) => forgetDerivations(db, [ID]) },
  { name: 'replaceEpisodes (some parameters, none left)', run: (db) => replaceEpisodes(db, ID, ['hr'], []) },
);
