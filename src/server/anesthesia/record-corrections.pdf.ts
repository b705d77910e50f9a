// The corrections section of the printed record (更正记录): each entry edited or voided before signing,
// with what it was and what it became ("剂量 1200 → 120"), the reason, who and when. The grid and the
// totals print only the entries that stand; this section says what was changed on the way.
import type { Content } from 'pdfmake/interfaces';
import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import type { RecordMessageKey } from '../../domain/anesthesia/messages';
import { recordText } from '../../domain/anesthesia/messages';
import { recordFieldLabel } from '../../domain/anesthesia/record-fields';
import {
  CHECKLIST,
  type ChecklistPhase,
  eventDef,
  FLUID_LABELS,
  type FluidKind,
} from '../../domain/anesthesia/record-vocabulary';
import { formatAmount } from '../../domain/anesthesia/vital-format';
import type { Locale } from '../../domain/common/field-messages';
import { PARAMETERS, type ParameterCode } from '../../domain/interop/parameters';
import { siteDateTime } from '../platform/pdf';
import type { RecordDocumentInput } from './record.pdf';
import type { PrintedCorrection } from './record-context.pdf';

type Say = (key: RecordMessageKey, params?: Record<string, string | number>) => string;

const TIME_FIELDS = new Set(['at', 'startAt', 'endAt', 'answeredAt']);
/** Fields that follow another and say nothing of their own (the unit follows the drug). */
const FOLLOWING = new Set(['unit', 'route', 'direction', 'id', 'answeredBy']);
const KIND_KEYS: Record<string, RecordMessageKey> = {
  event: 'record.corrections.kind.event',
  drug: 'record.corrections.kind.drug',
  fluid: 'record.corrections.kind.fluid',
  checklist: 'record.corrections.kind.checklist',
  vital: 'record.corrections.kind.vital',
};

function valueText(field: string, value: unknown, locale: Locale, tz: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (TIME_FIELDS.has(field) && typeof value === 'string') return siteDateTime(value, tz).slice(11);
  if (typeof value === 'number') return formatAmount(value);
  if (typeof value !== 'string') return String(value);
  if (field === 'drug') return drugDef(value)?.label[locale] ?? value;
  if (field === 'code') return eventDef(value)?.label[locale] ?? value;
  if (field === 'kind' && value in FLUID_LABELS) return FLUID_LABELS[value as FluidKind][locale];
  if (field === 'param' && Object.hasOwn(PARAMETERS, value))
    return PARAMETERS[value as ParameterCode][locale === 'en-US' ? 'en' : 'zh'];
  return value;
}

/**
 * What the entry is: "丙泊酚 120 mg", "切皮", "晶体液 500 ml", a checklist item, a vital sign. A voided
 * entry is named by what it was; an edited one by the entry as it now stands (its snapshot holds only
 * the fields that changed), falling back to that snapshot.
 */
function entryName(c: PrintedCorrection, input: RecordDocumentInput): string {
  const { locale, timeZone: tz } = input;
  const standing =
    c.action === 'void'
      ? undefined
      : c.kind === 'drug'
        ? input.drugs.find((d) => d.id === c.entryId)
        : c.kind === 'fluid'
          ? input.fluids.find((f) => f.id === c.entryId)
          : c.kind === 'event'
            ? input.events.find((e) => e.id === c.entryId)
            : undefined;
  const b: Record<string, unknown> = { ...c.before, ...(standing as Record<string, unknown> | undefined) };
  const v = (f: string) => valueText(f, b[f], locale, tz);
  switch (c.kind) {
    case 'drug':
      return `${v('drug')} ${b.kind === 'infusion' ? `${v('rate')}/h` : v('dose')} ${typeof b.unit === 'string' ? b.unit : ''}`.trim();
    case 'event':
      return `${v('code')}${b.text ? `（${v('text')}）` : ''}`;
    case 'fluid':
      return `${v('kind')} ${v('volumeMl')} ml`;
    case 'checklist': {
      const [phase, item] = c.entryId.split('.') as [ChecklistPhase, string];
      return CHECKLIST[phase]?.items.find((i) => i.code === item)?.label[locale] ?? c.entryId;
    }
    default:
      return `${v('param')} ${v('value')}`;
  }
}

function changeText(c: PrintedCorrection, locale: Locale, tz: string, say: Say): string {
  const when = c.before.at ?? c.before.startAt;
  if (c.action === 'void')
    return say('record.corrections.voided', {
      at: typeof when === 'string' ? valueText('at', when, locale, tz) : '—',
    });
  return Object.keys(c.after)
    .filter((f) => !FOLLOWING.has(f))
    .map(
      (f) =>
        `${recordFieldLabel(f, locale) ?? f} ${valueText(f, c.before[f], locale, tz)} → ${valueText(f, c.after[f], locale, tz)}`,
    )
    .join(say('record.list.end'));
}

/** The section, or nothing when no entry was corrected. */
export function correctionsSection(input: RecordDocumentInput): Content[] {
  if (!input.corrections.length) return [];
  const { locale, timeZone: tz } = input;
  const say: Say = (key, params) => recordText(key, locale, params);
  const rows = input.corrections.map((c) => [
    siteDateTime(c.at, tz).slice(5),
    c.by,
    `${say(KIND_KEYS[c.kind] ?? 'record.corrections.kind.vital')}：${entryName(c, input)}`,
    changeText(c, locale, tz, say),
    c.reason,
  ]);
  return [
    { text: say('record.corrections'), fontSize: 9, bold: true, margin: [0, 7, 0, 2] },
    {
      table: {
        headerRows: 1,
        widths: [52, 44, 120, '*', 110],
        body: [
          [
            say('record.corrections.at'),
            say('record.corrections.by'),
            say('record.corrections.entry'),
            say('record.corrections.change'),
            say('record.corrections.reason'),
          ].map((text) => ({ text, bold: true, color: '#434343' })),
          ...rows,
        ],
      },
      layout: {
        hLineWidth: (i: number) => (i === 1 ? 0.6 : 0.3),
        vLineWidth: () => 0,
        hLineColor: () => '#8c8c8c',
        paddingTop: () => 1.2,
        paddingBottom: () => 1.2,
      },
      fontSize: 7.5,
    },
  ];
}
