import { describe, expect, it } from 'vitest';
import { changedFields, endsBeforeStart, gatePassed, movedCase } from './record-corrections';

describe('correcting the anesthesia record', () => {
  it('finds the fields a correction changes, times by their instant', () => {
    const before = { dose: 1200, startAt: new Date(1000), text: null as string | null };
    expect(changedFields(before, { dose: 120 })).toEqual(['dose']);
    expect(changedFields(before, { dose: 1200, startAt: new Date(1000) })).toEqual([]);
    expect(changedFields(before, { startAt: new Date(2000), text: undefined })).toEqual(['startAt']);
    expect(changedFields(before, { text: '' })).toEqual(['text']);
  });

  it('corrects an event that moved the case rather than voiding it', () => {
    expect(movedCase('incision')).toBe('surgery_start');
    expect(movedCase('out_of_room')).toBe('out_of_room');
    expect(movedCase('intubation')).toBeNull();
    expect(movedCase('ae_other')).toBeNull();
  });

  it('keeps a checklist phase’s answers once the case went through its gate', () => {
    expect(gatePassed('time_out', { anesthesia_start: 1 })).toBeNull();
    expect(gatePassed('time_out', { surgery_start: 1 })).toBe('surgery_start');
    expect(gatePassed('sign_in', { anesthesia_start: 1 })).toBe('anesthesia_start');
    expect(gatePassed('sign_out', { out_of_room: null })).toBeNull();
  });

  it('refuses an infusion that ends before it starts', () => {
    expect(endsBeforeStart(10, 9)).toBe(true);
    expect(endsBeforeStart(10, 10)).toBe(false);
    expect(endsBeforeStart(10, null)).toBe(false);
  });
});
