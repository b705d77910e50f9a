// How an ADT message is told apart from a monitor's on the shared MLLP listener, which character set its
// bytes are read in, the key a repeat is recognised by, and a frame read (issue 13 §4). Pure: the listener
// decodes.
import { readAdt } from './adt';
import type { AdtFailure, AdtOptions, AdtResult, AdtSender } from './adt-types';
import { charsetOf, msh18FromBytes } from './hl7-text';

/** MSH-9.1 from the first segment of a text or of the raw bytes (the header is ASCII in every HL7 charset). */
function messageCode(head: string): string {
  const start = head.indexOf('MSH');
  if (start < 0) return '';
  const line = head.slice(start).split(/[\r\n]/)[0] ?? '';
  const sep = line[3];
  if (!sep) return '';
  const msh9 = line.split(sep)[8] ?? '';
  const component = line[4] ?? '^';
  return (msh9.split(component)[0] ?? '').trim().toUpperCase();
}

/** An ADT message (MSH-9.1 = ADT), whatever its trigger: readAdt answers the triggers it does not take. */
export const isAdtText = (text: string): boolean => messageCode(text.slice(0, 1024)) === 'ADT';

const LATIN1 = new TextDecoder('latin1');

export const isAdtBytes = (bytes: Uint8Array): boolean =>
  messageCode(LATIN1.decode(bytes.subarray(0, Math.min(bytes.length, 1024)))) === 'ADT';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export type AdtCharset =
  | { ok: true; charset: string; from: 'msh18' | 'utf8-valid' | 'gb18030-fallback' }
  | { ok: false; declared: string };

/**
 * The character set of an ADT message from the HIS: MSH-18 when it names one (an unknown MSH-18 is refused,
 * never guessed — hl7-devices.md); without MSH-18, UTF-8 when the bytes are valid UTF-8, else GB18030.
 * A Chinese HIS writes one of the two (issue 13 §4); ASCII reads the same in both, and Chinese text in
 * GB18030 is practically never valid UTF-8 (the rule the HIS dictionary import uses, dictionary-decode.ts).
 * The HIS is not a registered device, so neither a device's charset nor the listener default applies.
 */
export function adtCharsetOf(bytes: Uint8Array): AdtCharset {
  const msh18 = msh18FromBytes(bytes);
  const declared = charsetOf(msh18);
  if (declared === 'unsupported') return { ok: false, declared: msh18 };
  if (declared) return { ok: true, charset: declared, from: 'msh18' };
  return isUtf8(bytes)
    ? { ok: true, charset: 'utf8', from: 'utf8-valid' }
    : { ok: true, charset: 'gb18030', from: 'gb18030-fallback' };
}

/**
 * The sender a message control ID (MSH-10) is unique within: MSH-3 and MSH-4 as sent (HL7 v2.5 §2.14.9.10:
 * the control ID is unique per sending system), kept as a JSON pair so no value can run into the other.
 */
export const adtSenderKey = (sender: AdtSender): string =>
  JSON.stringify([sender.application.trim(), sender.facility.trim()]);

/**
 * An ADT frame as the listener decoded it: read, or — when its bytes could not be decoded (an MSH-18 naming
 * a character set Periop does not know) — refused AR at MSH-18 with the listener's reason.
 */
export function readAdtFrame(
  text: string,
  decodeError: string | undefined,
  opts: AdtOptions = {},
): AdtResult {
  const r = readAdt(text, opts);
  if (decodeError === undefined) return r;
  const h = r.ok ? r.event : r;
  const failure: AdtFailure = {
    ok: false,
    ack: 'AR',
    code: 102,
    reason: decodeError,
    segment: 'MSH',
    field: 18,
    controlId: h.controlId,
    sender: h.sender,
    trigger: h.trigger,
  };
  return failure;
}
