// The historical case import's contract (历史病例导入, interop): starting an import of a history file set and
// following it — request and response schemas of every route, its live event and its error codes.
import { z } from 'zod';
import { IMPORT_PARTS } from '../domain/interop/history-job';
import { defineErrors } from './error-def';

/** The header a page sends with a file upload; a cross-site form cannot set it (server/auth/guard.ts). */
export const UPLOAD_HEADER = 'x-periop-upload';

export const importIdParams = z.object({ id: z.uuid() });
/** The largest part a client may send (issue 12: files up to 200 MB). */
export const IMPORT_MAX_BYTES = 200 * 1024 * 1024;

export const importAccepted = z.object({ id: z.string() });
export type ImportAccepted = z.infer<typeof importAccepted>;

const importError = z.object({
  file: z.enum(IMPORT_PARTS),
  /** The file's line number; null = the file as a whole. */
  row: z.number().nullable(),
  column: z.string().nullable(),
  /** In the language of the request; `messages` holds both. */
  message: z.string(),
  messages: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
});
export type ImportErrorItem = z.infer<typeof importError>;

export const importCounts = z.object({
  episodes: z.number(),
  persons: z.number(),
  admissions: z.number(),
  deliveries: z.number(),
  staffingYears: z.number(),
  wardPeriods: z.number(),
  wardsCreated: z.number(),
  patientsCreated: z.number(),
  admissionsCreated: z.number(),
  unchanged: z.number(),
  byYear: z.record(z.string(), z.number()),
});

export const importState = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'rejected']),
  progress: z.object({ done: z.number(), total: z.number() }),
  counts: importCounts.nullable(),
  errors: z.array(importError),
  files: z.array(z.object({ part: z.string(), name: z.string(), bytes: z.number() })),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportState = z.infer<typeof importState>;
export const importList = z.object({
  items: z.array(importState.omit({ errors: true }).extend({ errorCount: z.number() })),
});
export type ImportList = z.infer<typeof importList>;

/** Progress of an import, on the topic `import:<id>`. */
export type InteropHistoryEvent = {
  type: 'history_import.progress';
  id: string;
  status: 'running' | 'done' | 'rejected';
  done: number;
  total: number;
};

export const historyImportErrors = defineErrors({
  history_import_running: {
    status: 409,
    'zh-CN': '另一个历史病例导入正在进行，请等待其完成后再导入',
    'en-US': 'Another history import is running; wait for it to finish',
  },
  history_import_no_cases: {
    status: 400,
    'zh-CN': '缺少病例文件（cases）',
    'en-US': 'The case file (cases) is missing',
  },
  history_import_unknown_part: {
    status: 400,
    'zh-CN': '未知的文件部分：{part}（应为 cases、staffing、deliveries 或 wards）',
    'en-US': 'Unknown file part: {part} (expected cases, staffing, deliveries or wards)',
  },
  history_import_too_large: {
    status: 413,
    'zh-CN': '文件超过 200 MB',
    'en-US': 'The file is larger than 200 MB',
  },
});
