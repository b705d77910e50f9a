// The one schema for PGlite and PostgreSQL. Migrations in /drizzle are generated from it
// (`npm run db:generate`) and checked in; the audit trigger is a hand-written migration.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Bytes exactly as received (node-postgres gives a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Every mutable clinical row: optimistic-concurrency version plus who changed it and when. */
const tracked = () => ({
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  createdBy: uuid('created_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  /** The whole department's patient data; otherwise only the wards in `ward_ids` (none: no patient data). */
  allWards: boolean('all_wards').notNull().default(false),
  wardIds: uuid('ward_ids').array().notNull().default(sql`'{}'::uuid[]`),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  disabled: boolean('disabled').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  locale: text('locale').notNull().default('zh-CN'),
  lastLoginAt: ts('last_login_at'),
  ...tracked(),
});

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a leaked table does not leak usable sessions.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    clientAddress: text('client_address'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed logins under a name that is no account, counted and locked exactly as `users` counts an
 * account's, so that no answer tells the two apart.
 */
export const loginFailures = pgTable('login_failures', {
  username: text('username').primaryKey(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  lastFailureAt: ts('last_failure_at').notNull(),
});

/** The security administrator's policy: one row (id 1); absent until first saved, when the start-up defaults apply. */
export const securityPolicy = pgTable(
  'security_policy',
  {
    id: smallint('id').primaryKey(),
    minPasswordLength: integer('min_password_length').notNull(),
    maxFailedLogins: integer('max_failed_logins').notNull(),
    lockMinutes: integer('lock_minutes').notNull(),
    sessionIdleMinutes: integer('session_idle_minutes').notNull(),
    sessionAbsoluteHours: integer('session_absolute_hours').notNull(),
    ...tracked(),
  },
  (t) => [check('security_policy_single_row', sql`${t.id} = 1`)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    userId: uuid('user_id'),
    username: text('username'),
    role: text('role'),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    patientId: uuid('patient_id'),
    clientAddress: text('client_address'),
    outcome: text('outcome').notNull(),
    detail: jsonb('detail'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_patient_idx').on(t.patientId, t.at),
    index('audit_user_idx').on(t.userId, t.at),
  ],
);

export const wards = pgTable('wards', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  ...tracked(),
});

export const beds = pgTable(
  'beds',
  {
    id: uuid('id').primaryKey(),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id),
    code: text('code').notNull(),
    active: boolean('active').notNull().default(true),
    ...tracked(),
  },
  (t) => [uniqueIndex('beds_ward_code_idx').on(t.wardId, t.code)],
);

export const orRooms = pgTable('or_rooms', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey(),
    mrn: text('mrn').notNull().unique(),
    name: text('name').notNull(),
    // pinyin initials ("zs" for 张三) and full pinyin, derived on write for search.
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    sex: text('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phone: text('phone'),
    idCard: text('id_card'),
    province: text('province'),
    city: text('city'),
    ...tracked(),
  },
  (t) => [
    index('patients_initials_idx').using('btree', sql`${t.nameInitials} text_pattern_ops`),
    index('patients_pinyin_idx').using('btree', sql`${t.namePinyin} text_pattern_ops`),
    index('patients_name_idx').using('btree', sql`${t.name} text_pattern_ops`),
    index('patients_mrn_pattern_idx').using('btree', sql`${t.mrn} text_pattern_ops`),
    index('patients_phone_rev_idx').using('btree', sql`reverse(${t.phone}) text_pattern_ops`),
  ],
);

export const admissions = pgTable(
  'admissions',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id),
    bedId: uuid('bed_id').references(() => beds.id),
    admittedAt: ts('admitted_at').notNull(),
    dischargedAt: ts('discharged_at'),
    attendingDoctor: text('attending_doctor').notNull(),
    ...tracked(),
  },
  (t) => [
    index('admissions_patient_idx').on(t.patientId, t.admittedAt),
    index('admissions_ward_idx').on(t.wardId),
    // The ward board finds each bed's current patient.
    index('admissions_bed_open_idx').on(t.bedId).where(sql`${t.dischargedAt} is null`),
  ],
);

export const surgicalCases = pgTable(
  'surgical_cases',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    admissionId: uuid('admission_id').references(() => admissions.id),
    wardId: uuid('ward_id').references(() => wards.id),
    diagnosisCode: text('diagnosis_code').notNull(),
    diagnosisText: text('diagnosis_text').notNull(),
    procedureCode: text('procedure_code').notNull(),
    procedureText: text('procedure_text').notNull(),
    grade: smallint('grade').notNull(),
    approach: text('approach').notNull(),
    urgency: text('urgency').notNull(),
    plannedAnesthesia: text('planned_anesthesia').notNull(),
    orRoom: text('or_room').notNull(),
    scheduledStart: ts('scheduled_start').notNull(),
    surgeon: text('surgeon').notNull(),
    assistants: text('assistants').array().notNull().default(sql`'{}'::text[]`),
    anesthesiologists: text('anesthesiologists').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('scheduled'),
    inRoomAt: ts('in_room_at'),
    anesthesiaStartAt: ts('anesthesia_start_at'),
    surgeryStartAt: ts('surgery_start_at'),
    surgeryEndAt: ts('surgery_end_at'),
    anesthesiaEndAt: ts('anesthesia_end_at'),
    outOfRoomAt: ts('out_of_room_at'),
    pacuInAt: ts('pacu_in_at'),
    pacuOutAt: ts('pacu_out_at'),
    destination: text('destination'),
    destinationAt: ts('destination_at'),
    cancelledAt: ts('cancelled_at'),
    cancelStage: text('cancel_stage'),
    cancelReason: text('cancel_reason'),
    ...tracked(),
  },
  (t) => [
    index('cases_scheduled_idx').on(t.scheduledStart),
    index('cases_patient_idx').on(t.patientId, t.scheduledStart),
    index('cases_admission_idx').on(t.admissionId),
    index('cases_ward_idx').on(t.wardId),
    // The overdue sweep and the outcome job look for the cases in a status.
    index('cases_status_idx').on(t.status),
    check('cases_grade_check', sql`${t.grade} between 1 and 4`),
  ],
);

/** Each status transition: when it happened, when it was recorded and by whom. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    reason: text('reason'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.occurredAt)],
);

export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

/**
 * The pre-anesthesia visit, one row per revision: a signed revision is never changed; an
 * amendment is the next revision with its reason. The inputs, the server-computed results and the
 * instrument versions are stored together.
 */
export const assessmentVisits = pgTable(
  'assessment_visits',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    revision: integer('revision').notNull(),
    status: text('status').notNull(), // draft | signed
    data: jsonb('data').notNull(),
    results: jsonb('results').notNull(),
    highRiskFlags: text('high_risk_flags').array().notNull().default(sql`'{}'::text[]`),
    visitAt: ts('visit_at'),
    late: boolean('late').notNull().default(false),
    signedAt: ts('signed_at'),
    signedBy: uuid('signed_by'),
    amendmentReason: text('amendment_reason'),
    ...tracked(),
  },
  (t) => [uniqueIndex('assessment_visits_case_revision_idx').on(t.caseId, t.revision)],
);

/** A recommendation from a signed visit, followed until someone accepts, declines or completes it. */
export const recommendationTasks = pgTable(
  'recommendation_tasks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => assessmentVisits.id),
    code: text('code').notNull(),
    text: jsonb('text').notNull(),
    source: text('source').notNull(),
    status: text('status').notNull().default('open'),
    reason: text('reason'),
    actedBy: uuid('acted_by'),
    actedAt: ts('acted_at'),
    ...tracked(),
  },
  (t) => [
    uniqueIndex('recommendation_tasks_case_code_idx').on(t.caseId, t.code),
    index('recommendation_tasks_status_idx').on(t.status),
  ],
);

/** A bedside device and its place; a room's devices feed the case that is in the room. */
export const devices = pgTable(
  'devices',
  {
    id: uuid('id').primaryKey(),
    vendor: text('vendor').notNull(), // mindray | ge | philips | comen | other
    model: text('model').notNull(),
    /** EUI-64 from MSH-3 for IHE devices, else the serial or MSH-3 text the device sends. */
    identifier: text('identifier').notNull().unique(),
    /** The device's IP address, for senders that leave MSH-3 empty (Mindray PDS). */
    address: text('address'),
    /** Character set when MSH-18 is absent: utf8 | gb18030 | latin1. */
    charset: text('charset').notNull().default('utf8'),
    placeKind: text('place_kind').notNull(), // or_room | pacu_bed | ward_bed
    placeCode: text('place_code').notNull(),
    /** Manual binding to a case, taking precedence over the room's current case. */
    overrideCaseId: uuid('override_case_id').references(() => surgicalCases.id),
    active: boolean('active').notNull().default(true),
    ...tracked(),
  },
  (t) => [
    index('devices_address_idx').on(t.address),
    index('devices_place_idx').on(t.placeKind, t.placeCode),
  ],
);

/** Every message that could not be stored as observations: unknown device or malformed. Kept, never dropped. */
export const interopInbox = pgTable(
  'interop_inbox',
  {
    id: uuid('id').primaryKey(),
    receivedAt: ts('received_at').notNull(),
    remoteAddress: text('remote_address').notNull(),
    status: text('status').notNull(), // quarantined | rejected | assigned
    reason: text('reason').notNull(),
    controlId: text('control_id'),
    messageType: text('message_type'),
    deviceHint: text('device_hint'),
    /** A readable copy of the message (NUL shown as \\X00\\, undecodable bytes as U+FFFD). */
    raw: text('raw').notNull(),
    /** The frame's bytes exactly as received, whatever they hold; the readable copy is derived from them. */
    rawBytes: bytea('raw_bytes'),
    assignedDeviceId: uuid('assigned_device_id').references(() => devices.id),
    assignedBy: uuid('assigned_by'),
    assignedAt: ts('assigned_at'),
  },
  (t) => [index('interop_inbox_status_idx').on(t.status, t.receivedAt)],
);

/**
 * Vital-sign numerics, from devices and manual entry. High-volume and append-mostly, so the key is a
 * bigint identity rather than a UUID; a repeated device reading is the same (device, parameter,
 * channel, time) and is ignored (hl7-devices.md: MSH-10 is not unique for Mindray PDS).
 */
export const observations = pgTable(
  'observations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id'),
    deviceId: uuid('device_id'),
    param: text('param').notNull(),
    loinc: text('loinc').notNull(),
    channel: text('channel').notNull().default(''),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    observedAt: ts('observed_at').notNull(),
    observedAtRaw: text('observed_at_raw'),
    receivedAt: ts('received_at').notNull(),
    source: text('source').notNull(), // device | manual
    enteredBy: uuid('entered_by'),
    artefact: boolean('artefact').notNull().default(false),
    artefactReason: text('artefact_reason'),
    artefactBy: uuid('artefact_by'),
    artefactAt: ts('artefact_at'),
  },
  (t) => [
    uniqueIndex('observations_reading_idx').on(t.deviceId, t.param, t.channel, t.observedAt),
    index('observations_case_time_idx').on(t.caseId, t.observedAt),
    index('observations_device_time_idx').on(t.deviceId, t.observedAt),
  ],
);

/** Waveform arrays, kept apart from the numerics (or not stored at all: MLLP_WAVEFORMS=drop). */
export const waveforms = pgTable(
  'waveforms',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id'),
    deviceId: uuid('device_id').notNull(),
    code: text('code').notNull(),
    channel: text('channel').notNull().default(''),
    observedAt: ts('observed_at').notNull(),
    sampleRate: doublePrecision('sample_rate'),
    resolution: doublePrecision('resolution'),
    samples: real('samples').array().notNull(),
  },
  (t) => [uniqueIndex('waveforms_reading_idx').on(t.deviceId, t.code, t.channel, t.observedAt)],
);

/** Device alarms (ORU^R40), as the device reported them. */
export const deviceAlarms = pgTable(
  'device_alarms',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id'),
    deviceId: uuid('device_id').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    channel: text('channel').notNull().default(''),
    observedAt: ts('observed_at').notNull(),
  },
  (t) => [uniqueIndex('device_alarms_reading_idx').on(t.deviceId, t.code, t.channel, t.observedAt)],
);

/** The anesthesia record (麻醉记录单) of a case: method and details; its entries live in the tables below. */
export const anesthesiaRecords = pgTable('anesthesia_records', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .unique()
    .references(() => surgicalCases.id),
  patientId: uuid('patient_id')
    .notNull()
    .references(() => patients.id),
  method: text('method'),
  /** Airway, lines, position, warming: { airway, lines, position, activeWarming }. */
  details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
  tempMode: text('temp_mode').notNull().default('continuous'), // continuous | intermittent
  status: text('status').notNull().default('draft'), // draft | signed
  revision: integer('revision').notNull().default(1),
  signedAt: ts('signed_at'),
  signedBy: uuid('signed_by'),
  amendmentReason: text('amendment_reason'),
  ...tracked(),
});

/** One-tap events and intra-op adverse events, with when they happened and when they were recorded. */
export const recordEvents = pgTable(
  'record_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    code: text('code').notNull(),
    text: text('text'),
    at: ts('at').notNull(),
    overrideReason: text('override_reason'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('record_events_case_idx').on(t.caseId, t.at)],
);

/** Drugs given: boluses and infusion segments (a rate change starts a new segment). */
export const drugEntries = pgTable(
  'drug_entries',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    drug: text('drug').notNull(),
    kind: text('kind').notNull(), // bolus | infusion
    dose: doublePrecision('dose'),
    rate: doublePrecision('rate'),
    unit: text('unit').notNull(),
    route: text('route').notNull(),
    startAt: ts('start_at').notNull(),
    endAt: ts('end_at'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('drug_entries_case_idx').on(t.caseId, t.startAt)],
);

/** Fluids in (crystalloid … autologous blood) and out (blood loss, urine, drainage). */
export const fluidEntries = pgTable(
  'fluid_entries',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    direction: text('direction').notNull(), // in | out
    kind: text('kind').notNull(),
    volumeMl: doublePrecision('volume_ml').notNull(),
    at: ts('at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('fluid_entries_case_idx').on(t.caseId, t.at)],
);

/** WHO Surgical Safety Checklist answers, one per item, with who answered and when. */
export const checklistAnswers = pgTable(
  'checklist_answers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    phase: text('phase').notNull(),
    item: text('item').notNull(),
    answer: text('answer').notNull(), // yes | no | na
    answeredBy: uuid('answered_by').notNull(),
    answeredAt: ts('answered_at').notNull(),
  },
  (t) => [uniqueIndex('checklist_answers_item_idx').on(t.caseId, t.phase, t.item)],
);

/** Acknowledgements of intra-op alerts (the alerts themselves are computed from the observations). */
export const alertAcks = pgTable(
  'alert_acks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    kind: text('kind').notNull(),
    startAt: ts('start_at').notNull(),
    note: text('note'),
    ackedBy: uuid('acked_by').notNull(),
    ackedAt: ts('acked_at').notNull(),
  },
  (t) => [uniqueIndex('alert_acks_idx').on(t.caseId, t.kind, t.startAt)],
);

/** A ward observation set (vital signs) and its NEWS2, or marked incomplete — never scored as normal. */
export const observationSets = pgTable(
  'observation_sets',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    wardId: uuid('ward_id'),
    takenAt: ts('taken_at').notNull(),
    values: jsonb('values').notNull(),
    complete: boolean('complete').notNull(),
    total: integer('total'),
    band: text('band'),
    redScore: boolean('red_score').notNull().default(false),
    scale: smallint('scale').notNull().default(1),
    result: jsonb('result').notNull(),
    nextDueAt: ts('next_due_at'),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [
    index('observation_sets_case_idx').on(t.caseId, t.takenAt),
    index('observation_sets_ward_idx').on(t.wardId, t.takenAt),
  ],
);

/** An explicit, attributed order to use SpO2 scale 2 for the episode (hypercapnic respiratory failure). */
export const scale2Orders = pgTable(
  'scale2_orders',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    orderedBy: uuid('ordered_by').notNull(),
    orderedAt: ts('ordered_at').notNull(),
    reason: text('reason').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('scale2_orders_case_idx').on(t.caseId)],
);

/** Early-warning alerts: raised by a set (or an overdue one), acknowledged with an action, escalated if not. */
export const ewsAlerts = pgTable(
  'ews_alerts',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    wardId: uuid('ward_id'),
    setId: uuid('set_id'),
    type: text('type').notNull(), // red_score | urgent | emergency | overdue
    raisedAt: ts('raised_at').notNull(),
    status: text('status').notNull().default('open'), // open | acknowledged
    action: text('action'),
    note: text('note'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: ts('acknowledged_at'),
    escalatedAt: ts('escalated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('ews_alerts_ward_idx').on(t.wardId, t.status),
    index('ews_alerts_case_idx').on(t.caseId, t.raisedAt),
  ],
);

/** Laboratory results that detection rules read (creatinine, µmol/L). */
export const labResults = pgTable(
  'lab_results',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    caseId: uuid('case_id'),
    analyte: text('analyte').notNull(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    takenAt: ts('taken_at').notNull(),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [index('lab_results_patient_idx').on(t.patientId, t.analyte, t.takenAt)],
);

/** The complication registry: suggested by a rule or entered by a clinician; confirmed with a grade or dismissed. */
export const complications = pgTable(
  'complications',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    type: text('type').notNull(),
    onsetAt: ts('onset_at').notNull(),
    status: text('status').notNull(), // suggested | confirmed | dismissed
    rule: text('rule'),
    evidence: jsonb('evidence'),
    grade: text('grade'),
    disability: boolean('disability').notNull().default(false),
    treatment: text('treatment'),
    outcome: text('outcome'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    ...tracked(),
  },
  (t) => [index('complications_case_idx').on(t.caseId), index('complications_status_idx').on(t.status)],
);

/** The 28-day outcome of a case. */
export const caseOutcomes = pgTable('case_outcomes', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => surgicalCases.id),
  patientId: uuid('patient_id').notNull(),
  status: text('status').notNull(), // alive | died | unknown
  deathAt: ts('death_at'),
  cause: text('cause'),
  source: text('source').notNull(), // hospital | followup
  decidedAt: ts('decided_at').notNull(),
  decidedBy: uuid('decided_by'),
});

/** Follow-up tasks (e.g. the day-28 call when the outcome is unknown). */
export const followupTasks = pgTable(
  'followup_tasks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    kind: text('kind').notNull(), // day28_call
    dueAt: ts('due_at').notNull(),
    status: text('status').notNull().default('open'), // open | done
    result: text('result'),
    doneBy: uuid('done_by'),
    doneAt: ts('done_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('followup_tasks_case_kind_idx').on(t.caseId, t.kind),
    index('followup_tasks_status_idx').on(t.status, t.dueAt),
  ],
);

/** Post-operative assessments (Aldrete, PADSS, Braden, pain, 4AT, CAM-ICU, RASS, PHQ-9, GAD-7, the 72-h visit). */
export const postopAssessments = pgTable(
  'postop_assessments',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    instrument: text('instrument').notNull(),
    version: text('instrument_version').notNull(),
    at: ts('at').notNull(),
    input: jsonb('input').notNull(),
    result: jsonb('result').notNull(),
    complete: boolean('complete').notNull(),
    total: doublePrecision('total'),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [index('postop_assessments_case_idx').on(t.caseId, t.instrument, t.at)],
);

/** Post-operative intake and output (nursing), per entry. */
export const ioEntries = pgTable(
  'io_entries',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    direction: text('direction').notNull(),
    kind: text('kind').notNull(),
    volumeMl: doublePrecision('volume_ml').notNull(),
    at: ts('at').notNull(),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [index('io_entries_case_idx').on(t.caseId, t.at)],
);
