// The printed visit takes every word from the domain's messages: no message key is left unresolved,
// and the English document carries no Chinese beyond the patient's own data.
import { describe, expect, it } from 'vitest';
import {
  assessVisit,
  CAPRINI_VTE_ITEMS,
  type VisitContext,
  type VisitData,
} from '../../domain/assessment/visit';
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

const input = (locale: VisitDocumentInput['locale']): VisitDocumentInput => ({
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
    data,
    results: assessVisit(data, context),
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
function texts(locale: VisitDocumentInput['locale']): string[] {
  const doc = visitDocument(input(locale));
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

describe('the printed visit', () => {
  it('resolves every label, placeholder and option', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const all = texts(locale);
      expect(
        all.filter((s) => /\bvisit\.|\{\w+\}/.test(s)),
        locale,
      ).toEqual([]);
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

  it('says nothing in Chinese when printed in English', () => {
    expect(texts('en-US').filter((s) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(s))).toEqual([]);
  });
});
