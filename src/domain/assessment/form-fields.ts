// The visit form's building blocks, as data: a field's path in VisitData, its kind and its label key
// (visit.f.*, resolved by the messages), and the sections they make up.

export type FieldKind =
  | { kind: 'yesno' }
  | { kind: 'number'; min: number; max: number; step?: number; unit?: string }
  | { kind: 'select'; options: readonly string[] }
  | { kind: 'points'; max: number }
  | { kind: 'text'; maxLength: number }
  | { kind: 'date' }
  | { kind: 'datetime' };

export type FieldDef = {
  path: string;
  label: string;
  /** The sub-heading (a message key) the field sits under within its section. */
  group?: string;
  /** Shown only while the answer at `path` is `is` (or the field has a value). */
  when?: { path: string; is: boolean | string };
  /** Left alone by "其余均否": a yes/no that records a measurement or an action, not a finding. */
  noShortcut?: true;
} & FieldKind;

/** A list of rows a section holds (allergies, previous anaesthetics, medications), and the yes/no it answers. */
export type SectionList = { kind: 'allergies' | 'anesthetics' | 'medications'; path: string; flag?: string };
export type Section = { key: string; title: string; fields: FieldDef[]; list?: SectionList };

type Extra = Pick<FieldDef, 'group' | 'when' | 'noShortcut'>;

export const yes = (path: string, label: string, extra: Extra = {}): FieldDef => ({
  path,
  label,
  kind: 'yesno',
  ...extra,
});

export const number = (
  path: string,
  label: string,
  min: number,
  max: number,
  unit?: string,
  step = 1,
  extra: Extra = {},
): FieldDef => ({ path, label, kind: 'number', min, max, step, ...(unit ? { unit } : {}), ...extra });

export const select = (
  path: string,
  label: string,
  options: readonly string[],
  extra: Extra = {},
): FieldDef => ({ path, label, kind: 'select', options, ...extra });

export const text = (path: string, label: string, maxLength: number, extra: Extra = {}): FieldDef => ({
  path,
  label,
  kind: 'text',
  maxLength,
  ...extra,
});

export const date = (path: string, label: string, extra: Extra = {}): FieldDef => ({
  path,
  label,
  kind: 'date',
  ...extra,
});

export const dateTime = (path: string, label: string, extra: Extra = {}): FieldDef => ({
  path,
  label,
  kind: 'datetime',
  ...extra,
});

/** Whether a field is asked: its condition holds, or it was answered anyway. */
export const isAsked = (f: FieldDef, valueAt: (path: string) => unknown): boolean => {
  if (!f.when) return true;
  const own = valueAt(f.path);
  return valueAt(f.when.path) === f.when.is || (own !== undefined && own !== null && own !== '');
};

/** The fields of a sub-heading: each gets `group`. */
export const grouped = (group: string, fields: FieldDef[]): FieldDef[] =>
  fields.map((f) => ({ ...f, group }));
