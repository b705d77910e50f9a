// Both editions of the national anesthesia QC indicators (china-standards.md §1.2, §1.3), by edition and code.
import { INDICATORS_2015 } from './indicators-2015';
import { INDICATORS_2022 } from './indicators-2022';
import type { Edition, Indicator } from './types';

export const INDICATORS: Record<Edition, readonly Indicator[]> = {
  '2022': INDICATORS_2022,
  '2015': INDICATORS_2015,
};

export function findIndicator(edition: Edition, code: string): Indicator | null {
  return INDICATORS[edition].find((i) => i.code === code) ?? null;
}
