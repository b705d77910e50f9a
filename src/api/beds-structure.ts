// The bed pool's structure (全科一张床, issue 13 §1), the system administrator's: the department's wards with
// their regular open beds over time (ward_open_beds), their rooms and beds, and a bed's own history. No patient
// data: a bed says whether it is occupied, never by whom. Board and movements: beds.ts.
import { z } from 'zod';
import type { LocalText } from '../domain/common/field-messages';
import { singleLineText } from '../domain/common/text';
import { dayNumber } from '../domain/quality/bed-days';
import { isoDate } from '../domain/registry/schemas';
import { defineErrors } from './error-def';

export const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();

/** A real calendar date (no 2026-02-30), YYYY-MM-DD. */
const isRealDate = (d: string): boolean => {
  try {
    dayNumber(d);
    return true;
  } catch {
    return false;
  }
};
export const calendarDate = isoDate.refine(isRealDate, {
  message: 'date.format',
  // Once: a value that is not even YYYY-MM-DD already says so.
  when: (payload) => payload.issues.length === 0,
});

export const ROOM_SEXES = ['male', 'female', 'mixed'] as const;
export type RoomSex = (typeof ROOM_SEXES)[number];
/** Ward codes name wards in the statistics API (`wards=CODE,CODE`) and in history imports. */
export const WARD_CODE = /^[A-Za-z0-9-]{1,32}$/;

// ── Wards ──
export const wardInput = z.strictObject({
  code: singleLineText(32),
  name: singleLineText(60),
  nameEn: singleLineText(60).nullable().optional(),
  /** The most patients the ward's nurses may care for; null = no limit configured. */
  staffingLimit: z.number().int().min(1).max(999).nullable().optional(),
  sortOrder: z.number().int().min(0).max(9999).optional(),
});
export type WardInput = z.infer<typeof wardInput>;
/** A ward's code is fixed once created: statistics and imports name the ward by it. */
export const wardUpdate = wardInput.omit({ code: true }).extend({ version });
export type WardUpdate = z.infer<typeof wardUpdate>;

/** The ward's regular open beds from a date on: the current period ends the day before. */
export const openBedsInput = z.strictObject({
  openBeds: z.number().int().min(0).max(9999),
  validFrom: calendarDate,
});
export type OpenBedsInput = z.infer<typeof openBedsInput>;

export const openBedPeriodSchema = z.object({
  id: z.string(),
  openBeds: z.number(),
  /** Both ends included; null = unbounded on that side. */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  source: z.enum(['entered', 'import']),
  createdAt: z.string(),
});
export type OpenBedPeriod = z.infer<typeof openBedPeriodSchema>;

export const structureWardSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  staffingLimit: z.number().nullable(),
  sortOrder: z.number(),
  /** The regular open beds today; null = no period entered (the statistics count the ward's active beds). */
  openBeds: z.number().nullable(),
  /** Newest period first. */
  openBedPeriods: z.array(openBedPeriodSchema),
  /** Patients in the ward's regular (non-extra) beds now: a new open-bed count may not be lower. */
  occupiedNow: z.number(),
  version: z.number(),
});
export type StructureWard = z.infer<typeof structureWardSchema>;

// ── Rooms ──
export const roomInput = z.strictObject({
  wardId: z.uuid(),
  code: singleLineText(16),
  sex: z.enum(ROOM_SEXES).default('mixed'),
  isolationCapable: z.boolean().default(false),
  /** A monitored (高危/监护) room: every bed in it is a monitored bed. */
  monitored: z.boolean().default(false),
});
export type RoomInput = z.infer<typeof roomInput>;
/** A room stays in its ward. */
export const roomUpdate = roomInput.omit({ wardId: true }).extend({ version });
export type RoomUpdate = z.infer<typeof roomUpdate>;

export const structureRoomSchema = z.object({
  id: z.string(),
  wardId: z.string(),
  code: z.string(),
  sex: z.enum(ROOM_SEXES),
  isolationCapable: z.boolean(),
  monitored: z.boolean(),
  version: z.number(),
});
export type StructureRoom = z.infer<typeof structureRoomSchema>;

// ── Beds ──
export const bedInput = z.strictObject({
  wardId: z.uuid(),
  roomId: z.uuid().nullable().optional(),
  code: singleLineText(16),
  /** An extra bed (加床): occupied when used, an open bed only after six months in place (china-standards.md §3). */
  extra: z.boolean().default(false),
  /** The first census date the bed is in place; required for an extra bed. */
  placedOn: calendarDate.nullable().optional(),
});
export type BedInput = z.infer<typeof bedInput>;
/** A bed stays in its ward; it moves between its ward's rooms, and is retired with the date it was removed. */
export const bedUpdate = bedInput.omit({ wardId: true }).extend({
  /** The last census date the bed was in place; a date retires the bed, null puts it back in service. */
  removedOn: calendarDate.nullable().optional(),
  version,
});
export type BedUpdate = z.infer<typeof bedUpdate>;

export const structureBedSchema = z.object({
  id: z.string(),
  wardId: z.string(),
  roomId: z.string().nullable(),
  code: z.string(),
  extra: z.boolean(),
  placedOn: z.string().nullable(),
  removedOn: z.string().nullable(),
  state: z.enum(['available', 'cleaning', 'closed']),
  active: z.boolean(),
  /** A patient is in the bed now (who is the board's to show, not the structure's). */
  occupied: z.boolean(),
  version: z.number(),
});
export type StructureBed = z.infer<typeof structureBedSchema>;

export const structureSchema = z.object({
  /** Today in the site's time zone (the open-bed count shown is today's). */
  today: z.string(),
  wards: z.array(structureWardSchema),
  rooms: z.array(structureRoomSchema),
  beds: z.array(structureBedSchema),
});
export type Structure = z.infer<typeof structureSchema>;

// ── A bed's history ──
export const bedStateEventSchema = z.object({
  id: z.string(),
  state: z.enum(['available', 'cleaning', 'closed']),
  closureReason: z.enum(['disinfection', 'minor_repair', 'extension', 'major_repair']).nullable(),
  reopensOn: z.string().nullable(),
  note: z.string().nullable(),
  /** When it happened, apart from when it was recorded. */
  at: z.string(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});
export type BedStateEvent = z.infer<typeof bedStateEventSchema>;

/**
 * The bed's history: when it was registered and by whom, its placement and removal dates (on the bed), and
 * every change of its own state, newest first. Other structure edits are in the audit log (the auditor's).
 */
export const bedHistorySchema = z.object({
  bed: structureBedSchema,
  wardCode: z.string(),
  roomCode: z.string().nullable(),
  registeredAt: z.string(),
  registeredByName: z.string().nullable(),
  stateEvents: z.array(bedStateEventSchema),
});
export type BedHistory = z.infer<typeof bedHistorySchema>;

/** The field problems the structure service finds beyond the schemas, in both languages. */
export const STRUCTURE_FIELD_TEXT = {
  'code.format': {
    'zh-CN': '病区代码只能包含字母、数字和连字符，最多 32 位',
    'en-US': 'A ward code has letters, digits and hyphens only, at most 32',
  },
  'ward.notFound': { 'zh-CN': '病区不存在', 'en-US': 'No such ward' },
  'room.notFound': { 'zh-CN': '病房不存在', 'en-US': 'No such room' },
  'room.otherWard': {
    'zh-CN': '所选病房不属于该床位所在的病区',
    'en-US': 'The room belongs to another ward',
  },
  'openBeds.belowOccupied': {
    'zh-CN': '开放床位数不能少于目前在床的患者数（{occupied} 人）',
    'en-US': 'The open beds cannot be fewer than the patients in bed now ({occupied})',
  },
  'validFrom.beforeLatest': {
    'zh-CN': '生效日期不能早于当前开放床位期间的开始日期 {latest}',
    'en-US': 'The date cannot precede the start of the current open-bed period, {latest}',
  },
  'placedOn.requiredForExtra': {
    'zh-CN': '加床须填写放置日期（满 6 个月后计入开放床位）',
    'en-US': 'An extra bed needs the date it was placed (it counts as open after six months)',
  },
  'removedOn.beforePlaced': {
    'zh-CN': '撤床日期不能早于放置日期',
    'en-US': 'The removal date cannot precede the placement date',
  },
  'removedOn.future': {
    'zh-CN': '撤床日期不能晚于今天',
    'en-US': 'The removal date cannot be in the future',
  },
  'removedOn.occupied': {
    'zh-CN': '撤床日期之后该床仍有患者在床，请先转床或出院',
    'en-US': 'A patient is in this bed after the removal date; transfer or discharge first',
  },
} as const satisfies Record<string, LocalText>;
export type StructureFieldProblem = keyof typeof STRUCTURE_FIELD_TEXT;

export const bedsStructureErrors = defineErrors({
  beds_code_taken: {
    status: 409,
    'zh-CN': '编号 {code} 已被使用，请换一个编号',
    'en-US': 'The code {code} is already in use; choose another',
  },
});
