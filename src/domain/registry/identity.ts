// What a citizen identity number says of its holder (GB 11643-1999 §5): characters 7–14 are the birth
// date (YYYYMMDD), the 17th is the sequence code whose parity gives the sex (odd male, even female).
import { isValidIdCard } from './id-card';
import type { Sex } from './vocabulary';

export type IdCardFacts = { birthDate: string; sex: 'male' | 'female' };

/** The birth date and sex of a valid 18-character number with a real calendar date; else null. */
export function factsFromIdCard(value: string | null | undefined): IdCardFacts | null {
  const id = value?.trim() ?? '';
  if (!isValidIdCard(id)) return null;
  const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)];
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null;
  return { birthDate: `${y}-${m}-${d}`, sex: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

export type IdentityEntered = { birthDate?: string | null; sex?: Sex | null };

/** A value entered on the form that the identity number contradicts. */
export type IdentityMismatch =
  | { field: 'birthDate'; fromIdCard: string; entered: string }
  | { field: 'sex'; fromIdCard: IdCardFacts['sex']; entered: Sex };

/**
 * Where the entered birth date and sex disagree with the identity number (none when the number says
 * nothing). A sex entered as unknown or a value not entered contradicts nothing.
 */
export function identityMismatches(
  idCard: string | null | undefined,
  entered: IdentityEntered,
): IdentityMismatch[] {
  const facts = factsFromIdCard(idCard);
  if (!facts) return [];
  const found: IdentityMismatch[] = [];
  if (entered.birthDate && entered.birthDate !== facts.birthDate)
    found.push({ field: 'birthDate', fromIdCard: facts.birthDate, entered: entered.birthDate });
  if (entered.sex && entered.sex !== 'unknown' && entered.sex !== facts.sex)
    found.push({ field: 'sex', fromIdCard: facts.sex, entered: entered.sex });
  return found;
}
