import { describe, expect, it } from 'vitest';
import { allowedTransitions, CASE_STATUSES, NEXT_STATUSES, planTransition } from './case-status';

const now = new Date('2026-11-22T08:00:00Z');
const at = (iso: string) => new Date(iso);

describe('case status machine', () => {
  it('walks the full happy path from scheduled to ward', () => {
    const path = [
      'in_room',
      'anesthesia_start',
      'surgery_start',
      'surgery_end',
      'anesthesia_end',
      'out_of_room',
      'pacu_in',
      'pacu_out',
      'ward',
    ] as const;
    let status: (typeof CASE_STATUSES)[number] = 'scheduled';
    for (const to of path) {
      const plan = planTransition({ status, lastEventAt: null }, { to, at: now }, now);
      expect(plan).toMatchObject({ ok: true, to });
      status = to;
    }
    expect(allowedTransitions(status)).toEqual([]);
  });

  it('refuses a skipped step and says what is allowed', () => {
    const plan = planTransition(
      { status: 'scheduled', lastEventAt: null },
      { to: 'surgery_start', at: now },
      now,
    );
    expect(plan).toEqual({ ok: false, problem: 'illegal', allowed: ['in_room', 'cancelled'] });
  });

  it.each([
    ['scheduled', 'before_room'],
    ['in_room', 'after_room_before_anesthesia'],
    ['anesthesia_start', 'after_anesthesia_before_incision'],
  ] as const)('records the cancellation stage from %s', (status, stage) => {
    const plan = planTransition(
      { status, lastEventAt: null },
      { to: 'cancelled', at: now, reasonCode: 'patient_condition', reason: '患者发热' },
      now,
    );
    expect(plan).toMatchObject({
      ok: true,
      cancelStage: stage,
      cancelReasonCode: 'patient_condition',
      reason: '患者发热',
    });
  });

  it('does not allow cancelling once surgery has started', () => {
    for (const status of ['surgery_start', 'surgery_end', 'out_of_room', 'ward', 'cancelled'] as const) {
      expect(
        planTransition(
          { status, lastEventAt: null },
          { to: 'cancelled', at: now, reasonCode: 'other', reason: 'x' },
          now,
        ).ok,
      ).toBe(false);
    }
  });

  it('a case cancelled in the theatre leaves it at the cancellation; one cancelled before entry never entered', () => {
    for (const status of ['in_room', 'anesthesia_start'] as const) {
      const plan = planTransition(
        { status, lastEventAt: null },
        { to: 'cancelled', at: now, reasonCode: 'patient_condition', reason: '血压过高' },
        now,
      );
      expect(plan).toMatchObject({ ok: true, leavesRoom: true });
    }
    const before = planTransition(
      { status: 'scheduled', lastEventAt: null },
      { to: 'cancelled', at: now, reasonCode: 'patient_refused' },
      now,
    );
    expect(before.ok && before.leavesRoom).toBeFalsy();
  });

  it('requires a reason from the list to cancel, and the text for "other"', () => {
    const state = { status: 'scheduled', lastEventAt: null } as const;
    expect(planTransition(state, { to: 'cancelled', at: now, reason: '患者发热' }, now)).toEqual({
      ok: false,
      problem: 'reason_required',
      field: 'reasonCode',
    });
    expect(
      planTransition(state, { to: 'cancelled', at: now, reasonCode: 'other', reason: '  ' }, now),
    ).toEqual({ ok: false, problem: 'reason_required', field: 'reason' });
    // A listed reason says enough by itself; its text is optional.
    expect(planTransition(state, { to: 'cancelled', at: now, reasonCode: 'no_icu_bed' }, now)).toMatchObject({
      ok: true,
      cancelReasonCode: 'no_icu_bed',
      reason: null,
    });
  });

  it('refuses a time before the previous event and a time in the future', () => {
    const before = planTransition(
      { status: 'in_room', lastEventAt: at('2026-11-22T07:00:00Z') },
      { to: 'anesthesia_start', at: at('2026-11-22T06:59:59Z') },
      now,
    );
    expect(before).toMatchObject({ ok: false, problem: 'before_previous' });
    const sameInstant = planTransition(
      { status: 'in_room', lastEventAt: at('2026-11-22T07:00:00Z') },
      { to: 'anesthesia_start', at: at('2026-11-22T07:00:00Z') },
      now,
    );
    expect(sameInstant.ok).toBe(true);
    const future = planTransition(
      { status: 'scheduled', lastEventAt: null },
      { to: 'in_room', at: at('2026-11-22T08:05:01Z') },
      now,
    );
    expect(future).toEqual({ ok: false, problem: 'in_future' });
    const withinSkew = planTransition(
      { status: 'scheduled', lastEventAt: null },
      { to: 'in_room', at: at('2026-11-22T08:05:00Z') },
      now,
    );
    expect(withinSkew.ok).toBe(true);
  });

  it('has an entry for every status and terminal states have no exits', () => {
    for (const s of CASE_STATUSES) expect(NEXT_STATUSES[s]).toBeDefined();
    expect(NEXT_STATUSES.icu).toEqual([]);
    expect(NEXT_STATUSES.cancelled).toEqual([]);
  });
});
