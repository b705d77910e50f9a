// The anesthesia record's data: its URLs, its query keys, the queries the record page reads and the
// writes its panels make. A write resolves with the server's answer and reloads nothing itself: the
// page reloads what the change touched (record-live.ts), and its realtime event reaches other pages.
import { useQuery } from '@tanstack/react-query';
import type {
  AlertAckInput,
  AmendInput,
  AmendResult,
  AnesthesiaRecord,
  ChecklistInput,
  ChecklistWithdraw,
  CorrectionResult,
  DrugEdit,
  DrugInput,
  DrugStopInput,
  EntryResult,
  EntryVoid,
  EventEdit,
  EventInput,
  EventResult,
  FluidEdit,
  FluidInput,
  OkResult,
  RecordUpdate,
  SignInput,
  SignResult,
  VersionResult,
  VitalEdit,
} from '../../api/anesthesia';
import type {
  ArtefactInput,
  ManualReadingInput,
  ReadingResult,
  VitalSeries,
} from '../../api/anesthesia-vitals';
import { api, query } from '../shared/api';
import { caseKey, caseUrl } from '../shared/case.resource';

const recordUrl = (caseId: string) => `${caseUrl(caseId)}/record`;

/** The entries corrected by their own route: events, drugs, fluids. */
export type EntryKind = 'event' | 'drug' | 'fluid';

/** The newest part of the chart: its readings from `from` on, in the chart's bucket width. */
export type SeriesSince = { from: number; bucketSeconds: number };

export const recordUrls = {
  case: caseUrl,
  record: recordUrl,
  pdf: (caseId: string) => `${recordUrl(caseId)}/pdf`,
  sign: (caseId: string) => `${recordUrl(caseId)}/sign`,
  amend: (caseId: string) => `${recordUrl(caseId)}/amend`,
  events: (caseId: string) => `${recordUrl(caseId)}/events`,
  entry: (caseId: string, kind: EntryKind, entryId: string) => `${recordUrl(caseId)}/${kind}s/${entryId}`,
  checklistWithdraw: (caseId: string) => `${recordUrl(caseId)}/checklist/withdraw`,
  observation: (caseId: string, obsId: number) => `${caseUrl(caseId)}/observations/${obsId}`,
  drugs: (caseId: string) => `${recordUrl(caseId)}/drugs`,
  drugStop: (caseId: string, entryId: string) => `${recordUrl(caseId)}/drugs/${entryId}/stop`,
  fluids: (caseId: string) => `${recordUrl(caseId)}/fluids`,
  checklist: (caseId: string) => `${recordUrl(caseId)}/checklist`,
  alertAck: (caseId: string) => `${recordUrl(caseId)}/alerts/ack`,
  observations: (caseId: string) => `${caseUrl(caseId)}/observations`,
  artefact: (caseId: string, obsId: number) => `${caseUrl(caseId)}/observations/${obsId}/artefact`,
  series: (caseId: string, since?: SeriesSince) =>
    `${caseUrl(caseId)}/observations/series${
      since ? query({ from: new Date(since.from).toISOString(), bucketSeconds: since.bucketSeconds }) : ''
    }`,
};

export const recordKeys = {
  case: caseKey,
  record: (caseId: string) => ['record', caseId],
};

export const useAnesthesiaRecord = (caseId: string) =>
  useQuery({
    queryKey: recordKeys.record(caseId),
    queryFn: () => api.get<AnesthesiaRecord>(recordUrl(caseId)),
  });

/** The whole case's chart, or only its newest part (merged by the caller). */
export const fetchVitalSeries = (caseId: string, since?: SeriesSince) =>
  api.get<VitalSeries>(recordUrls.series(caseId, since));

export const updateRecord = (caseId: string, body: RecordUpdate) =>
  api.put<VersionResult>(recordUrl(caseId), body);
export const signRecord = (caseId: string, body: SignInput) =>
  api.post<SignResult>(recordUrls.sign(caseId), body);
export const amendRecord = (caseId: string, body: AmendInput) =>
  api.post<AmendResult>(recordUrls.amend(caseId), body);
export const addRecordEvent = (caseId: string, body: EventInput) =>
  api.post<EventResult>(recordUrls.events(caseId), body);
export const addDrug = (caseId: string, body: DrugInput) =>
  api.post<EntryResult>(recordUrls.drugs(caseId), body);
export const stopDrug = (caseId: string, entryId: string, body: DrugStopInput) =>
  api.post<EntryResult>(recordUrls.drugStop(caseId, entryId), body);
export const addFluid = (caseId: string, body: FluidInput) =>
  api.post<EntryResult>(recordUrls.fluids(caseId), body);
export const saveChecklist = (caseId: string, body: ChecklistInput) =>
  api.put<OkResult>(recordUrls.checklist(caseId), body);
export const ackRecordAlert = (caseId: string, body: AlertAckInput) =>
  api.post<OkResult>(recordUrls.alertAck(caseId), body);
export const addManualReading = (caseId: string, body: ManualReadingInput) =>
  api.post<ReadingResult>(recordUrls.observations(caseId), body);
export const markArtefact = (caseId: string, obsId: number, body: ArtefactInput) =>
  api.post<OkResult>(recordUrls.artefact(caseId, obsId), body);

// ── Corrections before signing ──
export const editEvent = (caseId: string, entryId: string, body: EventEdit) =>
  api.put<CorrectionResult>(recordUrls.entry(caseId, 'event', entryId), body);
export const editDrug = (caseId: string, entryId: string, body: DrugEdit) =>
  api.put<CorrectionResult>(recordUrls.entry(caseId, 'drug', entryId), body);
export const editFluid = (caseId: string, entryId: string, body: FluidEdit) =>
  api.put<CorrectionResult>(recordUrls.entry(caseId, 'fluid', entryId), body);
export const voidEntry = (caseId: string, kind: EntryKind, entryId: string, body: EntryVoid) =>
  api.post<CorrectionResult>(`${recordUrls.entry(caseId, kind, entryId)}/void`, body);
export const withdrawAnswer = (caseId: string, body: ChecklistWithdraw) =>
  api.post<OkResult>(recordUrls.checklistWithdraw(caseId), body);
export const editManualReading = (caseId: string, obsId: number, body: VitalEdit) =>
  api.put<CorrectionResult>(recordUrls.observation(caseId, obsId), body);
export const voidManualReading = (caseId: string, obsId: number, body: EntryVoid) =>
  api.post<CorrectionResult>(`${recordUrls.observation(caseId, obsId)}/void`, body);
