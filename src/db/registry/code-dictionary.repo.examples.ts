import { examples } from '../testing/sql-snapshot';
import {
  deactivateMissing,
  dictionaryCounts,
  findEntries,
  hasDictionary,
  installStarter,
  searchDictionary,
  upsertEntries,
} from './code-dictionary.repo';

const BY = { userId: '0190a0a0-0000-7000-8000-0000000000b1', now: new Date('2026-11-22T02:00:00Z') };
const ENTRY = {
  code: '32.4100',
  name: '胸腔镜下肺叶切除术',
  pinyin: 'xqjxfyqcs',
  grade: 4 as const,
  approach: 'vats' as const,
  restricted: false,
};

export default examples(
  {
    name: 'searchDictionary (all)',
    run: (db) => searchDictionary(db, { kind: 'diagnosis', limit: 20, offset: 0 }),
  },
  {
    name: 'searchDictionary (code prefix)',
    run: (db) => searchDictionary(db, { kind: 'procedure', q: '32.4', limit: 20, offset: 0 }),
  },
  {
    name: 'searchDictionary (pinyin)',
    run: (db) => searchDictionary(db, { kind: 'diagnosis', q: 'fsy', limit: 20, offset: 20 }),
  },
  {
    name: 'searchDictionary (name)',
    run: (db) => searchDictionary(db, { kind: 'diagnosis', q: '肺上叶', limit: 20, offset: 0 }),
  },
  { name: 'findEntries', run: (db) => findEntries(db, 'procedure', ['32.4100']) },
  { name: 'hasDictionary', run: (db) => hasDictionary(db, 'diagnosis') },
  { name: 'dictionaryCounts', run: (db) => dictionaryCounts(db) },
  {
    name: 'upsertEntries (HIS import)',
    run: (db) => upsertEntries(db, 'procedure', [ENTRY], { ...BY, source: 'his', over: 'any' }),
  },
  {
    name: 'upsertEntries (starter set)',
    run: (db) => upsertEntries(db, 'procedure', [ENTRY], { ...BY, source: 'starter', over: 'starter' }),
  },
  { name: 'installStarter', run: (db) => installStarter(db, BY) },
  { name: 'deactivateMissing', run: (db) => deactivateMissing(db, 'procedure', ['32.4100'], BY) },
);
