import { examples } from '../testing/sql-snapshot';
import { patientLabs } from './lab.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples({ name: 'patientLabs', run: (db) => patientLabs(db, ID, 'creatinine') });
