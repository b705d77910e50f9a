import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../domain/registry/case-status';
import { isValidIdCard } from '../../domain/registry/id-card';
import { DEMO_FIXTURES, generateDemo, localDayStart } from './department';

const localDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

describe.each([
  ['mid-day', '2026-11-22T05:00:00Z'],
  ['ten past midnight', '2026-11-21T16:10:00Z'],
  ['late evening', '2026-11-22T15:45:00Z'],
])('demo department generated at %s', (_label, iso) => {
  const now = new Date(iso);
  const demo = generateDemo({ seed: 2026, cases: 3000, now, timeZone: 'Asia/Shanghai' });
  const today = localDate(now);
  const todays = demo.cases.filter((c) => localDate(c.scheduledStart) === today);

  it('puts a case in every state on today’s board, all scheduled today', () => {
    expect(new Set(todays.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
    for (const c of todays) expect(localDate(c.scheduledStart)).toBe(today);
  });

  it('never records an event after now, and keeps each history in order', () => {
    const byCase = new Map<string, Date[]>();
    for (const e of demo.events) {
      expect(e.occurredAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(e.recordedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(e.recordedAt.getTime()).toBeGreaterThanOrEqual(e.occurredAt.getTime());
      byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e.occurredAt]);
    }
    for (const times of byCase.values()) {
      for (let i = 1; i < times.length; i++)
        expect(times[i]!.getTime()).toBeGreaterThanOrEqual(times[i - 1]!.getTime());
    }
    for (const a of demo.admissions) expect(a.admittedAt.getTime()).toBeLessThanOrEqual(now.getTime());
  });
});

describe('demo department contents', () => {
  const now = new Date('2026-11-22T05:00:00Z');
  const demo = generateDemo({ seed: 2026, cases: 3000, now, timeZone: 'Asia/Shanghai' });

  it('is deterministic for a seed', () => {
    const again = generateDemo({ seed: 2026, cases: 3000, now, timeZone: 'Asia/Shanghai' });
    expect(again.cases.map((c) => [c.id, c.status, c.procedureCode])).toEqual(
      demo.cases.map((c) => [c.id, c.status, c.procedureCode]),
    );
    expect(generateDemo({ seed: 7, cases: 300, now, timeZone: 'Asia/Shanghai' }).patients[0]!.name).not.toBe(
      undefined,
    );
  });

  it('has 3 wards, 120 beds, about 3,000 cases over 12 months, and the realistic mix', () => {
    expect(demo.wards).toHaveLength(3);
    expect(demo.beds).toHaveLength(120);
    expect(demo.cases.length).toBeGreaterThanOrEqual(3000);
    expect(demo.cases.length).toBeLessThan(3100);
    const first = Math.min(...demo.cases.map((c) => c.scheduledStart.getTime()));
    expect(now.getTime() - first).toBeGreaterThan(330 * 86_400_000);
    const share = (p: (c: (typeof demo.cases)[number]) => boolean) =>
      demo.cases.filter(p).length / demo.cases.length;
    expect(share((c) => c.grade === 4)).toBeGreaterThan(0.45);
    expect(share((c) => c.approach === 'robotic')).toBeGreaterThan(0.05);
    expect(share((c) => c.approach === 'ablation')).toBeGreaterThan(0.05);
    expect(share((c) => c.diagnosisCode.startsWith('C15'))).toBeGreaterThan(0.2);
    expect(share((c) => c.urgency === 'emergency')).toBeGreaterThan(0.01);
    const outside = demo.patients.filter((p) => p.province !== '山西省').length / demo.patients.length;
    expect(outside).toBeGreaterThanOrEqual(0.2);
    expect(outside).toBeLessThanOrEqual(0.3);
  });

  it('gives unique MRNs and valid ID numbers, and includes the fixture patient', () => {
    expect(new Set(demo.patients.map((p) => p.mrn)).size).toBe(demo.patients.length);
    for (const p of demo.patients) if (p.idCard) expect(isValidIdCard(p.idCard)).toBe(true);
    const fixture = demo.patients.find((p) => p.mrn === DEMO_FIXTURES.patientMrn)!;
    expect(fixture).toMatchObject({ name: '张三', nameInitials: 'zs' });
    const fixtureCase = demo.cases.find((c) => c.patientId === fixture.id)!;
    expect(fixtureCase).toMatchObject({ status: 'scheduled', orRoom: 'OR-01' });
    expect(localDate(fixtureCase.scheduledStart)).toBe(localDate(now));
  });

  it('finds local midnight in the site time zone', () => {
    expect(localDayStart(new Date('2026-11-22T05:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-21T16:00:00.000Z',
    );
    expect(localDayStart(new Date('2026-11-21T16:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-21T16:00:00.000Z',
    );
    expect(localDayStart(new Date('2026-11-21T15:59:59Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-20T16:00:00.000Z',
    );
  });
});

describe('a physically possible department', () => {
  const now = new Date('2026-11-22T06:30:00Z');
  const demo = generateDemo({ seed: 2026, cases: 3000, now, timeZone: 'Asia/Shanghai' });

  it('has at most one patient in each operating room', () => {
    const inRoom = demo.cases.filter((c) =>
      ['in_room', 'anesthesia_start', 'surgery_start', 'surgery_end', 'anesthesia_end'].includes(c.status),
    );
    expect(inRoom.length).toBeGreaterThan(0);
    expect(new Set(inRoom.map((c) => c.orRoom)).size).toBe(inRoom.length);
  });

  it('never puts two open admissions in one bed', () => {
    const open = demo.admissions.filter((a) => a.dischargedAt === null && a.bedId !== null);
    expect(open.length).toBeGreaterThan(60);
    expect(new Set(open.map((a) => a.bedId)).size).toBe(open.length);
  });
});
