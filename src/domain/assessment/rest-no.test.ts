import { describe, expect, it } from 'vitest';
import { restNoAnswers, shortcutFields } from './rest-no';
import type { VisitData } from './visit';
import { VISIT_SECTIONS } from './visit-form';

const section = (key: string) => VISIT_SECTIONS.find((s) => s.key === key)!;

describe('"其余均否" (rest: no)', () => {
  it('answers every unanswered yes/no "no" and every unanswered choice with a none option "none", never the tumour', () => {
    const data: VisitData = {
      history: { ischemicHeartDisease: true, diabetes: 'oral', hypertension: false },
    };
    const answers = restNoAnswers(data, section('history'));
    const paths = answers.map((a) => a.path);
    expect(paths).not.toContain('history.ischemicHeartDisease');
    expect(paths).not.toContain('history.diabetes');
    expect(paths).not.toContain('history.hypertension');
    expect(answers).toContainEqual({ path: 'history.myocardialInfarction', value: false });
    expect(answers).toContainEqual({ path: 'history.liverDisease', value: 'none' });
    expect(answers.map((a) => a.path)).not.toContain('history.solidTumor');
    expect(answers).toHaveLength(section('history').fields.length - 4); // three answered, the tumour left
  });

  it('leaves measurements, actions and findings of an examination alone', () => {
    const all = VISIT_SECTIONS.flatMap(shortcutFields).map((f) => f.path);
    for (const path of [
      'vitals.spo2OnRoomAir',
      'fasting.instructed',
      'plan.postoperativeOpioids',
      'ecg.pathologicalQWaves',
      'chestImaging.vascularRedistribution',
    ])
      expect(all).not.toContain(path);
    expect(shortcutFields(section('aux'))).toEqual([]);
    expect(all).toContain('teeth.looseTeeth');
    expect(all).toContain('teeth.dentures');
  });

  it('does not say "no allergies" over allergies already listed', () => {
    const listed: VisitData = { allergies: { items: [{ kind: 'drug', substance: '青霉素' }] } };
    expect(restNoAnswers(listed, section('allergies'))).toEqual([]);
    expect(restNoAnswers({}, section('allergies'))).toEqual([{ path: 'allergies.known', value: false }]);
  });

  it('has nothing left to answer once a section is answered', () => {
    const vte = section('vte');
    const data = Object.fromEntries(restNoAnswers({}, vte).map((a) => [a.path.split('.')[1], a.value]));
    expect(restNoAnswers({ vte: data }, vte)).toEqual([]);
  });
});
