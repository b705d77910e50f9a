import { examples } from '../testing/sql-snapshot';
import { rebuildReadingMinutes, recomputeMinuteOf } from './reading-minute.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';

export default examples(
  {
    name: 'rebuildReadingMinutes',
    run: (db) =>
      rebuildReadingMinutes(db, {
        deviceIds: [ID],
        from: new Date('2026-11-22T00:30:00Z'),
        to: new Date('2026-11-22T08:30:00Z'),
      }),
  },
  { name: 'recomputeMinuteOf (no such reading)', run: (db) => recomputeMinuteOf(db, 42) },
);
