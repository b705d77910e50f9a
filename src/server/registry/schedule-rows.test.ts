import { describe, expect, it } from 'vitest';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import { dateLabel, type EntrySources, filterText, scheduleDay } from './schedule-rows';

const row = (over: Partial<CaseWithPatient>): CaseWithPatient =>
  ({
    id: 'c1',
    patientId: 'p1',
    orRoom: 'OR-01',
    scheduledStart: new Date('2026-11-22T00:30:00Z'),
    inRoomAt: null,
    outOfRoomAt: null,
    urgency: 'elective',
    patientName: '张三',
    patientMrn: 'ZY1',
    patientSex: 'male',
    patientBirthDate: '1960-11-23',
    diagnosisText: '肺癌',
    procedureText: '肺叶切除术',
    grade: 3,
    approach: 'vats',
    surgeon: '李外科',
    assistants: ['甲', '乙'],
    anesthesiologists: ['王麻醉'],
    plannedAnesthesia: 'general_tube',
    status: 'scheduled',
    cancelReason: null,
    ...over,
  }) as CaseWithPatient;

const src = (over: Partial<EntrySources> = {}): EntrySources => ({
  places: new Map([['c1', { wardName: '胸外一病区', bedCode: '12' }]]),
  risk: new Map([['c2', { flags: ['ariscat.high'], signed: true }]]),
  rooms: [
    { code: 'OR-02', name: '第2手术间' },
    { code: 'OR-01', name: '第1手术间' },
  ],
  identified: true,
  timeZone: 'Asia/Shanghai',
  locale: 'zh-CN',
  ...over,
});

describe('scheduleDay', () => {
  const rows = [
    row({}),
    row({ id: 'c2', orRoom: 'OR-02', scheduledStart: new Date('2026-11-22T03:00:00Z') }),
    row({
      id: 'c3',
      orRoom: 'OR-02',
      scheduledStart: new Date('2026-11-22T01:00:00Z'),
      status: 'cancelled',
      cancelReasonCode: 'patient_condition',
      cancelReason: '患者发热',
    }),
    row({ id: 'c4', orRoom: 'OR-99' }),
  ];

  it('groups by room in the department order, unknown rooms last, cases by start', () => {
    const day = scheduleDay(rows, '2026-11-22', {}, src());
    expect(day.rooms.map((r) => [r.roomName, r.entries.map((e) => e.caseId)])).toEqual([
      ['第2手术间', ['c3', 'c2']],
      ['第1手术间', ['c1']],
      ['OR-99', ['c4']],
    ]);
    expect(day.count).toBe(4);
    expect(day.filterText).toBeNull();
  });

  it('gives every value as a label, in site time, the age on the day', () => {
    const [entry] = scheduleDay([row({})], '2026-11-22', {}, src()).rooms[0]!.entries;
    expect(entry).toMatchObject({
      scheduled: '08:30',
      age: '65岁',
      ageYears: 65,
      sex: '男',
      ward: '胸外一病区',
      bedLabel: '12床',
      grade: '三级',
      approach: '胸腔镜(VATS)',
      method: '气管插管全身麻醉',
      status: '已排程',
      assistants: '甲、乙',
      urgency: '择期',
      notes: '',
    });
  });

  it('notes the cancellation reason and the high-risk flags', () => {
    const day = scheduleDay(rows, '2026-11-22', {}, src());
    const [cancelled, risky] = day.rooms[0]!.entries;
    expect(cancelled).toMatchObject({
      cancelled: true,
      status: '已取消',
      notes: '取消：患者病情变化（患者发热）',
    });
    expect(risky!.notes).toBe('高危：ARISCAT 高危');
    expect(risky!.visitSigned).toBe(true);
  });

  it('masks the patient for a user who may not see patients', () => {
    const [entry] = scheduleDay([row({})], '2026-11-22', {}, src({ identified: false })).rooms[0]!.entries;
    expect(entry).toMatchObject({ name: '张*', mrn: '', age: '', ageYears: null });
  });

  it('speaks English to an English reader', () => {
    const day = scheduleDay([row({})], '2026-11-22', { status: 'scheduled' }, src({ locale: 'en-US' }));
    expect(day.rooms[0]!.entries[0]).toMatchObject({
      sex: 'Male',
      age: '65 y',
      bedLabel: 'bed 12',
      status: 'Scheduled',
    });
    expect(day.dateLabel).toBe('2026-11-22 Sunday');
    expect(day.filterText).toBe('status Scheduled');
  });
});

describe('filterText', () => {
  it('names each filter, the room by its name', () => {
    const text = filterText(
      { q: ' zs ', room: 'OR-01', surgeon: '李外科', anesthesiologist: '王麻醉' },
      'zh-CN',
      () => '第1手术间',
    );
    expect(text).toBe('检索“zs”、手术间 第1手术间、主刀 李外科、麻醉 王麻醉');
  });

  it('dates with the weekday', () => {
    expect(dateLabel('2026-11-22', 'zh-CN')).toBe('2026-11-22 星期日');
  });
});
