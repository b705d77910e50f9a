import { Hl7Message } from '@medplum/core';
import { describe, expect, it } from 'vitest';
import { type AdtEvent, readAdt } from './adt';
import { adtMessage, ID_CARD, segment } from './adt-fixture';

const event = (text: string | Hl7Message): AdtEvent => {
  const r = readAdt(text);
  if (!r.ok) throw new Error(`${r.code} ${r.segment}-${r.field}: ${r.reason}`);
  return r.event;
};

describe('ADT^A01 admit', () => {
  it('reads a 卫宁-style admission: header, times, patient and the ward^room^bed location', () => {
    const e = event(adtMessage('A01'));
    expect(e.trigger).toBe('A01');
    expect(e.kind).toBe('admit');
    expect(e.controlId).toBe('WN20260315A010001');
    expect(e.sender).toEqual({ application: 'WINNING', facility: 'HIS01' });
    expect(e.version).toBe('2.4');
    // No offset: Asia/Shanghai, UTC+8.
    expect(e.messageTime?.at.toISOString()).toBe('2026-03-15T00:30:12.000Z');
    expect(e.recordedAt.at.toISOString()).toBe('2026-03-15T00:30:12.000Z');
    expect(e.recordedAt.raw).toBe('20260315083012');
    // EVN-6 (event occurred) is kept apart from EVN-2 (recorded).
    expect(e.occurredAt.at.toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(e.patient).toEqual({
      mrn: '0012345678',
      identifiers: [
        { id: '0012345678', type: 'MR', authority: 'WINNING' },
        { id: ID_CARD, type: 'NNCHN', authority: null },
      ],
      name: { full: '张三', family: '张', given: '三' },
      sex: 'male',
      birthDate: '1965-03-12',
      phone: '13800138000',
      idCard: ID_CARD,
    });
    if (e.kind !== 'admit') throw new Error('not an admission');
    expect(e.visit.visitNumber).toBe('ZY20260315001');
    expect(e.visit.patientClass).toEqual({ code: 'I', kind: 'inpatient' });
    expect(e.visit.location).toEqual({
      ward: 'XW2',
      room: '0805',
      bed: '08',
      facility: null,
      description: '胸外二病区',
    });
    expect(e.visit.priorLocation).toBeNull();
    expect(e.visit.attending).toEqual({ id: '0456', name: '李四' });
    // 07:55 local on the 15th is the 14th in UTC.
    expect(e.visit.admittedAt?.at.toISOString()).toBe('2026-03-14T23:55:00.000Z');
    expect(e.visit.dischargedAt).toBeNull();
    expect(e.visit.disposition).toBeNull();
    expect(e.warnings).toEqual([]);
  });

  it('reads a 东华-style admission: one-component name, ID card first in PID-3, PI number, +0800, no EVN-6', () => {
    const e = event(
      adtMessage('A01', {
        msh: { 3: 'DHC^2.16.840.1.113883.4.1^ISO', 7: '20260316101500+0800', 18: null },
        evn: { 2: '20260316101500+0800', 6: null },
        pid: {
          3: `${ID_CARD}^^^^NNCHN~H0098765^^^DHC^PI`,
          5: '张三',
          7: '',
          8: 'U',
          19: null,
        },
        pv1: { 3: 'XW1^0312^02', 7: '0777^王五', 44: '20260316100000+0800' },
      }),
    );
    expect(e.sender.application).toBe('DHC^2.16.840.1.113883.4.1^ISO');
    expect(e.patient.mrn).toBe('H0098765');
    expect(e.patient.name).toEqual({ full: '张三', family: null, given: null });
    expect(e.patient.birthDate).toBeNull();
    expect(e.patient.sex).toBeNull();
    expect(e.patient.idCard).toBe(ID_CARD);
    expect(e.recordedAt.zone).toBe('explicit');
    expect(e.occurredAt.at.toISOString()).toBe('2026-03-16T02:15:00.000Z');
    if (e.kind !== 'admit') throw new Error('not an admission');
    expect(e.visit.location).toEqual({
      ward: 'XW1',
      room: '0312',
      bed: '02',
      facility: null,
      description: null,
    });
    expect(e.visit.attending).toEqual({ id: '0777', name: '王五' });
    expect(e.visit.admittedAt?.at.toISOString()).toBe('2026-03-16T02:00:00.000Z');
  });

  it('reads a 创业-style admission: no EVN, v2.5 XTN-12 phone, untyped PID-3, legal name among aliases', () => {
    const e = event(
      adtMessage('A01', {
        msh: { 3: 'CHIS', 12: '2.5' },
        evn: null,
        pid: {
          3: '000456789~320502197809210034^^^^ID',
          5: 'ZHANG^XIAOHONG^^^^^A~张^小红^^^^^L',
          7: '1978-09-21',
          8: 'F',
          13: '^PRN^CP^^^^^^^^^139 1234 5678',
          19: null,
        },
        pv1: { 2: 'E', 3: 'XW2^0806^+1' },
      }),
    );
    // Without EVN, MSH-7 is both the recorded and the occurred time.
    expect(e.recordedAt.at.toISOString()).toBe('2026-03-15T00:30:12.000Z');
    expect(e.occurredAt.at.toISOString()).toBe('2026-03-15T00:30:12.000Z');
    expect(e.patient.mrn).toBe('000456789');
    expect(e.patient.idCard).toBe('320502197809210034');
    expect(e.patient.name).toEqual({ full: '张小红', family: '张', given: '小红' });
    expect(e.patient.birthDate).toBe('1978-09-21');
    expect(e.patient.sex).toBe('female');
    expect(e.patient.phone).toBe('13912345678');
    if (e.kind !== 'admit') throw new Error('not an admission');
    expect(e.visit.patientClass).toEqual({ code: 'E', kind: 'emergency' });
    expect(e.visit.location.bed).toBe('+1');
  });

  it('prefers MR over PI over an untyped identifier, whatever their order', () => {
    const pid3 = (v: string) => event(adtMessage('A01', { pid: { 3: v } })).patient.mrn;
    expect(pid3('A1^^^H^PI~B2^^^H^MR')).toBe('B2');
    expect(pid3('C3~A1^^^H^PI')).toBe('A1');
    expect(pid3(`${ID_CARD}^^^^NNCHN~C3~D4`)).toBe('C3');
    expect(pid3('P12345^^^^PPN~C3')).toBe('C3');
  });

  it('reads GB/T 2261.1 sex codes and Chinese characters', () => {
    const sex = (v: string) => event(adtMessage('A01', { pid: { 8: v } })).patient.sex;
    expect([
      sex('1'),
      sex('2'),
      sex('0'),
      sex('9'),
      sex('男'),
      sex('女'),
      sex('f'),
      sex('O'),
      sex(''),
    ]).toEqual(['male', 'female', null, null, 'male', 'female', 'female', null, null]);
  });

  it('keeps Chinese names, compound surnames, escapes and Latin names as sent', () => {
    const name = (v: string) => event(adtMessage('A01', { pid: { 5: v } })).patient.name;
    expect(name('欧阳^娜娜').full).toBe('欧阳娜娜');
    expect(name('阿依古丽·买买提')).toEqual({ full: '阿依古丽·买买提', family: null, given: null });
    expect(name('刘䶮')).toEqual({ full: '刘䶮', family: null, given: null });
    expect(name('SMITH^JOHN')).toEqual({ full: 'SMITH JOHN', family: 'SMITH', given: 'JOHN' });
    expect(name("O'NEIL\\T\\CO^ANN").full).toBe("O'NEIL&CO ANN");
    const desc = event(adtMessage('A01', { pv1: { 3: 'XW2^0805^08^^^^^^胸外\\T\\心外' } }));
    if (desc.kind !== 'admit') throw new Error('not an admission');
    expect(desc.visit.location.description).toBe('胸外&心外');
  });

  it('accepts a parsed Hl7Message, LF or CRLF separators and a byte-order mark', () => {
    const text = adtMessage('A01');
    expect(event(Hl7Message.parse(text)).patient.mrn).toBe('0012345678');
    expect(event(text.replace(/\r/g, '\n')).patient.name.full).toBe('张三');
    expect(event(`\uFEFF${text.replace(/\r/g, '\r\n')}\r\n`).controlId).toBe('WN20260315A010001');
  });

  it('reads MSH-9 without the structure, and takes the event from EVN-1 when MSH-9.2 is empty', () => {
    expect(event(adtMessage('A01', { msh: { 9: 'ADT^A01' } })).trigger).toBe('A01');
    expect(event(adtMessage('A02', { msh: { 9: 'ADT' } })).trigger).toBe('A02');
  });

  it('reads timestamps in another configured site zone', () => {
    const r = readAdt(adtMessage('A01'), { siteZone: 'Asia/Urumqi' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.event.recordedAt.at.toISOString()).toBe('2026-03-15T02:30:12.000Z');
  });
});

describe('ADT^A02 transfer and A12 cancel transfer', () => {
  it('reads the new bed in PV1-3 and the bed left in PV1-6', () => {
    const e = event(
      adtMessage('A02', {
        evn: { 2: '20260318143005', 6: '20260318140000' },
        pv1: { 3: 'XW3^1203^05^^^^^^胸外三病区', 6: 'XW2^0805^08^^^^^^胸外二病区' },
      }),
    );
    if (e.kind !== 'transfer') throw new Error('not a transfer');
    expect(e.visit.visitNumber).toBe('ZY20260315001');
    expect(e.visit.location).toMatchObject({ ward: 'XW3', room: '1203', bed: '05' });
    expect(e.visit.priorLocation).toEqual({
      ward: 'XW2',
      room: '0805',
      bed: '08',
      facility: null,
      description: '胸外二病区',
    });
    expect(e.occurredAt.at.toISOString()).toBe('2026-03-18T06:00:00.000Z');
    expect(e.recordedAt.at.toISOString()).toBe('2026-03-18T06:30:05.000Z');
  });

  it('reads a transfer without PV1-6 as a null prior location', () => {
    const e = event(adtMessage('A02', { pv1: { 3: 'XW3^1203^05' } }));
    if (e.kind !== 'transfer') throw new Error('not a transfer');
    expect(e.visit.priorLocation).toBeNull();
  });

  it('reads A12: PV1-3 is where the patient returns, PV1-6 the transfer being cancelled', () => {
    const e = event(adtMessage('A12', { pv1: { 3: 'XW2^0805^08', 6: 'XW3^1203^05' } }));
    expect(e.kind).toBe('cancel_transfer');
    expect(e.visit?.location).toMatchObject({ ward: 'XW2', bed: '08' });
    expect(e.visit?.priorLocation).toMatchObject({ ward: 'XW3', bed: '05' });
    expect(e.visit?.visitNumber).toBe('ZY20260315001');
  });
});

describe('ADT^A03 discharge and its disposition', () => {
  const discharge = (pv1: Record<number, string | null>, opts = {}) => {
    const r = readAdt(adtMessage('A03', { pv1: { 45: '20260322100000', ...pv1 } }), opts);
    if (!r.ok || r.event.kind !== 'discharge') throw new Error('not a discharge');
    return r.event;
  };

  it('reads PV1-45 and a front-page disposition code', () => {
    const e = discharge({ 36: '1' });
    expect(e.visit.dischargedAt?.at.toISOString()).toBe('2026-03-22T02:00:00.000Z');
    expect(e.visit.admittedAt?.at.toISOString()).toBe('2026-03-14T23:55:00.000Z');
    expect(e.visit.disposition).toEqual({ code: '1', kind: 'home' });
    expect(e.warnings).toEqual([]);
  });

  it('maps HL7 table 0112 and 病案首页 离院方式 codes', () => {
    const kind = (code: string) => discharge({ 36: code }).visit.disposition?.kind;
    expect(['01', '06', '08', '1'].map(kind)).toEqual(['home', 'home', 'home', 'home']);
    expect(['02', '05', '2', '3'].map(kind)).toEqual([
      'other_hospital',
      'other_hospital',
      'other_hospital',
      'other_hospital',
    ]);
    expect(['20', '40', '41', '42', '5'].map(kind)).toEqual(['death', 'death', 'death', 'death', 'death']);
    expect(['03', '04', '07', '09', '30', '4', '9'].map(kind)).toEqual(Array(7).fill('other'));
  });

  it('reads the disposition from its text when the code is not one of the tables', () => {
    expect(discharge({ 36: '^死亡' }).visit.disposition).toEqual({ code: '死亡', kind: 'death' });
    expect(discharge({ 36: '医嘱转院' }).visit.disposition).toEqual({
      code: '医嘱转院',
      kind: 'other_hospital',
    });
    expect(discharge({ 36: '5^死亡' }).visit.disposition).toEqual({ code: '5', kind: 'death' });
  });

  it('reads an unknown code as other, with a warning, and leaves an empty one null', () => {
    const e = discharge({ 36: 'X9' });
    expect(e.visit.disposition).toEqual({ code: 'X9', kind: 'other' });
    expect(e.warnings).toEqual([{ segment: 'PV1', field: 36, reason: expect.stringContaining('X9') }]);
    expect(discharge({ 36: null }).visit.disposition).toBeNull();
  });

  it("uses a channel's own table before the standard ones", () => {
    const opts = { dispositions: { '05': 'death' as const, '7': 'other_hospital' as const } };
    expect(discharge({ 36: '05' }, opts).visit.disposition?.kind).toBe('death');
    expect(discharge({ 36: '7' }, opts).visit.disposition?.kind).toBe('other_hospital');
    expect(discharge({ 36: '1' }, opts).visit.disposition?.kind).toBe('home');
  });

  it('accepts a discharge without PV1-3 or PV1-45 (the event time then stands)', () => {
    const e = discharge({ 3: null, 45: null });
    expect(e.visit.location).toBeNull();
    expect(e.visit.dischargedAt).toBeNull();
    expect(e.occurredAt.at.toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });
});

describe('ADT^A08 update and the cancellations A11, A13', () => {
  it('reads an A08 without PV1 as a patient-only update', () => {
    const e = event(adtMessage('A08', { pid: { 5: '张^叁', 13: '13700137000' }, pv1: null }));
    expect(e.kind).toBe('update');
    expect(e.visit).toBeNull();
    expect(e.patient.name.full).toBe('张叁');
    expect(e.patient.phone).toBe('13700137000');
  });

  it('reads an A08 with a PV1 that has no visit number', () => {
    const e = event(adtMessage('A08', { pv1: { 19: null, 7: '0999^赵^六' } }));
    expect(e.visit?.visitNumber).toBeNull();
    expect(e.visit?.attending).toEqual({ id: '0999', name: '赵六' });
  });

  it('reads A11 cancel admit and A13 cancel discharge by visit number', () => {
    const a11 = event(adtMessage('A11', { pv1: { 3: null } }));
    expect([a11.trigger, a11.kind, a11.visit?.visitNumber]).toEqual(['A11', 'cancel_admit', 'ZY20260315001']);
    const a13 = event(adtMessage('A13', { pv1: { 3: 'XW2^0805^08' } }));
    expect([a13.trigger, a13.kind, a13.visit?.location?.bed]).toEqual(['A13', 'cancel_discharge', '08']);
  });

  it('builds messages whose segments are numbered as HL7 counts them', () => {
    expect(segment('PV1', { 3: 'W^1^2', 5: 'x' })).toBe('PV1|||W^1^2||x');
    expect(segment('MSH', { 3: 'A', 5: 'B' })).toBe('MSH|^~\\&|A||B');
  });
});
