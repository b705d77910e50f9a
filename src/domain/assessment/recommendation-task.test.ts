import { describe, expect, it } from 'vitest';
import { applyTaskAction, isOpenTask, recommendationsOf } from './recommendation-task';

const at = new Date('2026-11-22T02:00:00Z');

describe('recommendation tasks', () => {
  it('accepts, then completes', () => {
    expect(applyTaskAction({ status: 'open' }, { kind: 'accept', by: 'u', at })).toEqual({
      ok: true,
      status: 'accepted',
      reason: null,
    });
    expect(
      applyTaskAction({ status: 'accepted' }, { kind: 'complete', by: 'u', at, note: ' 已开始低分子肝素 ' }),
    ).toEqual({
      ok: true,
      status: 'done',
      reason: '已开始低分子肝素',
    });
  });
  it('requires a reason to decline', () => {
    expect(applyTaskAction({ status: 'open' }, { kind: 'decline', by: 'u', at, reason: '  ' })).toEqual({
      ok: false,
      problem: 'reason_required',
    });
    expect(
      applyTaskAction({ status: 'accepted' }, { kind: 'decline', by: 'u', at, reason: '出血风险高' }).ok,
    ).toBe(true);
  });
  it('keeps declined and done final', () => {
    for (const status of ['declined', 'done'] as const) {
      expect(applyTaskAction({ status }, { kind: 'accept', by: 'u', at })).toEqual({
        ok: false,
        problem: 'already_closed',
      });
      expect(isOpenTask(status)).toBe(false);
    }
    expect(applyTaskAction({ status: 'accepted' }, { kind: 'accept', by: 'u', at }).ok).toBe(false);
    expect(isOpenTask('open') && isOpenTask('accepted')).toBe(true);
  });
});

describe('the recommendations of a visit', () => {
  it('come from the complete scores only, in instrument order', () => {
    const text = { zh: '建议', en: 'advice' };
    const complete = (code: string) => ({
      status: 'complete' as const,
      total: 1,
      band: 'x',
      bandLabel: text,
      subscores: {},
      flags: [],
      recommendations: [{ code, text, source: 'ref' }],
    });
    expect(
      recommendationsOf([
        { id: 'caprini', version: '1', result: complete('caprini.vte') },
        { id: 'asa', version: '1', result: { status: 'incomplete', missing: ['asaClass'] } },
        { id: 'cfs', version: '1', invalid: ['level'] },
        { id: 'phq9', version: '1', result: complete('phq9.referral') },
      ]).map((r) => r.code),
    ).toEqual(['caprini.vte', 'phq9.referral']);
  });
});
