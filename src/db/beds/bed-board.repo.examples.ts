import { DEPARTMENT, wardsScope } from '../../domain/auth/scope';
import { examples } from '../testing/sql-snapshot';
import { boardPlaces, boardWards } from './bed-board.repo';

const WARD = '0190a0a0-0000-7000-8000-000000000002';

export default examples(
  { name: 'boardWards department', run: (db) => boardWards(db, DEPARTMENT, '2026-11-22') },
  { name: 'boardWards wards', run: (db) => boardWards(db, wardsScope([WARD]), '2026-11-22') },
  { name: 'boardPlaces department', run: (db) => boardPlaces(db, DEPARTMENT, '2026-11-22', 'Asia/Shanghai') },
  {
    name: 'boardPlaces wards',
    run: (db) => boardPlaces(db, wardsScope([WARD]), '2026-11-22', 'Asia/Shanghai'),
  },
);
