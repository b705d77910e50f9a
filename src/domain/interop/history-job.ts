// The state of a historical case import (历史病例导入) as the API reports it.
import type { LocalText } from '../common/field-messages';

export type ImportStatus = 'running' | 'done' | 'rejected';
export type ImportPart = 'cases' | 'staffing' | 'deliveries' | 'wards';
export const IMPORT_PARTS: readonly ImportPart[] = ['cases', 'staffing', 'deliveries', 'wards'];

/** One problem of a rejected file: where (row = line of the file, null = the file as a whole) and why. */
export type ImportError = { file: ImportPart; row: number | null; column: string | null; message: LocalText };

/** What an import loaded; `unchanged` rows were already there from an earlier import of the same data. */
export type ImportCounts = {
  episodes: number;
  persons: number;
  admissions: number;
  deliveries: number;
  staffingYears: number;
  wardPeriods: number;
  wardsCreated: number;
  /** Persons new to Periop (a person_id already an MRN is linked to that patient, who is left as he is). */
  patientsCreated: number;
  /** Admissions new to Periop (by visit number, 住院号). */
  admissionsCreated: number;
  unchanged: number;
  /** Episodes by the year (UTC+08:00) of their anchor. */
  byYear: Record<string, number>;
};
