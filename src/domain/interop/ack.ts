// The HL7 acknowledgement a device gets back: AA only after its data is committed (the listener's
// job), AE/AR with an ERR segment that says why (HL7 v2.5 §2.9, table 0357).
const ESCAPES: Record<string, string> = {
  '\\': '\\E\\',
  '|': '\\F\\',
  '^': '\\S\\',
  '&': '\\T\\',
  '~': '\\R\\',
};
export const escapeHl7 = (s: string): string => s.replace(/[\\|^&~\r\n]/g, (c) => ESCAPES[c] ?? ' ');

const ERROR_TEXT: Record<number, string> = {
  100: 'Segment sequence error',
  101: 'Required field missing',
  102: 'Data type error',
  200: 'Unsupported message type',
  207: 'Application internal error',
};

function dtm(at: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${at.getUTCFullYear()}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}+0000`;
}

export type AckInput = {
  code: 'AA' | 'AE' | 'AR';
  controlId: string | null;
  /** MSH-3/MSH-4 of the message being acknowledged, returned as the receiver (may be empty). */
  sender: { application: string; facility: string };
  triggerEvent: string;
  now: Date;
  ackControlId: string;
  error?: { code: number; reason: string };
};

export function buildAck(a: AckInput): string {
  const segments = [
    `MSH|^~\\&|PERIOP|PERIOP|${a.sender.application}|${a.sender.facility}|${dtm(a.now)}||ACK^${a.triggerEvent}^ACK|${a.ackControlId}|P|2.6|||NE|NE`,
    `MSA|${a.code}|${escapeHl7(a.controlId ?? '')}${a.error ? `|${escapeHl7(a.error.reason)}` : ''}`,
  ];
  if (a.error)
    segments.push(
      `ERR|||${a.error.code}^${ERROR_TEXT[a.error.code] ?? 'Error'}^HL70357|E||||${escapeHl7(a.error.reason)}`,
    );
  return segments.join('\r');
}
