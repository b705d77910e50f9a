// The complication registry's vocabulary: the complication types, how an entry stands (a rule's
// suggestion awaiting a clinician, confirmed with a Clavien–Dindo grade, or dismissed).
export { CD_GRADES, type CdGrade } from '../scores/clavien-dindo';

export const COMPLICATION_TYPES = [
  'pneumonia',
  'respiratory_failure',
  'anastomotic_leak',
  'chylothorax',
  'recurrent_laryngeal_nerve_palsy',
  'arrhythmia',
  'bleeding',
  'surgical_site_infection',
  'vte_pe',
  'aki',
  'delirium',
  'ponv',
  'ketamine_hallucination',
  'hoarseness_72h',
  'regional_block_neuro_deficit',
  'new_coma',
  'awareness',
  'persistent_fever',
  'other',
] as const;
export type ComplicationType = (typeof COMPLICATION_TYPES)[number];

export const COMPLICATION_STATUSES = ['suggested', 'confirmed', 'dismissed'] as const;
export type ComplicationStatus = (typeof COMPLICATION_STATUSES)[number];

/** A suggestion can be decided once: confirmed or dismissed entries stay as they are. */
export const isUndecided = (status: ComplicationStatus): boolean => status === 'suggested';
