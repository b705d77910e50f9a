import { describe, expect, it } from 'vitest';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { initialDraft, needsSave, prefilled } from './record-method';

const rec = (record: Partial<AnesthesiaRecord['record']>, planned = 'general_tube') =>
  ({
    record: { method: null, details: {}, tempMode: 'continuous', ...record },
    case: { plannedAnesthesia: planned },
  }) as AnesthesiaRecord;

describe('the method panel’s draft', () => {
  it('starts from the planned method and the airway it implies while the record has none', () => {
    const r = rec({});
    expect(initialDraft(r, 'zh-CN')).toEqual({
      method: 'general_tube',
      details: { airway: '气管插管' },
      tempMode: 'continuous',
    });
    expect(prefilled(r)).toBe(true);
    expect(needsSave(initialDraft(r, 'zh-CN'), r)).toBe(true);
    expect(initialDraft(rec({}, 'nerve_block'), 'zh-CN').details).toEqual({});
    expect(initialDraft(rec({}, 'nonsense'), 'zh-CN').method).toBeNull();
  });

  it('keeps what the record stores, and needs no save when nothing differs', () => {
    const r = rec({ method: 'general_lma', details: { airway: '喉罩 4#', lines: '', activeWarming: false } });
    const d = initialDraft(r, 'zh-CN');
    expect(d).toMatchObject({ method: 'general_lma', details: { airway: '喉罩 4#' } });
    expect(prefilled(r)).toBe(false);
    expect(needsSave(d, r)).toBe(false);
    expect(needsSave({ ...d, details: { ...d.details, position: '左侧卧位' } }, r)).toBe(true);
  });
});
