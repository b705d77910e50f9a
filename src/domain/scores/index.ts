// The catalogue of clinical instruments: one place that lists them for the API, the forms and the tests.
import { z } from 'zod';
import { aldrete } from './aldrete';
import { apfel } from './apfel';
import { ariscat } from './ariscat';
import { asa } from './asa';
import { braden } from './braden';
import { camIcu } from './cam-icu';
import { caprini } from './caprini';
import { cfs } from './cfs';
import { charlson } from './charlson';
import { clavienDindo } from './clavien-dindo';
import { fourAt } from './four-at';
import { gad7 } from './gad7';
import type { Instrument } from './instrument';
import { kdigo } from './kdigo';
import { news2 } from './news2';
import { nrs2002 } from './nrs2002';
import { padss } from './padss';
import { phq9 } from './phq9';
import { rcri } from './rcri';
import { mallampati, painNrs, ramsay, rass } from './recorded-class';
import { stopBang } from './stop-bang';

export type { Complete, Flag, Incomplete, Instrument, Recommendation, ScoreResult, Text } from './instrument';

export const instruments: readonly Instrument[] = [
  news2,
  asa,
  rcri,
  ariscat,
  caprini,
  apfel,
  nrs2002,
  stopBang,
  cfs,
  phq9,
  gad7,
  mallampati,
  charlson,
  aldrete,
  padss,
  braden,
  clavienDindo,
  kdigo,
  fourAt,
  camIcu,
  painNrs,
  rass,
  ramsay,
] as unknown as readonly Instrument[];

const byId = new Map(instruments.map((i) => [i.id, i]));

export const getInstrument = (id: string): Instrument | undefined => byId.get(id);

/** The JSON Schema of an instrument's input, for other systems calling the scores API. */
export const inputJsonSchema = (instrument: Instrument): Record<string, unknown> =>
  z.toJSONSchema(instrument.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
