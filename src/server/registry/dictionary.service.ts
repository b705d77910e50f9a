// The coded dictionaries: lookups for the case form, the HIS import and the starter set. Each method
// begins with the access check; an import is one transaction (all rows or none), audited.
import type { z } from 'zod';
import type {
  DictionaryEntryDto,
  DictionaryImportResult,
  DictionaryPage,
  DictionaryQuery,
  DictionarySummary,
  dictionaryImportInput,
  RejectedImportRow,
  StarterInstallResult,
} from '../../api/registry';
import {
  type DictionaryRow,
  deactivateMissing,
  dictionaryCounts,
  installStarter,
  searchDictionary,
  upsertEntries,
  withPinyin,
} from '../../db/registry/code-dictionary.repo';
import type { Locale } from '../../domain/common/field-messages';
import { MAX_IMPORT_ROWS, parseDictionary, type RejectedRow } from '../../domain/registry/code-dictionary';
import { problemText } from '../../domain/registry/code-dictionary.messages';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { decodeExport } from './dictionary-decode';

type ImportInput = z.infer<typeof dictionaryImportInput>;

/** The rows a refusal lists in full (a wrong file can have thousands; the count says how many). */
const LISTED_REJECTIONS = 1000;
/** The rows that also go into `fields`, which a form or a toast shows. */
const FIELD_REJECTIONS = 20;

export const dictionaryEntryDto = (r: DictionaryRow): DictionaryEntryDto => ({
  kind: r.kind,
  code: r.code,
  name: r.name,
  pinyin: r.pinyin,
  grade: r.grade,
  approach: r.approach as DictionaryEntryDto['approach'],
  restricted: r.restricted,
  source: r.source,
});

const rejectedDto = (r: RejectedRow, locale: Locale): RejectedImportRow => ({
  line: r.line,
  code: r.code,
  reasons: r.problems.map((p) => problemText(p.problem, locale, p.params)),
});

export class DictionaryService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  async lookup(actor: Actor, query: DictionaryQuery): Promise<DictionaryPage> {
    this.ctx.access.require(actor, 'directory.read');
    const page = await searchDictionary(this.db, query);
    return { items: page.items.map(dictionaryEntryDto), more: page.more };
  }

  async summary(actor: Actor): Promise<DictionarySummary> {
    this.ctx.access.require(actor, 'directory.read');
    const counts = await dictionaryCounts(this.db);
    return { items: counts.map((c) => ({ ...c, updatedAt: c.updatedAt?.toISOString() ?? null })) };
  }

  /** A HIS export: every row valid, or nothing imported and every bad row named with its line. */
  async import(actor: Actor, input: ImportInput): Promise<DictionaryImportResult> {
    this.ctx.access.require(actor, 'dictionary.manage');
    const decoded = decodeExport(Buffer.from(input.content, 'base64'), input.encoding);
    const parsed = parseDictionary(input.kind, decoded.text);
    const rows = parsed.entries.length + parsed.rejected.length;
    if (rows === 0) throw new AppError('dictionary_import_empty');
    if (rows > MAX_IMPORT_ROWS)
      throw new AppError('dictionary_import_too_many', { rows, max: MAX_IMPORT_ROWS });
    if (parsed.rejected.length > 0) {
      const rejected = parsed.rejected.map((r) => rejectedDto(r, actor.locale));
      throw new AppError(
        'dictionary_import_rejected',
        { count: rejected.length },
        rejected
          .slice(0, FIELD_REJECTIONS)
          .map((r) => ({ path: `line.${r.line}`, message: `${r.code || '—'}：${r.reasons.join('；')}` })),
        { rejected: rejected.slice(0, LISTED_REJECTIONS), rejectedCount: rejected.length },
      );
    }
    const by = { userId: actor.id, now: this.ctx.clock() };
    return this.db.transaction(async (tx) => {
      const entries = parsed.entries.map(({ line: _, ...e }) => withPinyin(e));
      const { inserted, updated } = await upsertEntries(tx, input.kind, entries, {
        ...by,
        source: 'his',
        over: 'any',
      });
      const deactivated = input.replace
        ? await deactivateMissing(
            tx,
            input.kind,
            entries.map((e) => e.code),
            by,
          )
        : 0;
      const result: DictionaryImportResult = {
        kind: input.kind,
        encoding: decoded.encoding,
        header: parsed.header,
        rows,
        inserted,
        updated,
        unchanged: rows - inserted - updated,
        deactivated,
      };
      await this.ctx.audit.record(
        actor,
        { action: 'import', resourceType: 'code_dictionary', resourceId: input.kind, detail: { ...result } },
        tx,
      );
      return result;
    });
  }

  /** The built-in starter dictionaries, over every starter entry but never over one from the HIS. */
  async installStarter(actor: Actor): Promise<StarterInstallResult> {
    this.ctx.access.require(actor, 'dictionary.manage');
    return this.db.transaction(async (tx) => {
      const items = await installStarter(tx, { userId: actor.id, now: this.ctx.clock() });
      await this.ctx.audit.record(
        actor,
        { action: 'import', resourceType: 'code_dictionary', resourceId: 'starter', detail: { items } },
        tx,
      );
      return { items };
    });
  }
}
