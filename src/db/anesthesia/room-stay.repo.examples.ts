import { examples } from '../testing/sql-snapshot';
import { laterStaysOf } from './room-stay.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples({ name: 'laterStaysOf', run: (db) => laterStaysOf(db, ID) });
