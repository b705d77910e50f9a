import { describe, expect, it } from 'vitest';
import { WARD_A, WARD_B } from './assignment-cases.fixture';
import type { ScoreBreakdown, ViolationFacts } from './assignment-types';
import {
  explainNoBed,
  explainProposal,
  percent,
  VIOLATION_LABELS,
  VIOLATION_ORDER,
  violation,
} from './explain';

const score = (extra: Partial<ScoreBreakdown>): ScoreBreakdown => ({
  spreadBefore: 0.18,
  spreadAfter: 0.09,
  stayDays: 3,
  homeWard: 'home',
  futureTransfers: 0,
  transferReason: null,
  reservationElsewhere: false,
  terms: { balance: 9, homeWard: 0, futureTransfer: 0, reservation: 0 },
  total: 9,
  ...extra,
});

describe('explainProposal', () => {
  it('rounds to whole percentages and says "保持" when the rounded figures agree', () => {
    expect(percent(0.1818)).toBe('18%');
    expect(percent(0.095)).toBe('10%');
    const same = explainProposal({
      ward: WARD_B,
      bedCode: '8',
      score: score({ spreadBefore: 0.091, spreadAfter: 0.089 }),
      homeWard: WARD_B,
      homeWardCode: 'B',
    });
    expect(same).toEqual({
      'zh-CN': '胸外二病区 8 床：同组病区，入住后预计各病区占用率差保持 9%',
      'en-US': 'Thoracic Ward 2 bed 8: home ward; predicted spread of ward occupancy stays at 9%',
    });
  });

  it('names a home ward outside the department by its code, and lists every reason in order', () => {
    const words = explainProposal({
      ward: WARD_A,
      bedCode: '12',
      score: score({
        homeWard: 'other',
        transferReason: 'monitored-step-down',
        futureTransfers: 1,
        reservationElsewhere: true,
      }),
      homeWard: null,
      homeWardCode: 'ICU',
    });
    expect(words).toEqual({
      'zh-CN':
        '胸外一病区 12 床：非同组病区（同组：ICU），入住后预计各病区占用率差由 18% 降至 9%，监护期结束后需转至普通床位，未使用本人预留床位',
      'en-US':
        'Thoracic Ward 1 bed 12: not the home ward (ICU); predicted spread of ward occupancy falls from 18% to 9%; a transfer to a regular bed when monitoring ends; not the bed reserved for the patient',
    });
  });

  it('leaves the balance out when the stay lies outside the horizon and no home ward is set', () => {
    const words = explainProposal({
      ward: WARD_A,
      bedCode: '1',
      score: score({ stayDays: 0, homeWard: 'none' }),
      homeWard: null,
      homeWardCode: null,
    });
    expect(words).toEqual({ 'zh-CN': '胸外一病区 1 床', 'en-US': 'Thoracic Ward 1 bed 1' });
  });
});

describe('violations and no-bed words', () => {
  const every: ViolationFacts[] = [
    { kind: 'unknown-bed', bedId: 'X' },
    {
      kind: 'outside-horizon',
      admissionDate: '2026-04-01',
      horizon: { from: '2026-03-02', to: '2026-03-15' },
    },
    { kind: 'bed-closed', reopens: '2026-03-05' },
    { kind: 'bed-occupied', freeFrom: null },
    { kind: 'bed-reserved', reservedFor: 'P9', until: '2026-03-03' },
    { kind: 'double-booking', otherPatientId: 'P2', from: '2026-03-02', to: '2026-03-05' },
    { kind: 'room-sex', roomSex: 'female', patientSex: 'male' },
    { kind: 'occupant-sex', occupantSex: 'female', patientSex: 'male' },
    { kind: 'isolation' },
    { kind: 'monitored' },
    { kind: 'staffing-limit', ward: 'A', limit: 20, date: '2026-03-04', predicted: 21 },
  ];

  it('every constraint kind has a label and a message in both languages, with its facts filled in', () => {
    expect(new Set(every.map((v) => v.kind))).toEqual(new Set(VIOLATION_ORDER));
    for (const facts of every) {
      const v = violation(facts);
      expect(v.kind).toBe(facts.kind);
      expect(v.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(v.message['en-US']).toMatch(/^[\x20-\x7e–]+$/);
      expect(`${v.message['zh-CN']} ${v.message['en-US']}`).not.toMatch(/undefined|null|NaN/);
      expect(VIOLATION_LABELS[facts.kind]['zh-CN'].length).toBeGreaterThan(0);
    }
    expect(violation(every[6]!).message['zh-CN']).toBe('女病房，不收男患者');
    expect(violation(every[7]!).message['en-US']).toBe('roommates are all female, the patient is male');
    expect(violation(every[2]!).message['zh-CN']).toBe('床位关闭，2026-03-05 重新开放');
    expect(violation(every[5]!).message['zh-CN']).toBe(
      '床位已分配给患者 P2（2026-03-02 至 2026-03-05），住院期重叠',
    );
  });

  it('no-bed counts follow the constraint order whatever the order of the counts', () => {
    const words = explainNoBed({ monitored: 4, 'bed-occupied': 10, 'staffing-limit': 2 }, 12);
    expect(words).toEqual({
      'zh-CN': '无可用床位（共检查 12 床）：床位届时未空出 10 床，非监护床位 4 床，超出护理人力上限 2 床',
      'en-US':
        'no bed available (12 beds checked): bed not free in time: 10; not a monitored bed: 4; over the nurse-staffing limit: 2',
    });
  });
});
