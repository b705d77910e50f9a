// What the anesthesiologist's signature needs on the record, and the airway the method implies. The
// method is the national classification's (china-standards.md §1), and a general anesthesia with an
// airway device is not documented without that device (tube type and size, or the mask).
import type { LocalText } from '../common/field-messages';
import type { AnesthesiaMethod } from '../registry/vocabulary';
import type { RecordFieldMessage } from './record-fields';

/** Airways as charted; free text is kept as typed (a tube's size, a blocker's side). */
export const AIRWAY_OPTIONS: readonly LocalText[] = [
  { 'zh-CN': '气管插管', 'en-US': 'Endotracheal tube' },
  { 'zh-CN': '双腔支气管插管', 'en-US': 'Double-lumen tube' },
  { 'zh-CN': '支气管封堵器', 'en-US': 'Bronchial blocker' },
  { 'zh-CN': '喉罩', 'en-US': 'Laryngeal mask' },
  { 'zh-CN': '面罩', 'en-US': 'Face mask' },
  { 'zh-CN': '鼻导管吸氧', 'en-US': 'Nasal cannula' },
  { 'zh-CN': '气管切开', 'en-US': 'Tracheostomy' },
];

/** The methods whose record needs the airway device. */
export const AIRWAY_REQUIRED: readonly AnesthesiaMethod[] = ['general_tube', 'general_lma'];

/** The airway a method implies, to start from: a tube, or the laryngeal mask. */
export function defaultAirway(method: AnesthesiaMethod | null): LocalText | null {
  if (method === 'general_tube') return AIRWAY_OPTIONS[0]!;
  if (method === 'general_lma') return AIRWAY_OPTIONS[3]!;
  return null;
}

export type SignProblem = { path: 'method' | 'details.airway'; message: RecordFieldMessage };

/** What stops the record from being signed, each by its field. */
export function signingProblems(r: {
  method: AnesthesiaMethod | null;
  details: { airway?: string | undefined };
}): SignProblem[] {
  const problems: SignProblem[] = [];
  if (!r.method) problems.push({ path: 'method', message: 'record.required' });
  if (r.method && AIRWAY_REQUIRED.includes(r.method) && !r.details.airway?.trim())
    problems.push({ path: 'details.airway', message: 'record.required' });
  return problems;
}
