// The historical case import (历史病例导入, history-import.md): headers, parsed row types, the validator and the
// mapping onto the QC facts. The CSV reading itself is src/server/interop/history/read-csv.ts.
export {
  CASE_COLUMNS,
  type CaseColumn,
  checkHeader,
  DELIVERY_COLUMNS,
  HEADERS,
  STAFFING_COLUMNS,
  WARD_COLUMNS,
} from './headers';
export { MSG as HISTORY_MESSAGES } from './messages';
export { historyCaseFacts, historyDeliveryFacts, historyStaffingFacts } from './to-facts';
export * from './types';
export { HistoryValidator, sortProblems } from './validator';
