import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  type ChecklistAnswer,
  drugTotals,
  eventDef,
  fluidBalance,
  phaseComplete,
} from './record-vocabulary';

describe('the anesthesia record vocabulary', () => {
  it('maps events onto the case state machine and the checklist phase they need', () => {
    expect(eventDef('anesthesia_start')).toMatchObject({ transition: 'anesthesia_start', needs: 'sign_in' });
    expect(eventDef('incision')).toMatchObject({ transition: 'surgery_start', needs: 'time_out' });
    expect(eventDef('intubation')?.transition).toBeUndefined();
    expect(eventDef('ae_cardiac_arrest')?.label['zh-CN']).toBe('心搏骤停');
    expect(eventDef('nonsense')).toBeUndefined();
  });

  it('counts a checklist phase complete only when every item is answered', () => {
    const answers = new Map<string, ChecklistAnswer>(
      CHECKLIST.sign_in.items.map((i) => [`sign_in.${i.code}`, 'yes']),
    );
    expect(phaseComplete('sign_in', answers)).toBe(true);
    answers.delete('sign_in.allergy');
    expect(phaseComplete('sign_in', answers)).toBe(false);
    answers.set('sign_in.allergy', 'na');
    expect(phaseComplete('sign_in', answers)).toBe(true);
  });

  it('totals boluses and infusion segments, a running infusion up to now', () => {
    const h = 3_600_000;
    const totals = drugTotals(
      [
        { drug: 'propofol', kind: 'bolus', dose: 100, rate: null, startAt: 0, endAt: null },
        { drug: 'propofol', kind: 'infusion', dose: null, rate: 300, startAt: 0, endAt: h / 2 },
        { drug: 'propofol', kind: 'infusion', dose: null, rate: 200, startAt: h / 2, endAt: null },
        { drug: 'sufentanil', kind: 'bolus', dose: 20, rate: null, startAt: 0, endAt: null },
      ],
      h,
    );
    expect(totals.get('propofol')).toBe(100 + 150 + 100);
    expect(totals.get('sufentanil')).toBe(20);
  });

  it('keeps a running fluid balance', () => {
    expect(
      fluidBalance([
        { direction: 'in', volumeMl: 1000 },
        { direction: 'in', volumeMl: 500 },
        { direction: 'out', volumeMl: 300 },
      ]),
    ).toEqual({ inMl: 1500, outMl: 300, balanceMl: 1200 });
  });
});
