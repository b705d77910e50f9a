// A post-op instrument as a form: the instrument of each form, the fields of its input (from the same
// zod schema the server validates with), and how a result reads.
import { z } from 'zod';
import { type PostopForm, postanesthesiaVisit } from '../../domain/monitoring/postanesthesia-visit';
import { getInstrument, type Instrument } from '../../domain/scores/index';

export const formOf = (id: PostopForm): Instrument =>
  id === 'postanesthesia-visit' ? (postanesthesiaVisit as unknown as Instrument) : getInstrument(id)!;

type JsonSchema = {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
};
export type Field = {
  key: string;
  kind: 'bool' | 'choice' | 'number' | 'enum';
  min?: number;
  max?: number;
  options?: string[];
};

/** The fields of an instrument's input, from its JSON Schema (nullable wrappers unwrapped). */
export function fieldsOf(instrument: Instrument): Field[] {
  const schema = z.toJSONSchema(instrument.input, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
  };
  return Object.entries(schema.properties ?? {}).map(([key, raw]) => {
    const s = raw.anyOf?.find((x) => x.type !== 'null') ?? raw;
    if (s.type === 'boolean') return { key, kind: 'bool' };
    if (s.enum) return { key, kind: 'enum', options: s.enum };
    if (
      s.type === 'integer' &&
      s.minimum !== undefined &&
      s.maximum !== undefined &&
      s.maximum - s.minimum <= 10
    )
      return { key, kind: 'choice', min: s.minimum, max: s.maximum };
    return { key, kind: 'number', min: s.minimum, max: s.maximum };
  });
}

/** A result without a total (CAM-ICU "unable to assess") shows its label alone, never a number. */
export const resultText = (total: number | null, label: string) =>
  total === null ? label : `${total} · ${label}`;
