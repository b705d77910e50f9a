// Readers of the ADT data types PID and PV1 are made of (HL7 v2.5 §2.A: CX, XPN, XTN, PL, XCN), with
// the habits of Chinese HIS interfaces: a name in one component ("张三"), the ID card in PID-19 or as a
// PID-3 repetition, the phone in XTN-1 (v2.3) or XTN-12 (v2.5).
import type { Hl7Segment } from '@medplum/core';
import { isValidIdCard } from '../registry/id-card';
import { ID_CARD_TYPES, isDocumentType, MRN_TYPES } from './adt-codes';
import type { AdtDoctor, AdtIdentifier, AdtLocation, AdtPersonName } from './adt-types';
import { type Delimiters, unescapeHl7 } from './hl7-text';

export type Reader = {
  /** A component (1-based) of a repetition (0-based), unescaped and trimmed; '' when absent. */
  text: (seg: Hl7Segment | undefined, field: number, component?: number, repetition?: number) => string;
  /** The first subcomponent of a component (HD, FN inside CX, XPN, XCN). */
  first: (seg: Hl7Segment | undefined, field: number, component: number, repetition?: number) => string;
  repetitions: (seg: Hl7Segment | undefined, field: number) => number;
};

export function readerFor(d: Delimiters): Reader {
  const raw = (seg: Hl7Segment | undefined, field: number, component: number, repetition: number) =>
    seg ? seg.getComponent(field, component, undefined, repetition) : '';
  return {
    text: (seg, field, component = 1, repetition = 0) =>
      unescapeHl7(raw(seg, field, component, repetition), d).trim(),
    first: (seg, field, component, repetition = 0) =>
      unescapeHl7(raw(seg, field, component, repetition).split(d.subcomponent)[0] ?? '', d).trim(),
    repetitions: (seg, field) => (seg ? (seg.getField(field)?.components.length ?? 0) : 0),
  };
}

const orNull = (s: string): string | null => (s === '' ? null : s);

/** PID-3: every repetition with an ID. */
export function readIdentifiers(r: Reader, pid: Hl7Segment): AdtIdentifier[] {
  const ids: AdtIdentifier[] = [];
  for (let i = 0; i < r.repetitions(pid, 3); i++) {
    const id = r.text(pid, 3, 1, i);
    if (!id) continue;
    ids.push({
      id,
      type: orNull(r.text(pid, 3, 5, i).toUpperCase()),
      authority: orNull(r.first(pid, 3, 4, i)),
    });
  }
  return ids;
}

/** The hospital's number: type MR, else PI, else the first identifier that is not a document (ID card…). */
export function pickMrn(ids: readonly AdtIdentifier[]): AdtIdentifier | null {
  for (const type of MRN_TYPES) {
    const hit = ids.find((i) => i.type === type);
    if (hit) return hit;
  }
  return ids.find((i) => !isDocumentType(i.type)) ?? null;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** Family + given: no space between Chinese parts ("张" + "三" = "张三"), one space otherwise. */
export function joinName(family: string, given: string): string {
  if (!family || !given) return family || given;
  return CJK.test(family) || CJK.test(given) ? `${family}${given}` : `${family} ${given}`;
}

/** PID-5 (XPN): the legal name (XPN-7 = L) if marked, else the first repetition with a name. */
export function readName(r: Reader, pid: Hl7Segment): AdtPersonName | null {
  const n = r.repetitions(pid, 5);
  let chosen = -1;
  for (let i = 0; i < n; i++) {
    const has = r.first(pid, 5, 1, i) !== '' || r.text(pid, 5, 2, i) !== '';
    if (has && r.text(pid, 5, 7, i).toUpperCase() === 'L') {
      chosen = i;
      break;
    }
    if (has && chosen < 0) chosen = i;
  }
  if (chosen < 0) return null;
  const tidy = (s: string) => s.replace(/\s+/g, ' ');
  const family = tidy(r.first(pid, 5, 1, chosen));
  const given = tidy(r.text(pid, 5, 2, chosen));
  // "张三" in XPN-1 alone is the whole Chinese name, not a family name.
  if (!given && CJK.test(family)) return { full: family, family: null, given: null };
  return { full: joinName(family, given), family: orNull(family), given: orNull(given) };
}

// The registry's phone rule (registry/schemas.ts patientInput.phone).
const PHONE = /^\+?[0-9-]{5,20}$/;

/** PID-13 (XTN): the first telephone (not an e-mail) in XTN-1, else XTN-12, else XTN-6 + XTN-7. */
export function readPhone(r: Reader, pid: Hl7Segment): { phone: string | null; invalid: boolean } {
  for (let i = 0; i < r.repetitions(pid, 13); i++) {
    if (r.text(pid, 13, 2, i).toUpperCase() === 'NET' || r.text(pid, 13, 3, i).toUpperCase() === 'INTERNET')
      continue;
    const candidate =
      r.text(pid, 13, 1, i) || r.text(pid, 13, 12, i) || `${r.text(pid, 13, 6, i)}${r.text(pid, 13, 7, i)}`;
    if (!candidate) continue;
    const phone = candidate.replace(/[\s().]/g, '');
    return PHONE.test(phone) ? { phone, invalid: false } : { phone: null, invalid: true };
  }
  return { phone: null, invalid: false };
}

/** 身份证号: PID-19, else a PID-3 repetition of type NNCHN / ID; only a number that passes GB 11643. */
export function readIdCard(
  r: Reader,
  pid: Hl7Segment,
  ids: readonly AdtIdentifier[],
): { idCard: string | null; invalidIn: string | null } {
  const candidates: [string, string][] = [];
  const pid19 = r.text(pid, 19);
  if (pid19) candidates.push(['PID-19', pid19.toUpperCase()]);
  for (const i of ids)
    if (i.type && ID_CARD_TYPES.has(i.type)) candidates.push(['PID-3', i.id.toUpperCase()]);
  const valid = candidates.find(([, v]) => isValidIdCard(v));
  if (valid) return { idCard: valid[1], invalidIn: null };
  return { idCard: null, invalidIn: candidates[0]?.[0] ?? null };
}

/** PV1-3 / PV1-6 (PL): null without a point of care (ward). */
export function readLocation(r: Reader, pv1: Hl7Segment, field: number): AdtLocation | null {
  const ward = r.text(pv1, field, 1);
  if (!ward) return null;
  return {
    ward,
    room: orNull(r.text(pv1, field, 2)),
    bed: orNull(r.text(pv1, field, 3)),
    facility: orNull(r.first(pv1, field, 4)),
    description: orNull(r.text(pv1, field, 9)),
  };
}

/** PV1-7 (XCN), the first repetition: ID ^ family ^ given ("0456^李四" or "0456^李^四"). */
export function readDoctor(r: Reader, pv1: Hl7Segment): AdtDoctor | null {
  const id = r.text(pv1, 7, 1);
  const name = joinName(r.first(pv1, 7, 2), r.text(pv1, 7, 3));
  if (!id && !name) return null;
  return { id: orNull(id), name: orNull(name) };
}
