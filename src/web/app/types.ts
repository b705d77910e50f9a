// The shapes the API returns (see the response schemas in src/server/registry/dto.ts).
import type { CaseStatus } from '../../domain/registry/case-status';

export type Patient = {
  id: string;
  mrn: string;
  name: string;
  nameInitials: string;
  sex: string;
  birthDate: string;
  phone: string | null;
  idCard: string | null;
  province: string | null;
  city: string | null;
  version: number;
  updatedAt: string;
};

export type Admission = {
  id: string;
  patientId: string;
  wardId: string;
  wardName: string | null;
  bedId: string | null;
  bedCode: string | null;
  admittedAt: string;
  dischargedAt: string | null;
  attendingDoctor: string;
  version: number;
};

export type SurgicalCase = {
  id: string;
  patientId: string;
  admissionId: string | null;
  wardId: string | null;
  diagnosisCode: string;
  diagnosisText: string;
  procedureCode: string;
  procedureText: string;
  grade: number;
  approach: string;
  urgency: string;
  plannedAnesthesia: string;
  orRoom: string;
  scheduledStart: string;
  surgeon: string;
  assistants: string[];
  anesthesiologists: string[];
  status: CaseStatus;
  times: Record<string, string | null>;
  destination: string | null;
  cancelStage: string | null;
  cancelReason: string | null;
  version: number;
  updatedAt: string;
  patient?: { name: string; mrn: string; sex: string; birthDate: string };
  risk?: { flags: string[]; signed: boolean } | null;
};

export type CaseEvent = {
  id: string;
  fromStatus: string;
  toStatus: string;
  occurredAt: string;
  recordedAt: string;
  recordedBy: string;
  reason: string | null;
};

export type CaseDetail = SurgicalCase & { events: CaseEvent[]; allowedTransitions: CaseStatus[] };
export type PatientChart = Patient & { admissions: Admission[]; cases: SurgicalCase[] };
export type Ward = { id: string; code: string; name: string; beds: { id: string; code: string }[] };
export type OrRoom = { code: string; name: string };

export type VisitRevision = {
  id: string;
  caseId: string;
  revision: number;
  status: 'draft' | 'signed';
  data: Record<string, unknown>;
  results: import('../../domain/assessment/visit').InstrumentOutcome[];
  highRiskFlags: string[];
  visitAt: string | null;
  late: boolean;
  signedAt: string | null;
  signedBy: string | null;
  amendmentReason: string | null;
  version: number;
  updatedAt: string;
};
export type VisitBundle = {
  current: VisitRevision | null;
  revisions: VisitRevision[];
  context: import('../../domain/assessment/visit').VisitContext;
};

export type Observation = {
  id: number;
  param: string;
  loinc: string;
  channel: string;
  value: number;
  unit: string;
  observedAt: string;
  observedAtRaw: string | null;
  deviceId: string | null;
  source: string;
  artefact: boolean;
};
type L = { zh: string; en: string };
export type AnesthesiaRecord = {
  record: {
    id: string;
    method: string | null;
    details: { airway?: string; lines?: string; position?: string; activeWarming?: boolean };
    tempMode: 'continuous' | 'intermittent';
    status: 'draft' | 'signed';
    revision: number;
    signedAt: string | null;
    amendmentReason: string | null;
    version: number;
  };
  case: {
    status: string;
    version: number;
    inRoomAt: string | null;
    outOfRoomAt: string | null;
    orRoom: string;
  };
  events: {
    id: string;
    code: string;
    label: L;
    text: string | null;
    at: string;
    overrideReason: string | null;
  }[];
  drugs: {
    id: string;
    drug: string;
    name: string;
    kind: 'bolus' | 'infusion';
    dose: number | null;
    rate: number | null;
    unit: string;
    startAt: string;
    endAt: string | null;
  }[];
  drugTotals: { drug: string; name: string; total: number; unit: string }[];
  fluids: { id: string; direction: 'in' | 'out'; kind: string; volumeMl: number; at: string }[];
  balance: { inMl: number; outMl: number; balanceMl: number };
  exposure: {
    source: 'invasive' | 'cuff';
    threshold: number;
    minutesBelow: number;
    aut: number;
    twa: number;
  } | null;
  antibioticTiming: { drug: string; name: string; at: string; minutesFromIncision: number | null }[];
  checklist: { phase: string; item: string; answer: 'yes' | 'no' | 'na'; answeredAt: string }[];
  checklistComplete: Record<string, boolean>;
  alerts: {
    kind: string;
    start: string;
    end: string;
    extreme: number;
    source: string;
    acknowledged: boolean;
  }[];
};
