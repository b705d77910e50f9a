// A demo patient's body and resting vital signs, drawn once from the patient's id: the visit records
// them, the drugs are dosed by the weight, the monitor's course starts from them.
import { prng, seedOf } from './rng';

export type Baseline = {
  heightCm: number;
  weightKg: number;
  systolic: number;
  diastolic: number;
  pulse: number;
  spo2: number;
  temperature: number;
};

export function baselineOf(patientId: string, sex: 'male' | 'female', age: number): Baseline {
  const r = prng(seedOf(`baseline:${patientId}`));
  const heightCm = sex === 'male' ? r.int(160, 180) : r.int(150, 167);
  const bmi = 18.5 + r.next() * 9;
  return {
    heightCm,
    weightKg: Math.round(bmi * (heightCm / 100) ** 2),
    systolic: Math.min(165, r.int(110, 140) + Math.max(0, age - 60)),
    diastolic: r.int(65, 88),
    pulse: r.int(62, 88),
    spo2: r.int(95, 99),
    temperature: r.int(363, 368) / 10,
  };
}
