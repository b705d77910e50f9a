import { describe, expect, it } from 'vitest';
import { getInstrument } from '../scores/index';
import { PREOP_INSTRUMENTS, visitData, visitPathOf } from './visit';
import { VISIT_SECTIONS } from './visit-form';

const formPaths = new Set(VISIT_SECTIONS.flatMap((s) => s.fields.map((f) => f.path)));

describe('the visit form', () => {
  it('has a field for every item a pre-op instrument can report missing', () => {
    for (const id of PREOP_INSTRUMENTS) {
      for (const item of getInstrument(id)!.required) {
        const path = visitPathOf(id, item);
        if (path.startsWith('case.')) continue;
        expect(formPaths.has(path), `${id}.${item} → ${path}`).toBe(true);
      }
    }
  });

  it('binds every field to a real path of the visit record', () => {
    for (const path of formPaths) {
      const value = path.endsWith('Class') || path === 'cfsLevel' ? 1 : undefined;
      const data = path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value ?? null);
      expect(visitData.safeParse(data).success, path).toBe(true);
    }
    // An unknown path is refused, so the check above is not vacuous.
    expect(visitData.safeParse({ history: { notAField: null } }).success).toBe(false);
  });
});
