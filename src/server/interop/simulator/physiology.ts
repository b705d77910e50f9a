// Plausible intra-operative vital signs for the monitor simulator: a baseline with breathing and
// noise, plus the episodes an anesthesia record must show — post-induction hypotension, a bleeding
// episode, a desaturation, and slow hypothermia. Deterministic for a given seed and time.
import { seededRandom } from '../../../domain/common/random';
export type Vitals = {
  hr: number;
  spo2: number;
  rr: number;
  etco2: number;
  artSys: number;
  artDia: number;
  artMean: number;
  nibp: { sys: number; dia: number; mean: number } | null;
  temp1: number;
  temp2: number;
};

/** Seeded: the same device shows the same course in every run. */
export const prng = seededRandom;

const bump = (t: number, start: number, rise: number, hold: number, fall: number): number => {
  if (t < start || t > start + rise + hold + fall) return 0;
  if (t < start + rise) return (t - start) / rise;
  if (t < start + rise + hold) return 1;
  return 1 - (t - start - rise - hold) / fall;
};

const CYCLE_S = 90 * 60; // the course repeats every 90 minutes

/** Vitals `seconds` after the device started, for a device with this seed. NIBP every 5 minutes. */
export function vitalsAt(seconds: number, seed: number): Vitals {
  const rnd = prng(seed * 100_003 + Math.floor(seconds));
  const noise = (amp: number) => (rnd() - 0.5) * 2 * amp;
  const t = seconds % CYCLE_S;
  const base = 70 + (seed % 15);
  const induction = bump(t, 180, 60, 240, 180); // MAP falls to ~55 after induction
  const bleeding = bump(t, 1800, 120, 300, 300);
  const desat = bump(t, 3000, 40, 90, 60);
  const hr = base + 25 * bleeding - 8 * induction + noise(2);
  const artSys = 125 - 40 * induction - 35 * bleeding + noise(3);
  const artDia = 72 - 22 * induction - 20 * bleeding + noise(2);
  const artMean = (artSys + 2 * artDia) / 3;
  const spo2 = Math.min(100, 98.5 - 13 * desat + noise(0.6));
  const cooling = Math.min(1, t / (70 * 60)); // drifts from 36.6 to 35.6 °C over 70 min
  const temp1 = 36.6 - 1.0 * cooling + noise(0.05);
  const nibpDue = Math.floor(seconds) % 300 === 0;
  return {
    hr: Math.round(hr),
    spo2: Math.round(spo2),
    rr: Math.round(12 + noise(1)),
    etco2: Math.round(36 + 4 * desat + noise(1.5)),
    artSys: Math.round(artSys),
    artDia: Math.round(artDia),
    artMean: Math.round(artMean),
    nibp: nibpDue
      ? { sys: Math.round(artSys - 4), dia: Math.round(artDia - 2), mean: Math.round(artMean - 3) }
      : null,
    temp1: Math.round(temp1 * 10) / 10,
    temp2: Math.round((temp1 - 0.4) * 10) / 10,
  };
}
