// Where a structured 辅助检查 result is the documented evidence for a score's item. The history answer
// always wins; a result only stands in for an unanswered item, and only ever as "yes" (a normal result
// does not prove an item absent). docs/clinical-decisions.md, "The complete 麻醉前访视单".
import type { VisitData } from './visit';

// Airflow limitation: FEV1/FVC below 0.70 (GOLD 2024 report, fixed-ratio spirometric criterion).
export const OBSTRUCTION_FEV1_FVC_PERCENT = 70;

/** FEV1/FVC below 70 %: an obstructive pattern, i.e. abnormal pulmonary function (Caprini 2005 item). */
export const spirometryObstruction = (v: VisitData): boolean => {
  const ratio = v.pft?.fev1FvcRatio;
  return typeof ratio === 'number' && ratio < OBSTRUCTION_FEV1_FVC_PERCENT;
};

/** Pathological Q waves: part of RCRI's ischaemic heart disease (Lee 1999, clinical-scores.md §3). */
export const ecgQWaves = (v: VisitData): boolean => v.ecg?.pathologicalQWaves === true;

/** Pulmonary vascular redistribution on a chest X-ray: part of RCRI's heart failure (Lee 1999, §3). */
export const chestXrayRedistribution = (v: VisitData): boolean =>
  v.chestImaging?.modality === 'xray' && v.chestImaging.vascularRedistribution === true;

/** The clinician's answer; when there is none, "yes" on documented evidence; otherwise still unanswered. */
export const answerOrEvidence = (
  answer: boolean | null | undefined,
  evidence: boolean,
): boolean | null | undefined => answer ?? (evidence ? true : answer);

/** A line the form shows under a field: what a result says about it, and whether a score uses it. */
export type EvidenceNote = { path: string; key: EvidenceKey; params: Record<string, string | number> };
export type EvidenceKey =
  | 'visit.ev.obstruction'
  | 'visit.ev.qWaves'
  | 'visit.ev.redistribution'
  | 'visit.ev.ef';

/** The notes for the visit's fields, shown whatever the answer so a contradiction is seen. */
export function evidenceNotes(v: VisitData): EvidenceNote[] {
  const notes: EvidenceNote[] = [];
  if (spirometryObstruction(v))
    notes.push({
      path: 'history.chronicPulmonaryDisease',
      key: 'visit.ev.obstruction',
      params: { ratio: v.pft!.fev1FvcRatio! },
    });
  if (ecgQWaves(v)) notes.push({ path: 'history.ischemicHeartDisease', key: 'visit.ev.qWaves', params: {} });
  if (chestXrayRedistribution(v))
    notes.push({ path: 'history.congestiveHeartFailure', key: 'visit.ev.redistribution', params: {} });
  // ASA is the clinician's class: the ejection fraction is shown as context, never used to set it
  // (ASA 2020 examples name "moderately/severely reduced ejection fraction" without a number).
  const ef = v.echo?.efPercent;
  if (typeof ef === 'number') notes.push({ path: 'asaClass', key: 'visit.ev.ef', params: { ef } });
  return notes;
}
