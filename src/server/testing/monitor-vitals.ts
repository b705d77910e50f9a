// A monitor's steady vital signs for tests, with the mean arterial pressure the test drives (the
// intra-op hypotension alert and exposure read MAP).
import type { Vitals } from '../interop/simulator/physiology';

export const steadyVitals = (artMean: number): Vitals => ({
  hr: 80,
  spo2: 98,
  rr: 12,
  etco2: 36,
  artSys: 110,
  artDia: 60,
  artMean,
  nibp: null,
  temp1: 36.5,
  temp2: 36.1,
});
