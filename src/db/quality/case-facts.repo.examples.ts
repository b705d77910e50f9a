import { examples } from '../testing/sql-snapshot';
import {
  factCases,
  factComplications,
  factEvents,
  factPostVisits,
  factTemperatures,
} from './case-facts.repo';

const period = {
  from: new Date('2026-10-31T16:00:00Z'),
  to: new Date('2026-11-30T16:00:00Z'),
  wardIds: ['0190a0a0-0000-7000-8000-000000000001'],
};

export default examples(
  { name: 'factCases', run: (db) => factCases(db, period) },
  { name: 'factCases (every ward)', run: (db) => factCases(db, { ...period, wardIds: null }) },
  { name: 'factEvents', run: (db) => factEvents(db, period, ['extubation', 'reintubation_unplanned']) },
  { name: 'factTemperatures', run: (db) => factTemperatures(db, period) },
  { name: 'factPostVisits', run: (db) => factPostVisits(db, period) },
  { name: 'factComplications', run: (db) => factComplications(db, period) },
);
