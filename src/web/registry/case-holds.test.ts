import { describe, expect, it } from 'vitest';
import { translator } from '../shared/i18n';
import { holdsOf, holdText } from './case-holds';

const occupant = { caseId: 'c2', room: 'OR-08', patientName: '李四', procedureText: '胸腔镜肺叶切除术' };

describe('holdsOf', () => {
  it('holds a transition whose checklist phase is incomplete, not one whose phase is complete', () => {
    const c = {
      gates: [
        { to: 'surgery_start' as const, checklist: 'time_out' as const, complete: false },
        { to: 'anesthesia_start' as const, checklist: 'sign_in' as const, complete: true },
      ],
      roomOccupant: null,
    };
    expect(holdsOf(c, 'surgery_start')).toEqual([{ kind: 'checklist', checklist: 'time_out' }]);
    expect(holdsOf(c, 'anesthesia_start')).toEqual([]);
    expect(holdsOf(c, 'cancelled')).toEqual([]);
  });
  it('holds 入室 while another case is in the room, and nothing else for it', () => {
    const c = { gates: [], roomOccupant: occupant };
    expect(holdsOf(c, 'in_room')).toEqual([{ kind: 'room_occupied', occupant }]);
    expect(holdsOf(c, 'cancelled')).toEqual([]);
  });
});

describe('holdText', () => {
  it('says which check is missing, or who is in the room', () => {
    const zh = translator('zh-CN');
    expect(holdText({ kind: 'checklist', checklist: 'time_out' }, zh, 'zh-CN')).toBe(
      '手术开始前核查尚未完成',
    );
    expect(holdText({ kind: 'room_occupied', occupant }, zh, 'zh-CN')).toBe(
      'OR-08 中患者 李四（手术：胸腔镜肺叶切除术）尚未出室',
    );
    expect(holdText({ kind: 'checklist', checklist: 'sign_out' }, translator('en-US'), 'en-US')).toMatch(
      /is not complete$/,
    );
  });
});
