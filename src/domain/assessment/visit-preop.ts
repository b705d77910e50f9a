// The parts of the 麻醉前访视单 beside the scores' history, as Chinese practice records them: 过敏史,
// 既往手术麻醉史, 禁食禁饮, 牙齿, and the 辅助检查 with their structured results. Every answer is
// optional; an unanswered item is never "no".
import { z } from 'zod';
import { ANESTHESIA_METHODS } from '../registry/vocabulary';
import { isoInstant } from '../scores/time';

const yes = z.boolean().nullish();
const num = (min: number, max: number) => z.number().min(min).max(max).nullish();
const int = (min: number, max: number) => z.number().int().min(min).max(max).nullish();
const text = (max: number) => z.string().trim().max(max).nullish();
const named = (max: number) => z.string().trim().min(1).max(max);
/** The day an examination was done (YYYY-MM-DD, a real calendar date). */
const examDate = z.iso.date().nullish();

export const ALLERGEN_KINDS = ['drug', 'food', 'other'] as const;
export const DENTURES = ['none', 'removable', 'fixed'] as const;
export const ECG_RHYTHMS = ['sinus', 'atrial_fibrillation', 'other'] as const;
export const CHEST_MODALITIES = ['xray', 'ct'] as const;

export const allergies = z
  .strictObject({
    known: yes,
    items: z
      .array(z.strictObject({ kind: z.enum(ALLERGEN_KINDS), substance: named(100), reaction: text(200) }))
      .max(30)
      .nullish(),
  })
  .nullish();

export const anesthesiaHistory = z
  .strictObject({
    previous: yes,
    difficultAirway: yes,
    // Malignant hyperthermia or other anaesthesia problems in the family.
    familyAnesthesiaProblems: yes,
    items: z
      .array(
        z.strictObject({
          year: int(1900, 2100),
          operation: named(100),
          anesthesia: z.enum(ANESTHESIA_METHODS).nullish(),
          complications: text(200),
        }),
      )
      .max(30)
      .nullish(),
  })
  .nullish();

export const fasting = z
  .strictObject({
    // Told to take solids until 6 h and clear fluids until 2 h before anesthesia (china-standards.md ERAS row 6).
    instructed: yes,
    lastSolidAt: isoInstant.nullish(),
    lastClearFluidAt: isoInstant.nullish(),
  })
  .nullish();

export const teeth = z
  .strictObject({
    dentures: z.enum(DENTURES).nullish(),
    looseTeeth: yes,
    looseTeethWhich: text(100),
    crownsOrBridges: yes,
  })
  .nullish();

export const ecg = z
  .strictObject({
    rhythm: z.enum(ECG_RHYTHMS).nullish(),
    // Part of RCRI's ischaemic heart disease definition (Lee 1999, clinical-scores.md §3).
    pathologicalQWaves: yes,
    findings: text(200),
    date: examDate,
  })
  .nullish();

export const chestImaging = z
  .strictObject({
    modality: z.enum(CHEST_MODALITIES).nullish(),
    // Part of RCRI's heart failure definition on a chest X-ray (Lee 1999, clinical-scores.md §3).
    vascularRedistribution: yes,
    findings: text(200),
    date: examDate,
  })
  .nullish();

export const pft = z
  .strictObject({
    fev1PctPredicted: num(5, 200),
    fvcPctPredicted: num(5, 200),
    fev1FvcRatio: num(10, 100), // FEV1/FVC in %
    dlcoPctPredicted: num(5, 200),
    date: examDate,
  })
  .nullish();

export const bloodGas = z
  .strictObject({
    ph: num(6.5, 8),
    pao2: num(20, 700), // mmHg
    paco2: num(5, 200), // mmHg
    fio2Percent: num(21, 100),
    date: examDate,
  })
  .nullish();

export const echo = z
  .strictObject({
    efPercent: num(5, 90),
    findings: text(200),
    date: examDate,
  })
  .nullish();
