// history-import.md §1 and §4 rule 7 between rows: episode_id unique, a person's attributes identical on all
// their rows, an admission's attributes identical on all its episodes.
import { describe, expect, it } from 'vitest';
import { type CaseOver, cancelledRow, kpiRow, surgeryRow, validate, where } from './history.fixture';

/** Row 2 is the default surgery row (E1, P1, A1); row 3 is a second episode with `over`. */
const second = (over: CaseOver) =>
  where(validate({ cases: [surgeryRow(), surgeryRow({ episode_id: 'E2', ...over })] }));

describe('history import: rules between rows', () => {
  it('accepts two episodes of one person and one admission', () => {
    expect(second({})).toEqual([]);
    expect(where(validate({ cases: [surgeryRow(), cancelledRow('before_room')] }))).toEqual([]);
  });

  it('episode_id is unique in the file', () => {
    const r = validate({ cases: [surgeryRow(), surgeryRow({ person_id: 'P2', admission_id: 'A2' })] });
    expect(where(r)).toEqual([['cases', 3, 'episode_id']]);
    expect(r.ok ? '' : r.problems[0]!.message['en-US']).toBe('Duplicate episode_id: already on row 2');
  });

  it.each([
    ['sex', { sex: 'female' }],
    ['birth_date', { birth_date: '1960-01-02' }],
    ['death_date', { death_date: '2025-03-06' }],
  ])("a person's %s is the same on all their rows", (column, over: CaseOver) => {
    expect(second(over)).toEqual([['cases', 3, column]]);
  });

  it("a person's death_at is the same instant on all their rows (the offset may differ)", () => {
    const dead = { death_date: '2025-03-06', death_at: '2025-03-06T10:00:00+08:00' };
    const rows = [
      surgeryRow(dead),
      surgeryRow({ ...dead, episode_id: 'E2', death_at: '2025-03-06T02:00:00Z' }),
    ];
    expect(where(validate({ cases: rows }))).toEqual([]);
    rows[1] = surgeryRow({ ...dead, episode_id: 'E2', death_at: '2025-03-06T11:00:00+08:00' });
    expect(where(validate({ cases: rows }))).toEqual([['cases', 3, 'death_at']]);
  });

  it('compares every row with the first row that gave the value', () => {
    const rows = [
      surgeryRow(),
      surgeryRow({ episode_id: 'E2', sex: 'female' }),
      surgeryRow({ episode_id: 'E3' }),
    ];
    const r = validate({ cases: rows });
    expect(where(r)).toEqual([['cases', 3, 'sex']]);
    expect(r.ok ? '' : r.problems[0]!.message['zh-CN']).toBe(
      '同一患者的属性应一致：此处为 “female”，第 2 行为 “male”',
    );
  });

  it('an empty birth date on a kpi_only row does not contradict the person', () => {
    expect(where(validate({ cases: [kpiRow({ birth_date: '' }), surgeryRow()] }))).toEqual([]);
    expect(where(validate({ cases: [kpiRow({ birth_date: '1960-01-02' }), surgeryRow()] }))).toEqual([
      ['cases', 3, 'birth_date'],
    ]);
  });

  it.each([
    ['admission_date', { admission_date: '2025-03-02' }],
    ['discharge_date', { discharge_date: '2025-03-07' }],
    ['discharge_date', { discharge_date: '' }],
    ['ward', { ward: 'TS2' }],
  ])("an admission's %s is the same on all its episodes", (column, over: CaseOver) => {
    expect(second(over)).toEqual([['cases', 3, column]]);
  });

  it('an admission belongs to one person', () => {
    expect(second({ person_id: 'P2' })).toEqual([['cases', 3, 'admission_id']]);
  });

  it('another admission of the person may differ', () => {
    expect(second({ admission_id: 'A2', admission_date: '2025-03-02', ward: 'TS2' })).toEqual([]);
  });
});
