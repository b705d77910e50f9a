// The acknowledgement the HIS gets for an ADT message: AA only after the event is committed (the
// server's job), AE / AR with an ERR segment that names the field and says why (HL7 v2.5 §2.9; ERR
// segment of chapter 2).
// Builds on buildAck (ack.ts) for MSH and MSA and on its escaping; adds ERR-2 (error location) and the
// table 0357 codes ack.ts does not name.
import { buildAck, escapeHl7 } from './ack';
import type { AdtResult, AdtSender, Hl7ErrorCode } from './adt-types';

// HL7 table 0357 message error condition codes.
export const HL7_ERROR_TEXT: Readonly<Record<Hl7ErrorCode, string>> = {
  100: 'Segment sequence error',
  101: 'Required field missing',
  102: 'Data type error',
  103: 'Table value not found',
  200: 'Unsupported message type',
  201: 'Unsupported event code',
  202: 'Unsupported processing id',
  203: 'Unsupported version id',
  204: 'Unknown key identifier',
  205: 'Duplicate key identifier',
  206: 'Application record locked',
  207: 'Application internal error',
};

export type AdtAckError = {
  code: Hl7ErrorCode;
  /** "中文 / English"; sent in MSA-3 and ERR-8. */
  reason: string;
  segment: string | null;
  field: number | null;
};

export type AdtAckInput = {
  code: 'AA' | 'AE' | 'AR';
  /** MSH-10 of the message acknowledged (MSA-2); null when it had none. */
  controlId: string | null;
  sender: AdtSender;
  /** MSH-9.2 of the message acknowledged; anything that is not a trigger code is left out. */
  trigger: string;
  now: Date;
  /** MSH-10 of the ACK itself. */
  ackControlId: string;
  error?: AdtAckError;
};

/** ERR-2 (ERL): segment ID ^ segment sequence ^ field position. */
function errorLocation(e: AdtAckError): string {
  if (!e.segment) return '';
  const segment = escapeHl7(e.segment);
  return e.field === null ? `${segment}^1` : `${segment}^1^${e.field}`;
}

export function buildAdtAck(a: AdtAckInput): string {
  const trigger = /^[A-Z0-9]{1,3}$/.test(a.trigger) ? a.trigger : '';
  const [msh = '', msa = ''] = buildAck({
    code: a.code,
    controlId: a.controlId,
    sender: a.sender,
    triggerEvent: trigger,
    now: a.now,
    ackControlId: a.ackControlId,
  }).split('\r');
  const e = a.error;
  if (!e) return [msh, msa].join('\r');
  return [
    msh,
    `${msa}|${escapeHl7(e.reason)}`,
    `ERR||${errorLocation(e)}|${e.code}^${HL7_ERROR_TEXT[e.code]}^HL70357|E||||${escapeHl7(e.reason)}`,
  ].join('\r');
}

/**
 * The ACK for a read result: AA for an event (send it only once the event is committed), AE / AR with
 * the ERR of a refusal. A failure to commit is answered with buildAdtAck and code 207 instead.
 */
export function ackForAdt(result: AdtResult, ids: { now: Date; ackControlId: string }): string {
  if (result.ok) {
    const e = result.event;
    return buildAdtAck({ code: 'AA', controlId: e.controlId, sender: e.sender, trigger: e.trigger, ...ids });
  }
  return buildAdtAck({
    code: result.ack,
    controlId: result.controlId,
    sender: result.sender,
    trigger: result.trigger,
    ...ids,
    error: { code: result.code, reason: result.reason, segment: result.segment, field: result.field },
  });
}
