// The sections of the 麻醉前访视单 beside the scores' history: 过敏史, 既往手术麻醉史, 用药, 牙齿,
// 辅助检查 (structured results) and 禁食禁饮.
import {
  date,
  dateTime,
  type FieldDef,
  grouped,
  number,
  type Section,
  select,
  text,
  yes,
} from './form-fields';
import { CHEST_MODALITIES, DENTURES, ECG_RHYTHMS } from './visit-preop';

export const ALLERGIES_SECTION: Section = {
  key: 'allergies',
  title: 'visit.s.allergies',
  fields: [yes('allergies.known', 'visit.f.allergiesKnown')],
  list: { kind: 'allergies', path: 'allergies.items', flag: 'allergies.known' },
};

export const ANESTHESIA_HISTORY_SECTION: Section = {
  key: 'anesthesiaHistory',
  title: 'visit.s.anesthesiaHistory',
  fields: [
    yes('anesthesiaHistory.previous', 'visit.f.previousAnesthesia'),
    yes('anesthesiaHistory.difficultAirway', 'visit.f.difficultAirwayHistory'),
    yes('anesthesiaHistory.familyAnesthesiaProblems', 'visit.f.familyAnesthesiaProblems'),
  ],
  list: { kind: 'anesthetics', path: 'anesthesiaHistory.items', flag: 'anesthesiaHistory.previous' },
};

export const MEDICATIONS_SECTION: Section = {
  key: 'medications',
  title: 'visit.s.medications',
  fields: [],
  list: { kind: 'medications', path: 'medications' },
};

export const TEETH_FIELDS: FieldDef[] = grouped('visit.g.teeth', [
  select('teeth.dentures', 'visit.f.dentures', DENTURES),
  yes('teeth.looseTeeth', 'visit.f.looseTeeth'),
  text('teeth.looseTeethWhich', 'visit.f.looseTeethWhich', 100, {
    when: { path: 'teeth.looseTeeth', is: true },
  }),
  yes('teeth.crownsOrBridges', 'visit.f.crownsOrBridges'),
]);

// A finding of an examination is not answered by "其余均否": "no Q waves" says an ECG was read.
const finding = { noShortcut: true } as const;

export const AUX_SECTION: Section = {
  key: 'aux',
  title: 'visit.s.aux',
  fields: [
    ...grouped('visit.g.ecg', [
      select('ecg.rhythm', 'visit.f.ecgRhythm', ECG_RHYTHMS),
      yes('ecg.pathologicalQWaves', 'visit.f.ecgQWaves', finding),
      date('ecg.date', 'visit.f.ecgDate'),
      text('ecg.findings', 'visit.f.ecgFindings', 200),
    ]),
    ...grouped('visit.g.chestImaging', [
      select('chestImaging.modality', 'visit.f.chestModality', CHEST_MODALITIES),
      yes('chestImaging.vascularRedistribution', 'visit.f.chestRedistribution', {
        ...finding,
        when: { path: 'chestImaging.modality', is: 'xray' },
      }),
      date('chestImaging.date', 'visit.f.chestDate'),
      text('chestImaging.findings', 'visit.f.chestFindings', 200),
    ]),
    ...grouped('visit.g.pft', [
      number('pft.fev1PctPredicted', 'visit.f.fev1PctPredicted', 5, 200, '%pred'),
      number('pft.fvcPctPredicted', 'visit.f.fvcPctPredicted', 5, 200, '%pred'),
      number('pft.fev1FvcRatio', 'visit.f.fev1FvcRatio', 10, 100, '%'),
      number('pft.dlcoPctPredicted', 'visit.f.dlcoPctPredicted', 5, 200, '%pred'),
      date('pft.date', 'visit.f.pftDate'),
    ]),
    ...grouped('visit.g.bloodGas', [
      number('bloodGas.ph', 'visit.f.ph', 6.5, 8, '', 0.01),
      number('bloodGas.pao2', 'visit.f.pao2', 20, 700, 'mmHg'),
      number('bloodGas.paco2', 'visit.f.paco2', 5, 200, 'mmHg'),
      number('bloodGas.fio2Percent', 'visit.f.fio2Percent', 21, 100, '%'),
      date('bloodGas.date', 'visit.f.bloodGasDate'),
    ]),
    ...grouped('visit.g.echo', [
      number('echo.efPercent', 'visit.f.efPercent', 5, 90, '%'),
      date('echo.date', 'visit.f.echoDate'),
      text('echo.findings', 'visit.f.echoFindings', 200),
    ]),
  ],
};

export const FASTING_SECTION: Section = {
  key: 'fasting',
  title: 'visit.s.fasting',
  fields: [
    yes('fasting.instructed', 'visit.f.fastingInstructed', { noShortcut: true }),
    dateTime('fasting.lastSolidAt', 'visit.f.lastSolidAt'),
    dateTime('fasting.lastClearFluidAt', 'visit.f.lastClearFluidAt'),
  ],
};
