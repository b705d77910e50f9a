import { examples } from '../testing/sql-snapshot';
import { episodesOfPatient } from './history-people.repo';

export default examples({
  name: 'episodesOfPatient',
  run: (db) => episodesOfPatient(db, '0190a0a0-0000-7000-8000-0000000000bb'),
});
