// One HL7 v2 ADT message from the hospital information system → the admission event to apply, or the
// AR / AE (with the field) to answer (issue 13 §4, §6). Pure: the MLLP listener decodes the bytes
// (UTF-8 or GB18030 by MSH-18), the server applies the event and acknowledges after commit.
import { Hl7Message, type Hl7Segment } from '@medplum/core';
import { DISPOSITION_CODES, dispositionOf, patientClassOf, sexOf } from './adt-codes';
import {
  pickMrn,
  type Reader,
  readDoctor,
  readerFor,
  readIdCard,
  readIdentifiers,
  readLocation,
  readName,
  readPhone,
} from './adt-fields';
import { ADT_REASONS } from './adt-messages';
import { DEFAULT_SITE_ZONE, localDate, readBirthDate, readTime } from './adt-time';
import {
  ADT_KINDS,
  ADT_TRIGGERS,
  type AdtEvent,
  type AdtFailure,
  type AdtOptions,
  type AdtPatient,
  type AdtResult,
  type AdtSender,
  type AdtTrigger,
  type AdtVisit,
  type AdtWarning,
  type Hl7ErrorCode,
} from './adt-types';
import { delimitersOf, normaliseSegments, type ParsedTime } from './hl7-text';

export * from './adt-types';

/** Raised inside the reader to stop at the first error; never escapes readAdt. */
class Refusal {
  constructor(
    readonly ack: 'AR' | 'AE',
    readonly code: Hl7ErrorCode,
    readonly reason: string,
    readonly segment: string | null = null,
    readonly field: number | null = null,
  ) {}
}

const missing = (segment: string, field: number, zh: string, en: string) =>
  new Refusal('AE', 101, ADT_REASONS.missingField(`${segment}-${field}`, zh, en), segment, field);

function parse(input: Hl7Message | string): Hl7Message {
  if (typeof input !== 'string') {
    if (input.segments[0]?.name !== 'MSH') throw new Refusal('AR', 100, ADT_REASONS.missingMsh(), 'MSH');
    return input;
  }
  const text = normaliseSegments(input.replace(/^\uFEFF/, ''));
  if (!text.startsWith('MSH') || text.length < 8)
    throw new Refusal('AR', 100, ADT_REASONS.missingMsh(), 'MSH');
  try {
    return Hl7Message.parse(text);
  } catch {
    throw new Refusal('AR', 100, ADT_REASONS.unparseable());
  }
}

/** A timestamp field: null when not sent, an AE naming the field when unreadable. */
function timeField(r: Reader, seg: Hl7Segment | undefined, name: string, field: number, zone: string) {
  const raw = r.text(seg, field);
  const t = readTime(raw, zone);
  if (!t.ok) throw new Refusal('AE', 102, ADT_REASONS.badTime(`${name}-${field}`, raw), name, field);
  return t.time;
}

function readPatient(r: Reader, pid: Hl7Segment, eventAt: ParsedTime, zone: string, warnings: AdtWarning[]) {
  const identifiers = readIdentifiers(r, pid);
  const mrn = pickMrn(identifiers);
  if (!mrn) throw missing('PID', 3, '住院号', 'MRN');
  // The registry's MRN rule (registry/schemas.ts patientInput.mrn).
  if (!/^[A-Za-z0-9-]{1,32}$/.test(mrn.id))
    throw new Refusal('AE', 102, ADT_REASONS.badMrn(mrn.id), 'PID', 3);
  const name = readName(r, pid);
  if (!name) throw missing('PID', 5, '患者姓名', 'patient name');
  const birthRaw = r.text(pid, 7);
  const birth = readBirthDate(birthRaw);
  if (!birth.ok) throw new Refusal('AE', 102, ADT_REASONS.badDate('PID-7', birthRaw), 'PID', 7);
  if (birth.date && birth.date > localDate(eventAt.at, zone))
    throw new Refusal('AE', 102, ADT_REASONS.birthAfterEvent(birthRaw), 'PID', 7);
  const phone = readPhone(r, pid);
  if (phone.invalid) warnings.push({ segment: 'PID', field: 13, reason: ADT_REASONS.invalidPhone() });
  const id = readIdCard(r, pid, identifiers);
  if (id.invalidIn)
    warnings.push({
      segment: 'PID',
      field: id.invalidIn === 'PID-19' ? 19 : 3,
      reason: ADT_REASONS.invalidIdCard(id.invalidIn),
    });
  const patient: AdtPatient = {
    mrn: mrn.id,
    identifiers,
    name,
    sex: sexOf(r.text(pid, 8)),
    birthDate: birth.date,
    phone: phone.phone,
    idCard: id.idCard,
  };
  return patient;
}

function readVisit(r: Reader, pv1: Hl7Segment, zone: string, opts: AdtOptions, warnings: AdtWarning[]) {
  const admittedAt = timeField(r, pv1, 'PV1', 44, zone);
  const dischargedAt = timeField(r, pv1, 'PV1', 45, zone);
  if (admittedAt && dischargedAt && dischargedAt.at < admittedAt.at)
    throw new Refusal('AE', 102, ADT_REASONS.dischargeBeforeAdmit(), 'PV1', 45);
  const disposition = dispositionOf(
    r.text(pv1, 36, 1),
    r.text(pv1, 36, 2),
    opts.dispositions ?? DISPOSITION_CODES,
  );
  if (disposition && !disposition.known)
    warnings.push({ segment: 'PV1', field: 36, reason: ADT_REASONS.unknownDisposition(disposition.code) });
  const visit: AdtVisit = {
    visitNumber: r.text(pv1, 19, 1) || null,
    patientClass: patientClassOf(r.text(pv1, 2, 1)),
    location: readLocation(r, pv1, 3),
    priorLocation: readLocation(r, pv1, 6),
    attending: readDoctor(r, pv1),
    admittedAt,
    dischargedAt,
    disposition: disposition && { code: disposition.code, kind: disposition.kind },
  };
  return visit;
}

function withNumber(visit: AdtVisit | null) {
  if (!visit) throw new Refusal('AE', 100, ADT_REASONS.missingSegment('PV1'), 'PV1');
  const { visitNumber } = visit;
  if (!visitNumber) throw missing('PV1', 19, '住院流水号', 'visit number');
  return { ...visit, visitNumber };
}

function withPlace(visit: AdtVisit | null) {
  const numbered = withNumber(visit);
  const { location } = numbered;
  if (!location) throw missing('PV1', 3, '病区床位', 'assigned ward and bed');
  return { ...numbered, location };
}

function read(msg: Hl7Message, opts: AdtOptions, header: { sender: AdtSender; trigger: string }): AdtEvent {
  const zone = opts.siteZone ?? DEFAULT_SITE_ZONE;
  const r = readerFor(delimitersOf(msg));
  const msh = msg.header;
  const type = r.text(msh, 9, 1).toUpperCase();
  if (type !== 'ADT') {
    const sent = type ? `${type}^${header.trigger}` : '';
    throw new Refusal('AR', 200, ADT_REASONS.notAdt(sent), 'MSH', 9);
  }
  if (!(ADT_TRIGGERS as readonly string[]).includes(header.trigger))
    throw new Refusal('AR', 201, ADT_REASONS.unsupportedEvent(header.trigger), 'MSH', 9);
  const trigger = header.trigger as AdtTrigger;
  const controlId = r.text(msh, 10);
  if (!controlId) throw missing('MSH', 10, '消息控制号', 'message control ID');

  const evn = msg.getSegment('EVN');
  const messageTime = timeField(r, msh, 'MSH', 7, zone);
  const evnRecorded = timeField(r, evn, 'EVN', 2, zone);
  const evnOccurred = timeField(r, evn, 'EVN', 6, zone);
  const recordedAt = evnRecorded ?? messageTime;
  if (!recordedAt) throw missing('EVN', 2, '事件记录时间', 'recorded date/time');
  const occurredAt = evnOccurred ?? recordedAt;

  const pid = msg.getSegment('PID');
  if (!pid) throw new Refusal('AE', 100, ADT_REASONS.missingSegment('PID'), 'PID');
  const warnings: AdtWarning[] = [];
  const patient = readPatient(r, pid, occurredAt, zone, warnings);
  const pv1 = msg.getSegment('PV1');
  const visit = pv1 ? readVisit(r, pv1, zone, opts, warnings) : null;

  const base = {
    controlId,
    sender: header.sender,
    version: r.text(msh, 12, 1),
    messageTime,
    recordedAt,
    occurredAt,
    patient,
    warnings,
  };
  switch (trigger) {
    case 'A01':
      return { ...base, trigger, kind: ADT_KINDS[trigger], visit: withPlace(visit) };
    case 'A02':
      return { ...base, trigger, kind: ADT_KINDS[trigger], visit: withPlace(visit) };
    case 'A08':
      return { ...base, trigger, kind: ADT_KINDS[trigger], visit };
    case 'A03':
      return { ...base, trigger, kind: ADT_KINDS[trigger], visit: withNumber(visit) };
    case 'A11':
      return { ...base, trigger, kind: ADT_KINDS[trigger], visit: withNumber(visit) };
    case 'A12':
      return { ...base, trigger, kind: ADT_KINDS[trigger], visit: withNumber(visit) };
    case 'A13':
      return { ...base, trigger, kind: ADT_KINDS[trigger], visit: withNumber(visit) };
  }
}

/**
 * Reads an ADT message (text as decoded by the listener, or already parsed). Never throws: any problem
 * is an AR (not a message Periop takes: not ADT, unsupported event) or an AE (malformed) with the field.
 */
export function readAdt(input: Hl7Message | string, opts: AdtOptions = {}): AdtResult {
  const header = { sender: { application: '', facility: '' }, trigger: '', controlId: null as string | null };
  try {
    const msg = parse(input);
    const r = readerFor(delimitersOf(msg));
    const msh = msg.header;
    // The sender is echoed raw (with its components) as MSH-5/6 of the ACK.
    header.sender = {
      application: msh.getField(3)?.toString() ?? '',
      facility: msh.getField(4)?.toString() ?? '',
    };
    header.trigger = (r.text(msh, 9, 2) || r.text(msg.getSegment('EVN'), 1)).toUpperCase();
    header.controlId = r.text(msh, 10) || null;
    return { ok: true, event: read(msg, opts, header) };
  } catch (e) {
    const refusal = e instanceof Refusal ? e : new Refusal('AE', 207, ADT_REASONS.internal());
    const failure: AdtFailure = {
      ok: false,
      ack: refusal.ack,
      code: refusal.code,
      reason: refusal.reason,
      segment: refusal.segment,
      field: refusal.field,
      controlId: header.controlId,
      sender: header.sender,
      trigger: header.trigger,
    };
    return failure;
  }
}
