// Values for probing routes: a plausible value for a JSON schema (so a request gets past validation
// into the handler), and the hostile values a fuzz test swaps in, one field at a time.
type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

export type Known = Record<string, unknown>;

/** A value valid for the schema where it can tell, using `known` for fields named like real records. */
export function plausible(schema: JsonSchema | undefined, known: Known, name = ''): unknown {
  if (!schema) return null;
  if (name && name in known) return known[name];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) {
    const first = alternatives.find((a) => a.type !== 'null') ?? alternatives[0];
    return plausible(first, known, name);
  }
  if (schema.allOf?.length) return plausible(schema.allOf[0], known, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || key in known) out[key] = plausible(child, known, key);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => plausible(schema.items, known));
    case 'string':
      return plausibleString(schema);
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    default:
      return schema.default ?? null;
  }
}

function plausibleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') return '0190a0a0-0000-7000-8000-00000000f00d';
  if (schema.format === 'date-time') return '2026-11-22T01:00:00Z';
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2026-11-22';
  return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
}

/** What a hostile or careless client might put in any field. */
export const HOSTILE_VALUES: unknown[] = [
  null,
  '',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[2J',
  '\ud800',
  'x'.repeat(100_000),
  "'; drop table patients; --",
  '<script>alert(1)</script>',
  '😀'.repeat(50),
  -1,
  0,
  1e308,
  -1e308,
  1.5,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  [],
  ['\u0000'],
  {},
  { __proto__: { polluted: true } },
  '0190a0a0-0000-7000-8000-000000000bad',
  'not-a-uuid',
  '2026-13-45T99:99:99Z',
  '1900-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30',
];

/** Bodies that are not what any route expects. */
export const MALFORMED_BODIES: string[] = [
  '{',
  '{"a":',
  '[1,2',
  '"',
  'null',
  '[]',
  '0',
  '"text"',
  '{"a":1}}',
  '\u0000',
  '{"\u0000":1}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
];

/** Seeded, so a failure can be replayed. */
export { seededRandom as seeded } from '../../domain/common/random';
