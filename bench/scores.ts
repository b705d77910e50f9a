// `npm run bench -- scores [--patients 100000]`: computations per second for every instrument over
// random patients (seeded), compute alone and validation + compute, on one core.
import { parseArgs } from 'node:util';
import { COMPLETE_EXAMPLES } from '../src/domain/scores/examples';
import { inputJsonSchema, instruments } from '../src/domain/scores/index';
import { printTable } from './_stats';

const { values } = parseArgs({ options: { patients: { type: 'string', default: '100000' } } });
const N = Number(values.patients);

// xorshift32, seeded, so every run scores the same patients.
let state = 20261122;
const rand = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};

type Prop = {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  anyOf?: Prop[];
};

/** A random value inside what the input schema allows, so every patient is valid. */
function randomValue(prop: Prop, example: unknown): unknown {
  const p = prop.anyOf?.find((a) => a.type !== 'null') ?? prop;
  if (p.enum) return p.enum[Math.floor(rand() * p.enum.length)];
  const type = Array.isArray(p.type) ? p.type.find((t) => t !== 'null') : p.type;
  if (type === 'boolean') return rand() < 0.5;
  if (type === 'integer' || type === 'number') {
    const min = p.minimum ?? (p.exclusiveMinimum !== undefined ? p.exclusiveMinimum + 1 : 0);
    const max = p.maximum ?? min + 100;
    const v = min + rand() * (max - min);
    return type === 'integer' ? Math.floor(v) : Math.round(v * 10) / 10;
  }
  return example;
}

const rows: Record<string, string | number>[] = [];
for (const instrument of instruments) {
  const example = COMPLETE_EXAMPLES[instrument.id]!;
  const props = (inputJsonSchema(instrument).properties ?? {}) as Record<string, Prop>;
  const patients = Array.from({ length: N }, () => {
    const p: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(example)) p[k] = props[k] ? randomValue(props[k], v) : v;
    return instrument.input.safeParse(p).success ? p : example;
  });
  let sink = 0;
  for (let r = 0; r < 2; r++)
    for (const p of patients) sink += instrument.compute(p).status === 'complete' ? 1 : 0; // warm-up
  const t0 = performance.now();
  for (const p of patients) sink += instrument.compute(p).status === 'complete' ? 1 : 0;
  const compute = N / ((performance.now() - t0) / 1000);
  const t1 = performance.now();
  for (const p of patients) {
    const parsed = instrument.input.safeParse(p);
    if (parsed.success) sink += instrument.compute(parsed.data).status === 'complete' ? 1 : 0;
  }
  const validated = N / ((performance.now() - t1) / 1000);
  rows.push({
    instrument: instrument.id,
    patients: N,
    'compute /s': Math.round(compute).toLocaleString(),
    'validate+compute /s': Math.round(validated).toLocaleString(),
    complete: `${Math.round(((sink / 4) * 100) / N)}%`,
  });
}
printTable(rows);
console.log('goal: > 1,000,000 computations/s per core for the simple instruments');
