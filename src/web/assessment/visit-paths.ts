// Reading and writing a visit record by dotted path ("labs.creatinine"), immutably.
import { valueAt } from '../../domain/assessment/visit';
export type Tree = Record<string, unknown>;

export const getIn = (tree: Tree, path: string): unknown => valueAt(tree, path);

/** A copy of the tree with `path` set; a null or undefined value removes the leaf (and empty parents). */
export function setIn<T extends Tree>(tree: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Tree = { ...tree };
  if (rest.length === 0) {
    if (value === null || value === undefined) delete copy[head];
    else copy[head] = value;
  } else {
    const child = setIn((copy[head] as Tree | undefined) ?? {}, rest.join('.'), value);
    if (Object.keys(child).length === 0) delete copy[head];
    else copy[head] = child;
  }
  return copy as T;
}

/** The leaves of the tree as path → value (arrays are leaves). */
export function flatten(tree: Tree, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Tree, path));
    else out[path] = v;
  }
  return out;
}
