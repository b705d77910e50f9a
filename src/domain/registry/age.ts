/** Completed years on a date (YYYY-MM-DD), the age convention of every instrument (clinical-scores.md §0). */
export function completedYears(birthDate: string, onDate: string): number;
/** An unknown birth date (an imported person's) gives an unknown age, never 0. */
export function completedYears(birthDate: string | null, onDate: string): number | null;
export function completedYears(birthDate: string | null, onDate: string): number | null {
  if (birthDate === null) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
