// What an HL7 v2 ADT message from the hospital information system says, once read: the event, the
// patient and the visit, or why it is refused (issue 13 §4, §6). Shapes only; reading is in adt.ts.
import type { ParsedTime } from './hl7-text';

/** The trigger events Periop acts on (HL7 v2.5 chapter 3). */
export const ADT_TRIGGERS = ['A01', 'A02', 'A03', 'A08', 'A11', 'A12', 'A13'] as const;
export type AdtTrigger = (typeof ADT_TRIGGERS)[number];

export const ADT_KINDS = {
  A01: 'admit',
  A02: 'transfer',
  A03: 'discharge',
  A08: 'update',
  A11: 'cancel_admit',
  A12: 'cancel_transfer',
  A13: 'cancel_discharge',
} as const satisfies Record<AdtTrigger, string>;
export type AdtKind = (typeof ADT_KINDS)[AdtTrigger];

/** HL7 table 0357 message error condition codes used in the ERR segment. */
export type Hl7ErrorCode = 100 | 101 | 102 | 103 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207;

/** MSH-3 / MSH-4 as sent (HD with its components), returned as MSH-5 / MSH-6 of the ACK. */
export type AdtSender = { application: string; facility: string };

/** One PID-3 repetition (CX): ID ^ check digit ^ scheme ^ assigning authority ^ identifier type. */
export type AdtIdentifier = { id: string; type: string | null; authority: string | null };

export type AdtPersonName = {
  /** The name to show and store: family + given, without a space when either is Chinese. */
  full: string;
  /** XPN-1; null when the sender wrote the whole name in one component ("张三"). */
  family: string | null;
  given: string | null;
};

export type AdtPatient = {
  /** 住院号 / MRN: the PID-3 identifier of type MR, else PI, else the first non-national one. */
  mrn: string;
  identifiers: AdtIdentifier[];
  name: AdtPersonName;
  /** PID-8; null when unknown or not sent (never a default). */
  sex: 'male' | 'female' | null;
  /** PID-7 as a calendar date YYYY-MM-DD; null when empty (never a default). */
  birthDate: string | null;
  /** PID-13, digits (and + -) only; null when absent or unusable. */
  phone: string | null;
  /** 身份证号 from PID-19 or a PID-3 repetition of type NNCHN / ID; null when absent or invalid. */
  idCard: string | null;
};

/** PV1-3 / PV1-6 (PL): point of care (ward code) ^ room ^ bed ^ facility … ^ description (PL-9). */
export type AdtLocation = {
  ward: string;
  room: string | null;
  bed: string | null;
  facility: string | null;
  description: string | null;
};

/** PV1-7 (XCN): ID ^ family ^ given. */
export type AdtDoctor = { id: string | null; name: string | null };

/** HL7 table 0004 patient class. */
export type PatientClassKind =
  | 'emergency'
  | 'inpatient'
  | 'outpatient'
  | 'preadmit'
  | 'recurring'
  | 'obstetrics'
  | 'commercial'
  | 'not_applicable'
  | 'unknown'
  | 'other';

export type DispositionKind = 'home' | 'other_hospital' | 'death' | 'other';

export type AdtVisit = {
  /** PV1-19 visit number (住院流水号 / 就诊号). */
  visitNumber: string | null;
  /** PV1-2 as sent and its table 0004 meaning. */
  patientClass: { code: string; kind: PatientClassKind } | null;
  /** PV1-3. For A12 it is where the patient returns to (HL7 v2.5 §3.3.12). */
  location: AdtLocation | null;
  /** PV1-6. For A02 the bed the patient left; for A12 the location of the transfer being cancelled. */
  priorLocation: AdtLocation | null;
  /** PV1-7, the first repetition. */
  attending: AdtDoctor | null;
  /** PV1-44 admit date/time. */
  admittedAt: ParsedTime | null;
  /** PV1-45 discharge date/time. */
  dischargedAt: ParsedTime | null;
  /** PV1-36 as sent and its meaning (adt-codes.ts). */
  disposition: { code: string; kind: DispositionKind } | null;
};

/** A value that was sent but could not be used; the event is still valid without it. */
export type AdtWarning = { segment: string; field: number; reason: string };

type AdtBase = {
  /** MSH-10. */
  controlId: string;
  sender: AdtSender;
  /** MSH-12. */
  version: string;
  /** MSH-7, when sent. */
  messageTime: ParsedTime | null;
  /** When the HIS recorded the event: EVN-2, else MSH-7. */
  recordedAt: ParsedTime;
  /** When the event happened: EVN-6, else EVN-2, else MSH-7. */
  occurredAt: ParsedTime;
  patient: AdtPatient;
  warnings: AdtWarning[];
};

type WithNumber = AdtVisit & { visitNumber: string };
type WithPlace = WithNumber & { location: AdtLocation };

export type AdtEvent =
  | (AdtBase & { trigger: 'A01'; kind: 'admit'; visit: WithPlace })
  | (AdtBase & { trigger: 'A02'; kind: 'transfer'; visit: WithPlace })
  | (AdtBase & { trigger: 'A03'; kind: 'discharge'; visit: WithNumber })
  | (AdtBase & { trigger: 'A08'; kind: 'update'; visit: AdtVisit | null })
  | (AdtBase & { trigger: 'A11'; kind: 'cancel_admit'; visit: WithNumber })
  | (AdtBase & { trigger: 'A12'; kind: 'cancel_transfer'; visit: WithNumber })
  | (AdtBase & { trigger: 'A13'; kind: 'cancel_discharge'; visit: WithNumber });

export type AdtFailure = {
  ok: false;
  /** AR: the message is not one Periop accepts; AE: it is, but it is malformed. */
  ack: 'AR' | 'AE';
  code: Hl7ErrorCode;
  /** "中文 / English", as the ERR segment and the interface inbox carry it. */
  reason: string;
  /** Where the error is (ERR-2); null when it is not one field. */
  segment: string | null;
  field: number | null;
  /** MSH-10 when it could be read. */
  controlId: string | null;
  sender: AdtSender;
  /** MSH-9.2 as sent (may be unsupported or empty). */
  trigger: string;
};

export type AdtResult = { ok: true; event: AdtEvent } | AdtFailure;

export type AdtOptions = {
  /** The zone of timestamps sent without an offset; default Asia/Shanghai (UTC+8, no DST). */
  siteZone?: string;
  /** This channel's PV1-36 codes, consulted before DISPOSITION_CODES (adt-codes.ts). */
  dispositions?: Readonly<Record<string, DispositionKind>>;
};
