// GB 11643-1999 citizen identity number: 17 digits + ISO 7064 MOD 11-2 check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export function isValidIdCard(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11] === value[17]!.toUpperCase();
}

/** Shows the region and the last four characters only, as lists must not reveal the whole number. */
export function maskIdCard(value: string | null): string | null {
  if (!value) return null;
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

export function maskPhone(value: string | null): string | null {
  if (!value) return null;
  if (value.length < 7) return value;
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}
