// The printed visit takes every word from the domain's messages: no message key is left unresolved,
// the English document carries no Chinese beyond the patient's own data, and a full thoracic visit
// prints on two A4 pages (kept as PNG under test-results/visit-pdf/ for a person to look at).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessVisit,
  CAPRINI_VTE_ITEMS,
  type VisitContext,
  type VisitData,
} from '../../domain/assessment/visit';
import { renderPdf } from '../platform/pdf';
import { type VisitDocumentInput, visitDocument } from './visit.pdf';

const context: VisitContext = {
  age: 68,
  sex: 'male',
  approach: 'vats',
  urgency: 'elective',
  diagnosisCode: 'C15.400',
};
const data: VisitData = {
  visitAt: '2026-11-22T01:00:00Z',
  heightCm: 170,
  weightKg: 52,
  smoking: 'current',
  history: { ischemicHeartDisease: true, diabetes: 'insulin', ponvHistory: false },
  vte: Object.fromEntries(CAPRINI_VTE_ITEMS.map((k) => [k, false])),
  airway: { mallampatiClass: 3 },
  labs: { creatinine: 180 },
  medications: [{ name: 'Warfarin', kind: 'anticoagulant', lastDoseAt: '2026-11-20T00:00:00Z' }],
  cfsLevel: 5,
  asaClass: 3,
  asaEmergency: false,
  plan: { anesthesiaMethod: 'general_tube', surgicalSite: 'intrathoracic', postopDestination: 'icu' },
};

// A full visit for an esophagectomy: every section answered, as the e2e test fills it.
const no = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, false]));
const thoracic: VisitData = {
  ...data,
  mets: 4,
  allergies: {
    known: true,
    items: [
      { kind: 'drug', substance: '青霉素', reaction: '皮疹、呼吸困难' },
      { kind: 'food', substance: '海鲜', reaction: '荨麻疹' },
    ],
  },
  anesthesiaHistory: {
    previous: true,
    difficultAirway: false,
    familyAnesthesiaProblems: false,
    items: [
      {
        year: 2015,
        operation: '腹腔镜阑尾切除术',
        anesthesia: 'general_tube',
        complications: '术后恶心呕吐',
      },
      { year: 2020, operation: '右腹股沟疝修补术', anesthesia: 'neuraxial' },
    ],
  },
  history: {
    ...no([
      'myocardialInfarction',
      'congestiveHeartFailure',
      'cerebrovascularDisease',
      'diabetesEndOrganDamage',
      'respiratoryInfectionLastMonth',
      'peripheralVascularDisease',
      'dementia',
      'connectiveTissueDisease',
      'pepticUlcerDisease',
      'hemiplegia',
      'moderateSevereRenalDisease',
      'leukemia',
      'lymphoma',
      'aids',
      'historyOfVte',
      'familyHistoryOfThrombosis',
      'varicoseVeins',
      'ponvHistory',
      'motionSickness',
      'tired',
      'observedApnea',
    ]),
    ischemicHeartDisease: true,
    hypertension: true,
    chronicPulmonaryDisease: true,
    snoring: true,
    diabetes: 'oral',
    liverDisease: 'none',
    solidTumor: 'localized',
  },
  airway: {
    mallampatiClass: 2,
    neckCircumferenceCm: 39,
    mouthOpeningCm: 4,
    thyromentalCm: 6.5,
    limitedNeckMovement: false,
  },
  teeth: { dentures: 'removable', looseTeeth: true, looseTeethWhich: '左下 6', crownsOrBridges: false },
  vitals: { systolicBp: 148, diastolicBp: 86, pulse: 78, respirationRate: 16, spo2: 95, spo2OnRoomAir: true },
  labs: {
    hemoglobin: 118,
    creatinine: 92,
    albumin: 34.5,
    inr: 1.02,
    platelets: 210,
    glucose: 6.8,
    date: '2026-11-19',
  },
  ecg: { rhythm: 'sinus', pathologicalQWaves: false, findings: 'ST-T 改变（V4–V6）', date: '2026-11-19' },
  chestImaging: { modality: 'ct', findings: '食管中段管壁增厚，双肺肺气肿', date: '2026-11-15' },
  pft: {
    fev1PctPredicted: 64,
    fvcPctPredicted: 88,
    fev1FvcRatio: 58,
    dlcoPctPredicted: 71,
    date: '2026-11-18',
  },
  bloodGas: { ph: 7.41, pao2: 78, paco2: 41, fio2Percent: 21, date: '2026-11-19' },
  echo: { efPercent: 58, findings: '左室舒张功能减退', date: '2026-11-18' },
  fasting: {
    instructed: true,
    lastSolidAt: '2026-11-22T14:00:00Z',
    lastClearFluidAt: '2026-11-22T22:00:00Z',
  },
  nutrition: {
    weightLoss: 'over5pct_2months',
    intakePercent: 60,
    impairedGeneralCondition: false,
    diseaseSeverity: 2,
    severelyIll: false,
  },
  phq9: { item1: 1, item2: 1, item3: 2, item4: 1, item5: 0, item6: 0, item7: 0, item8: 0, item9: 0 },
  gad7: { item1: 1, item2: 1, item3: 1, item4: 0, item5: 0, item6: 0, item7: 0 },
  plan: {
    anesthesiaMethod: 'combined',
    airwayPlan: '左双腔支气管导管，可视喉镜备用',
    surgicalSite: 'intrathoracic',
    plannedDurationMinutes: 300,
    postoperativeOpioids: true,
    postopDestination: 'icu',
  },
};

const input = (locale: VisitDocumentInput['locale'], visitData = data): VisitDocumentInput => ({
  caseInfo: {
    patientName: 'Zhang San',
    patientMrn: 'ZY2026001',
    patientSex: 'male',
    diagnosisText: 'Esophageal cancer',
    procedureText: 'Esophagectomy',
    orRoom: 'OR-01',
    scheduledStart: new Date('2026-11-23T00:30:00Z'),
    surgeon: 'Li',
  },
  context,
  visit: {
    revision: 2,
    data: visitData,
    results: assessVisit(visitData, context),
    visitAt: new Date('2026-11-22T01:00:00Z'),
    late: true,
    signedAt: new Date('2026-11-22T01:30:00Z'),
    signerName: 'Wang',
    amendmentReason: 'PFT added',
  },
  locale,
  timeZone: 'Asia/Shanghai',
  printedAt: new Date('2026-11-22T02:00:00Z'),
});

/** Every string of the document, the header and footer included. */
function texts(locale: VisitDocumentInput['locale'], visitData = data): string[] {
  const doc = visitDocument(input(locale, visitData));
  const footer =
    typeof doc.footer === 'function'
      ? doc.footer(1, 2, { width: 595, height: 842, orientation: 'portrait' })
      : null;
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk([doc.info, doc.header, footer, doc.content]);
  return out;
}

const ARTEFACTS = resolve('test-results/visit-pdf');

/** Writes the PDF and its pages as PNG (pdftoppm -png -r 60); returns the page count and the text. */
function artefacts(pdf: Buffer, name: string): { pages: number; text: string } {
  mkdirSync(ARTEFACTS, { recursive: true });
  for (const old of readdirSync(ARTEFACTS)) if (old.startsWith(`${name}-`)) rmSync(join(ARTEFACTS, old));
  const file = join(ARTEFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(ARTEFACTS, name)]);
  return { pages, text: execFileSync('pdftotext', [file, '-']).toString() };
}

describe('the printed visit', () => {
  it('resolves every label, placeholder and option', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const visit of [data, thoracic, {}]) {
        const all = texts(locale, visit);
        expect(
          all.filter((s) => /\bvisit\.|\{\w+\}|undefined|null|NaN|\[object/.test(s)),
          locale,
        ).toEqual([]);
      }
    }
  });

  it('prints in Chinese, the labels the form shows', () => {
    const all = texts('zh-CN').join('\n');
    for (const word of [
      '麻醉前访视记录单',
      '身高',
      '胰岛素',
      '目前吸烟',
      'III',
      '抗凝药',
      '第 2 版（修订：PFT added）',
    ])
      expect(all).toContain(word);
    expect(all).toContain('第 1 / 2 页');
    expect(all).toMatch(/AQI-PVR-04/);
  });

  it('prints the new sections compactly: allergies, previous anaesthetics, teeth, results, fasting', () => {
    const all = texts('zh-CN', thoracic).join('\n');
    for (const word of [
      '药物 青霉素（反应：皮疹、呼吸困难）',
      '2015 腹腔镜阑尾切除术 · 气管插管全身麻醉 · 并发症：术后恶心呕吐',
      '2020 右腹股沟疝修补术 · 椎管内麻醉 · 并发症：未填',
      '活动义齿',
      '左下 6',
      '心电图（2026-11-19）：',
      '窦性心律；病理性 Q 波 否',
      'FEV1/FVC 58 %',
      'PaO2 78 mmHg',
      '射血分数 EF 58 %',
      '末次进食',
      '2026-11-22 22:00',
      '是：缺血性心脏病、高血压、慢性肺病（COPD 等）、打鼾',
      '各条目得分：1:1  2:1  3:2',
    ])
      expect(all).toContain(word);
  });

  it('says what was not answered, never leaves it out', () => {
    const all = texts('zh-CN', data).join('\n');
    expect(all).toContain('未填：心肌梗死史');
    expect(all).toMatch(/心电图：\n?未填/);
    // The loose-teeth detail appears only under a "yes".
    expect(all).not.toContain('松动牙位置');
    expect(texts('zh-CN', thoracic).join('\n')).toContain('松动牙位置');
  });

  it('says nothing in Chinese when printed in English', () => {
    expect(texts('en-US').filter((s) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(s))).toEqual([]);
  });

  it('prints a full thoracic visit on two A4 pages without placeholder text', async () => {
    const out = artefacts(await renderPdf(visitDocument(input('zh-CN', thoracic))), 'thoracic-zh');
    expect(out.pages).toBe(2);
    expect(out.text).not.toMatch(/seed|report 000|TODO|lorem|\{\w+\}|visit\.|undefined|null|NaN/i);
    expect(out.text).toMatch(/第\s*2\s*\/\s*2\s*页/);
    const empty = artefacts(await renderPdf(visitDocument(input('en-US', {}))), 'empty-en');
    expect(empty.pages).toBeLessThanOrEqual(2);
    expect(empty.text).toContain('Not recorded');
  }, 30_000);
});
