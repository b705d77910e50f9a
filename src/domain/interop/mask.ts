// A device message as the system administrator may see it (三员分立: no patient data): the segments
// that identify a person — PID, PD1, NK1, GT1, IN1, IN2 (HL7 v2.6 ch. 3 and 6) — keep their field
// structure with every filled field masked; the rest (MSH, OBR, OBX …) stays as received.
const IDENTIFYING = new Set(['PID', 'PD1', 'NK1', 'GT1', 'IN1', 'IN2']);
export const MASK = '***';

export function maskPatientSegments(text: string): string {
  const separator = /^MSH(.)/.exec(text)?.[1] ?? '|';
  return text
    .split(/(\r\n|\r|\n)/)
    .map((line) => {
      const [name, ...fields] = line.split(separator);
      if (!name || !IDENTIFYING.has(name)) return line;
      // The set ID (field 1) is a counter, not the patient's.
      return [name, ...fields.map((f, i) => (i === 0 || f === '' ? f : MASK))].join(separator);
    })
    .join('');
}
