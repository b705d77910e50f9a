// What the history import (历史病例导入) made of a file's rows, as the registry's contract shows it.
import { z } from 'zod';
import { CASE_STATUSES as EPISODE_STATUSES, PROCEDURE_TYPES } from '../domain/interop/history/types';

/** Where a record loaded by the history import came from (历史病例导入): the file and its row. */
export const importedFromSchema = z.object({ file: z.string(), row: z.number() }).nullable();

/** A case-episode loaded by the history import, as the patient's chart lists it (it opens /quality/episodes/:id). */
export const importedEpisodeSchema = z.object({
  id: z.string(),
  externalId: z.string(),
  at: z.string(),
  procedureName: z.string().nullable(),
  procedureType: z.enum(PROCEDURE_TYPES),
  caseStatus: z.enum(EPISODE_STATUSES),
  visitNumber: z.string().nullable(),
  importedFrom: importedFromSchema,
});
export type ImportedEpisode = z.infer<typeof importedEpisodeSchema>;
