import { describe, expect, it } from 'vitest';
import { type FilterableCase, facetsOf, isFiltered, matchesBoardFilter } from './board-filter';

const base: FilterableCase = {
  orRoom: 'OR-01',
  status: 'scheduled',
  surgeon: '李外科',
  anesthesiologists: ['王麻醉', '钱麻醉'],
  patientName: '单雪梅',
  patientMrn: 'ZY20260001',
};

describe('matchesBoardFilter', () => {
  it.each([
    ['单', true],
    ['雪梅', true],
    ['sxm', true],
    ['shanx', true],
    ['SXM', true],
    ['zy2026', true],
    ['0001', true],
    ['lwk', true],
    ['外科', true],
    ['dxm', false],
    ['0002', false],
    ['王麻醉', false],
  ])('search %s → %s', (q, expected) => {
    expect(matchesBoardFilter(base, { q }, true)).toBe(expected);
  });

  it('matches the surgeon but not the patient for a user who may not see patients', () => {
    expect(matchesBoardFilter(base, { q: 'sxm' }, false)).toBe(false);
    expect(matchesBoardFilter(base, { q: 'ZY2026' }, false)).toBe(false);
    expect(matchesBoardFilter(base, { q: 'lwk' }, false)).toBe(true);
  });

  it('applies every filter given, all together', () => {
    expect(matchesBoardFilter(base, { room: 'OR-01', status: 'scheduled' }, true)).toBe(true);
    expect(matchesBoardFilter(base, { room: 'OR-02' }, true)).toBe(false);
    expect(matchesBoardFilter(base, { status: 'in_room' }, true)).toBe(false);
    expect(matchesBoardFilter(base, { surgeon: '李外科' }, true)).toBe(true);
    expect(matchesBoardFilter(base, { surgeon: '李' }, true)).toBe(false);
    expect(matchesBoardFilter(base, { anesthesiologist: '钱麻醉' }, true)).toBe(true);
    expect(matchesBoardFilter(base, { anesthesiologist: '赵麻醉' }, true)).toBe(false);
    expect(matchesBoardFilter(base, { q: 'sxm', room: 'OR-02' }, true)).toBe(false);
    expect(matchesBoardFilter(base, { q: '  ' }, true)).toBe(true);
  });

  it('knows when the day is narrowed', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ q: ' ' })).toBe(false);
    expect(isFiltered({ room: 'OR-01' })).toBe(true);
  });
});

describe('facetsOf', () => {
  it('lists each surgeon and anesthesiologist of the day once, in pinyin order', () => {
    const cases = [
      base,
      { ...base, surgeon: '赵外科', anesthesiologists: ['王麻醉'] },
      { ...base, surgeon: '', anesthesiologists: [] },
    ];
    expect(facetsOf(cases)).toEqual({
      surgeons: ['李外科', '赵外科'],
      anesthesiologists: ['钱麻醉', '王麻醉'],
    });
  });
});
