import { examples } from '../testing/sql-snapshot';
import { ping, serverVersion } from './health.repo';

export default examples(
  { name: 'ping', run: (db) => ping(db) },
  { name: 'serverVersion', run: (db) => serverVersion(db) },
);
