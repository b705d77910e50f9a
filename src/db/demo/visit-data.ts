// A demo case's pre-anesthesia visit (麻醉前访视), seen the afternoon before the operation (an
// emergency an hour before it): the patient's body and resting values, a thoracic-oncology history,
// airway, labs, the short questionnaires, ASA and the plan — every field signing requires. Pure.
import type { VisitData } from '../../domain/assessment/visit';
import type { TargetStatus } from '../../domain/registry/case-status';
import type { AnesthesiaMethod, Approach, Urgency } from '../../domain/registry/vocabulary';
import type { Baseline } from './baseline';
import { prng, seedOf } from './rng';
import { HOUR, MINUTE } from './site-time';

export type VisitCase = {
  id: string;
  diagnosisCode: string;
  procedureCode: string;
  approach: Approach;
  grade: number;
  urgency: Urgency;
  plannedAnesthesia: AnesthesiaMethod;
  scheduledStart: Date;
  /** Local midnight of the case's day: its visit is the afternoon before. */
  day: Date;
  plan: Partial<Record<TargetStatus, Date>>;
  minutes: readonly [number, number];
  sex: 'male' | 'female';
  age: number;
  baseline: Baseline;
};

export type VisitPlan = { data: VisitData; visitAt: Date; signedAt: Date };

const answers = (n: number, r: ReturnType<typeof prng>) =>
  Object.fromEntries(Array.from({ length: n }, (_, k) => [`item${k + 1}`, r.chance(0.2) ? 1 : 0]));

/** The visit, or null when its time has not come (a list seen only the afternoon before). */
export function visitPlan(c: VisitCase, now: Date): VisitPlan | null {
  const r = prng(seedOf(`visit:${c.id}`));
  const emergency = c.urgency === 'emergency';
  // The afternoon before, 15:00–18:40 site time; an emergency within the hour or so before it.
  const visitAt = emergency
    ? new Date(c.scheduledStart.getTime() - r.int(40, 90) * MINUTE)
    : new Date(c.day.getTime() - 9 * HOUR + r.int(0, 220) * MINUTE);
  const signedAt = new Date(visitAt.getTime() + r.int(8, 25) * MINUTE);
  if (signedAt > now) return null;
  const b = c.baseline;
  const male = c.sex === 'male';
  const esophageal = c.procedureCode.startsWith('42.');
  const cancer = c.diagnosisCode.startsWith('C');
  const hypertension = r.chance(c.age >= 60 ? 0.4 : 0.2);
  const ischemic = r.chance(c.age >= 65 ? 0.12 : 0.04);
  const copd = r.chance(male ? 0.2 : 0.06);
  const diabetes = r.weighted([
    ['none', 82],
    ['diet', 3],
    ['oral', 11],
    ['insulin', 4],
  ] as const);
  const toIcu = Boolean(c.plan.icu);
  // The examinations of the work-up, done in the days before the visit.
  const examDay = (daysBefore: number) =>
    new Date(c.day.getTime() + 8 * HOUR - daysBefore * 24 * HOUR).toISOString().slice(0, 10);
  const penicillin = r.chance(0.08);
  const operatedBefore = r.chance(0.3);
  const fev1Pct = copd ? r.int(55, 79) : r.int(80, 108);
  const data: VisitData = {
    visitAt: visitAt.toISOString(),
    heightCm: b.heightCm,
    weightKg: b.weightKg,
    smoking: male
      ? r.weighted([
          ['never', 35],
          ['former', 35],
          ['current', 30],
        ] as const)
      : r.chance(0.9)
        ? 'never'
        : 'former',
    history: {
      ischemicHeartDisease: ischemic,
      myocardialInfarction: ischemic && r.chance(0.2),
      congestiveHeartFailure: false,
      cerebrovascularDisease: r.chance(0.05),
      hypertension,
      diabetes,
      diabetesEndOrganDamage: false,
      chronicPulmonaryDisease: copd,
      respiratoryInfectionLastMonth: false,
      peripheralVascularDisease: false,
      dementia: false,
      connectiveTissueDisease: false,
      pepticUlcerDisease: r.chance(0.05),
      liverDisease: 'none',
      hemiplegia: false,
      moderateSevereRenalDisease: false,
      solidTumor: cancer ? 'localized' : 'none',
      leukemia: false,
      lymphoma: false,
      aids: false,
      historyOfVte: false,
      familyHistoryOfThrombosis: false,
      varicoseVeins: r.chance(0.05),
      ponvHistory: r.chance(0.08),
      motionSickness: !male && r.chance(0.2),
      snoring: male && r.chance(0.3),
      tired: r.chance(0.15),
      observedApnea: false,
    },
    vte: {
      majorSurgeryLastMonth: false,
      inflammatoryBowelDisease: false,
      swollenLegs: false,
      acuteMyocardialInfarction: false,
      sepsisLastMonth: false,
      medicalBedRest: false,
      confinedToBedOver72h: false,
      immobilizingCast: false,
      centralVenousAccess: false,
      factorVLeiden: false,
      prothrombin20210A: false,
      elevatedHomocysteine: false,
      lupusAnticoagulant: false,
      anticardiolipinAntibodies: false,
      heparinInducedThrombocytopenia: false,
      otherThrombophilia: false,
      hipPelvisLegFracture: false,
      strokeLastMonth: false,
      multipleTrauma: false,
      acuteSpinalCordInjury: false,
      oralContraceptiveOrHrt: false,
      pregnantOrPostpartum: false,
      adverseObstetricHistory: false,
    },
    allergies: {
      known: penicillin,
      items: penicillin ? [{ kind: 'drug', substance: '青霉素', reaction: '皮疹' }] : [],
    },
    anesthesiaHistory: {
      previous: operatedBefore,
      difficultAirway: false,
      familyAnesthesiaProblems: false,
      items: operatedBefore
        ? [
            {
              year: c.day.getUTCFullYear() - r.int(3, 25),
              operation: r.chance(0.5) ? '阑尾切除术' : '腹股沟疝修补术',
              anesthesia: r.chance(0.5) ? 'neuraxial' : 'general_tube',
              complications: r.chance(0.2) ? '术后恶心呕吐' : null,
            },
          ]
        : [],
    },
    fasting: { instructed: true, lastSolidAt: null, lastClearFluidAt: null },
    teeth: {
      dentures: c.age >= 65 && r.chance(0.4) ? 'removable' : 'none',
      looseTeeth: c.age >= 65 && r.chance(0.1),
      looseTeethWhich: null,
      crownsOrBridges: r.chance(0.15),
    },
    ecg: {
      rhythm: r.chance(0.04) ? 'atrial_fibrillation' : 'sinus',
      pathologicalQWaves: ischemic && r.chance(0.3),
      findings: ischemic ? 'ST-T 改变' : '大致正常心电图',
      date: examDay(r.int(2, 5)),
    },
    chestImaging: {
      modality: 'ct',
      vascularRedistribution: null,
      findings: cancer
        ? esophageal
          ? '食管中下段管壁增厚，纵隔淋巴结未见明显肿大'
          : '肺部结节，考虑恶性可能'
        : '纵隔占位',
      date: examDay(r.int(3, 10)),
    },
    pft: esophageal
      ? null
      : {
          fev1PctPredicted: fev1Pct,
          fvcPctPredicted: r.int(80, 105),
          fev1FvcRatio: copd ? r.int(58, 69) : r.int(72, 84),
          dlcoPctPredicted: copd ? r.int(55, 78) : r.int(78, 105),
          date: examDay(r.int(2, 7)),
        },
    bloodGas: copd
      ? {
          ph: r.int(737, 744) / 100,
          pao2: r.int(72, 88),
          paco2: r.int(38, 45),
          fio2Percent: 21,
          date: examDay(2),
        }
      : null,
    echo:
      esophageal || c.age >= 65 || ischemic
        ? { efPercent: r.int(55, 68), findings: '左室收缩功能正常', date: examDay(r.int(2, 6)) }
        : null,
    medications: ischemic
      ? [
          {
            name: '阿司匹林肠溶片 100 mg qd',
            kind: 'antiplatelet',
            lastDoseAt: new Date(visitAt.getTime() - 7 * 24 * HOUR).toISOString(),
          },
        ]
      : hypertension
        ? [{ name: '苯磺酸氨氯地平片 5 mg qd', kind: 'other', lastDoseAt: null }]
        : [],
    airway: {
      mallampatiClass: r.weighted([
        [1, 45],
        [2, 45],
        [3, 10],
      ] as const),
      mouthOpeningCm: r.int(38, 50) / 10,
      thyromentalCm: r.int(60, 85) / 10,
      neckCircumferenceCm: male ? r.int(36, 43) : r.int(31, 37),
      limitedNeckMovement: false,
    },
    mets: r.int(4, 10),
    labs: {
      hemoglobin: male ? r.int(118, 158) : r.int(108, 142),
      creatinine: male ? r.int(58, 105) : r.int(45, 88),
      albumin: r.int(34, 46),
      inr: r.int(90, 112) / 100,
      platelets: r.int(150, 320),
      glucose: diabetes === 'none' ? r.int(45, 62) / 10 : r.int(62, 95) / 10,
      date: examDay(r.int(1, 3)),
    },
    vitals: {
      systolicBp: b.systolic,
      diastolicBp: b.diastolic,
      pulse: b.pulse,
      respirationRate: r.int(14, 18),
      spo2: b.spo2,
      spo2OnRoomAir: true,
      temperature: b.temperature,
    },
    nutrition: {
      weightLoss: esophageal && r.chance(0.4) ? 'over5pct_3months' : 'none',
      intakePercent: esophageal ? r.int(6, 10) * 10 : 100,
      impairedGeneralCondition: false,
      diseaseSeverity: c.grade >= 4 ? 2 : 1,
      severelyIll: false,
    },
    cfsLevel: c.age >= 75 ? r.int(3, 4) : r.int(2, 3),
    phq9: answers(9, r),
    gad7: answers(7, r),
    asaClass:
      ischemic || copd || diabetes === 'insulin'
        ? 3
        : r.weighted([
            [1, 8],
            [2, 70],
            [3, 22],
          ] as const),
    asaEmergency: emergency,
    plan: {
      anesthesiaMethod: c.plannedAnesthesia,
      airwayPlan:
        c.approach === 'ablation'
          ? '鼻导管吸氧，备喉罩'
          : c.plannedAnesthesia === 'general_lma'
            ? '喉罩'
            : '双腔支气管导管，纤支镜定位，单肺通气',
      surgicalSite: c.approach === 'ablation' ? 'peripheral' : 'intrathoracic',
      plannedDurationMinutes: Math.round((c.minutes[0] + c.minutes[1]) / 2),
      postoperativeOpioids: c.approach !== 'ablation',
      postopDestination: toIcu ? 'icu' : c.plan.pacu_in ? 'pacu_then_ward' : 'ward',
    },
  };
  return { data, visitAt, signedAt };
}
