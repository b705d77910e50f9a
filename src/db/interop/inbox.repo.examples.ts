import { examples } from '../testing/sql-snapshot';
import { getInboxEntry, insertInbox, listInbox, markAssigned } from './inbox.repo';

const ID = '0190a0a0-0000-7000-8000-000000000001';
const DEVICE = '0190a0a0-0000-7000-8000-0000000000d1';
const USER = '0190a0a0-0000-7000-8000-0000000000b1';
const AT = new Date('2026-11-22T02:00:00Z');

export default examples(
  {
    name: 'insertInbox',
    run: (db) =>
      insertInbox(db, [
        {
          receivedAt: AT,
          remoteAddress: '127.0.0.1',
          status: 'quarantined',
          reason: 'unknown_device',
          controlId: 'C1',
          messageType: 'ORU^R01',
          deviceHint: 'MINDRAY',
          raw: 'MSH|^~\\&|MINDRAY',
          rawBytes: Buffer.from('MSH|^~\\&|MINDRAY'),
        },
      ]),
  },
  { name: 'listInbox (all)', run: (db) => listInbox(db, null) },
  { name: 'listInbox (quarantined)', run: (db) => listInbox(db, 'quarantined') },
  { name: 'getInboxEntry', run: (db) => getInboxEntry(db, ID) },
  { name: 'markAssigned', run: (db) => markAssigned(db, ID, DEVICE, USER, AT) },
);
