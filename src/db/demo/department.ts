// A deterministic, seeded demo of a thoracic surgery and anesthesia department (Shanxi provincial
// cancer hospital profile in MISSION.md): 3 wards, 120 beds, ~3,000 cases over 12 months and
// today's OR schedule with cases in every state. Pure: the same options give the same data.
import { seededRandom } from '../../domain/common/random';
import { type CaseStatus, NEXT_STATUSES } from '../../domain/registry/case-status';
import { namePinyin } from '../../domain/registry/pinyin';
import type { AnesthesiaMethod, Approach, SurgeryGrade, Urgency } from '../../domain/registry/vocabulary';

export type DemoOptions = { seed: number; cases: number; now: Date; timeZone: string };

export const DEMO_FIXTURES = {
  patientName: '张三',
  patientMrn: 'ZY00000001',
  room: 'OR-01',
} as const;

export type DemoWard = { id: string; code: string; name: string };
export type DemoBed = { id: string; wardId: string; code: string };
export type DemoRoom = { code: string; name: string; sortOrder: number };
export type DemoPatient = {
  id: string;
  mrn: string;
  name: string;
  nameInitials: string;
  namePinyin: string;
  sex: 'male' | 'female';
  birthDate: string;
  phone: string;
  idCard: string | null;
  province: string;
  city: string;
  createdAt: Date;
};
export type DemoAdmission = {
  id: string;
  patientId: string;
  wardId: string;
  /** Null when the ward was full at admission (the patient waits for a bed). */
  bedId: string | null;
  admittedAt: Date;
  dischargedAt: Date | null;
  attendingDoctor: string;
};
export type DemoCase = {
  id: string;
  patientId: string;
  admissionId: string;
  wardId: string;
  diagnosisCode: string;
  diagnosisText: string;
  procedureCode: string;
  procedureText: string;
  grade: SurgeryGrade;
  approach: Approach;
  urgency: Urgency;
  plannedAnesthesia: AnesthesiaMethod;
  orRoom: string;
  scheduledStart: Date;
  surgeon: string;
  assistants: string[];
  anesthesiologists: string[];
  status: CaseStatus;
  times: Partial<Record<Exclude<CaseStatus, 'scheduled'>, Date>>;
  cancelStage: string | null;
  cancelReason: string | null;
  createdAt: Date;
  updatedAt: Date;
};
export type DemoEvent = {
  id: string;
  caseId: string;
  fromStatus: CaseStatus;
  toStatus: CaseStatus;
  occurredAt: Date;
  recordedAt: Date;
  reason: string | null;
  /** 'nurse' or 'anesthesia': who recorded it, resolved to a demo user id when loading. */
  recordedByRole: 'nurse' | 'anesthesia';
};

export type DemoData = {
  wards: DemoWard[];
  beds: DemoBed[];
  rooms: DemoRoom[];
  patients: DemoPatient[];
  admissions: DemoAdmission[];
  cases: DemoCase[];
  events: DemoEvent[];
};

function prng(seed: number) {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  };
  /** A UUID v7 whose time part is `ms` and whose random part comes from this generator. */
  const uuid7 = (ms: number) => {
    const hex = (n: number, len: number) => Math.floor(n).toString(16).padStart(len, '0');
    const t = hex(ms, 12);
    const r = () => hex(next() * 0x10000, 4);
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r().slice(1)}-${hex(0x8000 + next() * 0x3fff, 4)}-${r()}${r()}${r()}`;
  };
  return { next, int, pick, weighted, uuid7 };
}
type Rng = ReturnType<typeof prng>;

const SURNAMES = [
  ['王', 10],
  ['李', 10],
  ['张', 9],
  ['刘', 8],
  ['陈', 6],
  ['杨', 5],
  ['赵', 5],
  ['黄', 3],
  ['周', 3],
  ['吴', 3],
  ['徐', 2],
  ['孙', 3],
  ['胡', 2],
  ['朱', 2],
  ['高', 3],
  ['林', 1],
  ['何', 1],
  ['郭', 4],
  ['马', 2],
  ['罗', 1],
  ['梁', 2],
  ['宋', 1],
  ['郑', 1],
  ['谢', 1],
  ['韩', 2],
  ['唐', 1],
  ['冯', 1],
  ['于', 1],
  ['董', 1],
  ['萧', 1],
  ['程', 1],
  ['曹', 1],
  ['袁', 1],
  ['邓', 1],
  ['许', 1],
  ['傅', 1],
  ['沈', 1],
  ['曾', 1],
  ['彭', 1],
  ['吕', 1],
  ['苏', 1],
  ['卢', 1],
  ['蒋', 1],
  ['蔡', 1],
  ['贾', 2],
  ['丁', 1],
  ['魏', 1],
  ['薛', 1],
  ['叶', 1],
  ['阎', 1],
  ['段', 1],
  ['雷', 1],
  ['侯', 1],
  ['龙', 1],
  ['史', 1],
  ['陶', 1],
  ['黎', 1],
  ['贺', 1],
  ['顾', 1],
  ['毛', 1],
  ['郝', 1],
  ['武', 2],
  ['乔', 1],
  ['申', 1],
  ['牛', 1],
  ['温', 1],
  ['秦', 1],
  ['霍', 1],
  ['常', 1],
  ['白', 1],
] as const;
const GIVEN_MALE =
  '建国 志强 国强 建华 卫东 海军 永红 文斌 立新 红军 晓东 明 伟 强 军 勇 杰 涛 斌 超 鹏 刚 峰 磊 浩 宏 斌 俊 波 平 亮 志刚 振华 新民 保国 建平 爱民 文革 宝山 润生'.split(
    ' ',
  );
const GIVEN_FEMALE =
  '秀英 桂英 秀兰 玉兰 桂兰 淑珍 丽 静 敏 燕 艳 娟 霞 芳 丽华 红梅 小红 建英 美玲 翠花 金凤 彩霞 素梅 月娥 晓燕 海燕 丽娟 凤英 淑华 爱琴'.split(
    ' ',
  );
// Avoid the fixture's initials so that a search for "zs" finds it among few others.
const isFixtureLike = (initials: string) => initials === 'zs';

const SHANXI_CITIES = [
  '太原市',
  '大同市',
  '长治市',
  '晋中市',
  '运城市',
  '临汾市',
  '吕梁市',
  '忻州市',
  '阳泉市',
  '晋城市',
  '朔州市',
];
const OTHER_PROVINCES: readonly (readonly [string, readonly string[], number])[] = [
  ['河北省', ['石家庄市', '邯郸市', '邢台市', '张家口市'], 6],
  ['河南省', ['郑州市', '安阳市', '新乡市', '焦作市'], 6],
  ['陕西省', ['西安市', '榆林市', '渭南市', '延安市'], 5],
  ['内蒙古自治区', ['呼和浩特市', '鄂尔多斯市', '包头市'], 4],
  ['山东省', ['济南市', '聊城市'], 2],
  ['北京市', ['北京市'], 1],
];
// Area-code prefixes for plausible ID numbers (province level).
const AREA_CODES: Record<string, string> = {
  山西省: '140100',
  河北省: '130100',
  河南省: '410100',
  陕西省: '610100',
  内蒙古自治区: '150100',
  山东省: '370100',
  北京市: '110100',
};

const SURGEONS = ['李外科', '刘建军', '陈志远', '杨卫东', '高振华', '郭立新', '马文斌', '贾海军'];
const ASSISTANTS = ['张晓东', '王鹏', '赵磊', '孙浩', '周俊', '吴涛', '韩超', '武峰', '乔亮', '申斌'];
const ANESTHESIOLOGISTS = ['王麻醉', '郝晓燕', '秦丽', '霍敏', '常静', '白雪梅', '段志刚'];
const ATTENDINGS = ['李外科', '刘建军', '陈志远', '杨卫东', '高振华', '郭立新'];
const CANCEL_REASONS = [
  '患者发热，体温 38.5 ℃',
  '血压控制不佳',
  '患者及家属要求推迟',
  '术前检查结果异常需复查',
  '急诊手术占用手术间',
  '凝血功能异常',
];

type Procedure = {
  diagnosis: readonly (readonly [string, string])[];
  code: string;
  text: string;
  approach: Approach;
  grade: SurgeryGrade;
  anesthesia: readonly (readonly [AnesthesiaMethod, number])[];
  minutes: readonly [number, number];
  icuShare: number;
};
const ESOPHAGEAL = [
  ['C15.300', '食管上段恶性肿瘤'],
  ['C15.400', '食管中段恶性肿瘤'],
  ['C15.500', '食管下段恶性肿瘤'],
] as const;
const LUNG = [
  ['C34.100', '右肺上叶恶性肿瘤'],
  ['C34.101', '左肺上叶恶性肿瘤'],
  ['C34.200', '右肺中叶恶性肿瘤'],
  ['C34.300', '右肺下叶恶性肿瘤'],
  ['C34.301', '左肺下叶恶性肿瘤'],
] as const;
const MEDIASTINAL = [
  ['D15.200', '纵隔良性肿瘤'],
  ['C37.x00', '胸腺恶性肿瘤'],
  ['C38.100', '前纵隔恶性肿瘤'],
] as const;
const GA: readonly (readonly [AnesthesiaMethod, number])[] = [
  ['general_tube', 9],
  ['combined', 1],
];

const PROCEDURES: readonly (readonly [Procedure, number])[] = [
  [
    {
      diagnosis: ESOPHAGEAL,
      code: '42.4101',
      text: '胸腹腔镜联合食管癌根治术',
      approach: 'vats',
      grade: 4,
      anesthesia: GA,
      minutes: [240, 330],
      icuShare: 0.35,
    },
    18,
  ],
  [
    {
      diagnosis: ESOPHAGEAL,
      code: '42.4102',
      text: '机器人辅助食管癌根治术',
      approach: 'robotic',
      grade: 4,
      anesthesia: GA,
      minutes: [270, 360],
      icuShare: 0.35,
    },
    4,
  ],
  [
    {
      diagnosis: ESOPHAGEAL,
      code: '42.4103',
      text: '开放食管癌根治术（Ivor-Lewis）',
      approach: 'open',
      grade: 4,
      anesthesia: GA,
      minutes: [270, 380],
      icuShare: 0.5,
    },
    6,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.4101',
      text: '胸腔镜下肺叶切除术+淋巴结清扫',
      approach: 'vats',
      grade: 4,
      anesthesia: GA,
      minutes: [120, 200],
      icuShare: 0.03,
    },
    22,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.3001',
      text: '胸腔镜下肺段切除术',
      approach: 'vats',
      grade: 4,
      anesthesia: GA,
      minutes: [110, 180],
      icuShare: 0.02,
    },
    9,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.2001',
      text: '胸腔镜下肺楔形切除术',
      approach: 'vats',
      grade: 3,
      anesthesia: GA,
      minutes: [60, 110],
      icuShare: 0.01,
    },
    7,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.4102',
      text: '机器人辅助肺叶切除术',
      approach: 'robotic',
      grade: 4,
      anesthesia: GA,
      minutes: [140, 220],
      icuShare: 0.03,
    },
    5,
  ],
  [
    {
      diagnosis: LUNG,
      code: '32.4103',
      text: '开胸肺叶切除术',
      approach: 'open',
      grade: 4,
      anesthesia: GA,
      minutes: [150, 240],
      icuShare: 0.08,
    },
    3,
  ],
  [
    {
      diagnosis: [
        ['C34.100', '右肺上叶恶性肿瘤（早期，≤3 cm）'],
        ['C34.300', '右肺下叶恶性肿瘤（早期，≤3 cm）'],
      ],
      code: '32.2601',
      text: 'CT引导下肺肿物微波消融术',
      approach: 'ablation',
      grade: 3,
      anesthesia: [
        ['sedation', 6],
        ['nerve_block', 2],
        ['general_lma', 2],
      ],
      minutes: [30, 60],
      icuShare: 0,
    },
    10,
  ],
  [
    {
      diagnosis: MEDIASTINAL,
      code: '34.3x01',
      text: '胸腔镜下纵隔肿物切除术',
      approach: 'vats',
      grade: 3,
      anesthesia: GA,
      minutes: [90, 160],
      icuShare: 0.02,
    },
    8,
  ],
  [
    {
      diagnosis: MEDIASTINAL,
      code: '07.8001',
      text: '机器人辅助胸腺扩大切除术',
      approach: 'robotic',
      grade: 4,
      anesthesia: GA,
      minutes: [120, 200],
      icuShare: 0.03,
    },
    2,
  ],
  [
    {
      diagnosis: [
        ['J93.100', '自发性气胸'],
        ['J43.900', '肺大疱'],
      ],
      code: '32.2101',
      text: '胸腔镜下肺大疱切除术',
      approach: 'vats',
      grade: 2,
      anesthesia: GA,
      minutes: [50, 90],
      icuShare: 0,
    },
    4,
  ],
  [
    {
      diagnosis: [['J86.900', '脓胸']],
      code: '34.0901',
      text: '胸腔镜下胸膜纤维板剥脱术',
      approach: 'vats',
      grade: 3,
      anesthesia: GA,
      minutes: [100, 180],
      icuShare: 0.05,
    },
    2,
  ],
];

const ROOMS: DemoRoom[] = Array.from({ length: 8 }, (_, i) => ({
  code: `OR-${String(i + 1).padStart(2, '0')}`,
  name: `第${i + 1}手术间`,
  sortOrder: i + 1,
}));

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The UTC offset (ms) of a time zone at an instant. */
function zoneOffset(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of local midnight starting the day that contains `at`. */
export function localDayStart(at: Date, timeZone: string): Date {
  const offset = zoneOffset(at, timeZone);
  const local = at.getTime() + offset;
  return new Date(local - (((local % DAY) + DAY) % DAY) - offset);
}

function idCardFor(rng: Rng, province: string, birthDate: string): string {
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `${AREA_CODES[province] ?? '140100'}${birthDate.replaceAll('-', '')}${String(rng.int(0, 999)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i]!;
  return body + '10X98765432'[sum % 11]!;
}

function makePatient(rng: Rng, index: number, createdAt: Date, now: Date): DemoPatient {
  const sex = rng.next() < 0.68 ? 'male' : 'female'; // thoracic oncology is male-predominant
  let name: string;
  let py: { initials: string; full: string };
  do {
    name = rng.weighted(SURNAMES) + rng.pick(sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
    py = namePinyin(name);
  } while (isFixtureLike(py.initials));
  const age = Math.min(88, Math.max(28, Math.round(63 + (rng.next() + rng.next() + rng.next() - 1.5) * 16)));
  const birthYear = now.getUTCFullYear() - age;
  const birthDate = `${birthYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const fromShanxi = rng.next() < 0.75;
  const [province, cities] = fromShanxi
    ? (['山西省', SHANXI_CITIES] as const)
    : (() => {
        const [p, c] = rng.weighted(OTHER_PROVINCES.map((o) => [[o[0], o[1]] as const, o[2]] as const));
        return [p, c] as const;
      })();
  const phone = `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
  return {
    id: rng.uuid7(createdAt.getTime()),
    mrn: `ZY${String(10_000_000 + index).padStart(8, '0')}`,
    name,
    nameInitials: py.initials,
    namePinyin: py.full,
    sex,
    birthDate,
    phone,
    idCard: rng.next() < 0.85 ? idCardFor(rng, province, birthDate) : null,
    province,
    city: rng.pick(cities),
    createdAt,
  };
}

const FLOW: Exclude<CaseStatus, 'scheduled' | 'cancelled'>[] = [
  'in_room',
  'anesthesia_start',
  'surgery_start',
  'surgery_end',
  'anesthesia_end',
  'out_of_room',
];

/** Gaps (minutes) before each step, for a case of the given length. */
function stepGaps(rng: Rng, minutes: number, toIcu: boolean, noPacu: boolean): [CaseStatus, number][] {
  const gaps: [CaseStatus, number][] = [
    ['in_room', 0],
    ['anesthesia_start', rng.int(8, 20)],
    ['surgery_start', rng.int(15, 35)],
    ['surgery_end', minutes],
    ['anesthesia_end', rng.int(8, 20)],
    ['out_of_room', rng.int(5, 15)],
  ];
  if (toIcu) gaps.push(['icu', rng.int(5, 15)]);
  else if (noPacu) gaps.push(['ward', rng.int(5, 15)]);
  else gaps.push(['pacu_in', rng.int(3, 8)], ['pacu_out', rng.int(40, 90)], ['ward', rng.int(5, 15)]);
  return gaps;
}

export function generateDemo(options: DemoOptions): DemoData {
  const rng = prng(options.seed);
  const now = options.now;
  const today = localDayStart(now, options.timeZone);
  const wards: DemoWard[] = ['胸外一病区', '胸外二病区', '胸外三病区'].map((name, i) => ({
    id: rng.uuid7(today.getTime() - 400 * DAY + i),
    code: `TS${i + 1}`,
    name,
  }));
  const beds: DemoBed[] = wards.flatMap((w, wi) =>
    Array.from({ length: 40 }, (_, b) => ({
      id: rng.uuid7(today.getTime() - 400 * DAY + 100 + wi * 40 + b),
      wardId: w.id,
      code: `${wi + 1}${String(b + 1).padStart(2, '0')}`,
    })),
  );
  const bedsOf = (wardId: string) => beds.filter((b) => b.wardId === wardId);
  const patients: DemoPatient[] = [];
  const admissions: DemoAdmission[] = [];
  const cases: DemoCase[] = [];
  const events: DemoEvent[] = [];

  // One patient per bed: a patient still in hospital gets a bed nobody else still occupies; when the
  // ward is full they wait without one (as wards do), never doubled up. Past stays are not checked:
  // nothing shows them side by side, and checking them would make 200k-case seeds quadratic.
  const occupiedBeds = new Set<string>();
  const freeBed = (wardId: string, draw: number, stillIn: boolean) => {
    const list = bedsOf(wardId);
    const start = Math.floor(draw * list.length);
    if (!stillIn) return list[start]!;
    for (let k = 0; k < list.length; k++) {
      const b = list[(start + k) % list.length]!;
      if (!occupiedBeds.has(b.id)) {
        occupiedBeds.add(b.id);
        return b;
      }
    }
    return null;
  };
  const addCase = (
    patient: DemoPatient,
    scheduledStart: Date,
    room: string,
    proc: Procedure,
    plan: { status: CaseStatus; times: [CaseStatus, Date][]; cancel?: { stage: string; reason: string } },
    urgency: Urgency,
  ) => {
    const ward = wards[cases.length % 3]!;
    // Drawn where the bed used to be picked, so every later draw (and so the demo) stays the same.
    const bedDraw = rng.next();
    const admittedAt = new Date(
      Math.min(
        now.getTime() - 60 * MINUTE,
        scheduledStart.getTime() - rng.int(1, 5) * DAY - rng.int(0, 6) * 60 * MINUTE,
      ),
    );
    const discharge = new Date(scheduledStart.getTime() + rng.int(4, 14) * DAY);
    const finished = plan.status === 'ward' || plan.status === 'icu' || plan.status === 'cancelled';
    const dischargedAt = finished && discharge < now ? discharge : null;
    const bed = freeBed(ward.id, bedDraw, dischargedAt === null);
    const admission: DemoAdmission = {
      id: rng.uuid7(admittedAt.getTime()),
      patientId: patient.id,
      wardId: ward.id,
      bedId: bed?.id ?? null,
      admittedAt,
      dischargedAt,
      attendingDoctor: rng.pick(ATTENDINGS),
    };
    admissions.push(admission);
    const [diagnosisCode, diagnosisText] = rng.pick(proc.diagnosis);
    const createdAt = new Date(Math.min(now.getTime(), admittedAt.getTime() + 2 * 60 * MINUTE));
    const lastTime = plan.times.at(-1)?.[1] ?? createdAt;
    const c: DemoCase = {
      id: rng.uuid7(createdAt.getTime()),
      patientId: patient.id,
      admissionId: admission.id,
      wardId: ward.id,
      diagnosisCode,
      diagnosisText,
      procedureCode: proc.code,
      procedureText: proc.text,
      grade: proc.grade,
      approach: proc.approach,
      urgency,
      plannedAnesthesia: rng.weighted(proc.anesthesia),
      orRoom: room,
      scheduledStart,
      surgeon: rng.pick(SURGEONS),
      assistants: [rng.pick(ASSISTANTS), ...(rng.next() < 0.5 ? [rng.pick(ASSISTANTS)] : [])].filter(
        (v, i, a) => a.indexOf(v) === i,
      ),
      anesthesiologists: [rng.pick(ANESTHESIOLOGISTS)],
      status: plan.status,
      times: Object.fromEntries(plan.times) as DemoCase['times'],
      cancelStage: plan.cancel?.stage ?? null,
      cancelReason: plan.cancel?.reason ?? null,
      createdAt,
      updatedAt: lastTime > createdAt ? lastTime : createdAt,
    };
    cases.push(c);
    let from: CaseStatus = 'scheduled';
    for (const [to, at] of plan.times) {
      if (!NEXT_STATUSES[from].includes(to as Exclude<CaseStatus, 'scheduled'>))
        throw new Error(`demo: ${from}→${to}`);
      const recordedAt = new Date(
        Math.min(now.getTime(), at.getTime() + rng.int(0, 4) * MINUTE + rng.int(0, 59) * 1000),
      );
      events.push({
        id: rng.uuid7(recordedAt.getTime()),
        caseId: c.id,
        fromStatus: from,
        toStatus: to,
        occurredAt: at,
        recordedAt,
        reason: to === 'cancelled' ? (plan.cancel?.reason ?? null) : null,
        recordedByRole:
          FLOW.includes(to as (typeof FLOW)[number]) && to !== 'in_room' ? 'anesthesia' : 'nurse',
      });
      from = to;
    }
  };

  const newPatient = (createdAt: Date) => {
    const p = makePatient(rng, patients.length + 1, createdAt, now);
    patients.push(p);
    return p;
  };

  /** A full history starting at `start`, compressed by `scale` (1 = real durations). */
  const history = (
    proc: Procedure,
    start: Date,
    scale: number,
    toIcu: boolean,
    noPacu: boolean,
    upTo?: CaseStatus,
  ) => {
    const times: [CaseStatus, Date][] = [];
    let t = start.getTime();
    for (const [status, gap] of stepGaps(rng, rng.int(proc.minutes[0], proc.minutes[1]), toIcu, noPacu)) {
      t += gap * MINUTE * scale;
      times.push([status, new Date(t)]);
      if (status === upTo) break;
    }
    return times;
  };

  // Past 12 months: working days, rooms from 08:00.
  const pastCases = Math.max(0, options.cases - 24);
  const daysBack = 365;
  const perDay = pastCases / (daysBack * (5 / 7));
  const patientTarget = Math.round(options.cases / 1.2);
  let generated = 0;
  for (let d = daysBack; d >= 1 && generated < pastCases; d--) {
    const day = new Date(today.getTime() - d * DAY);
    const weekday = new Date(day.getTime() + 12 * 60 * MINUTE).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const remainingDays = Math.max(1, Math.round(d * (5 / 7)));
    let count = weekend ? (rng.next() < 0.3 ? 1 : 0) : Math.round(perDay + (rng.next() - 0.5) * 4);
    count = Math.min(
      count,
      pastCases - generated,
      Math.ceil(((pastCases - generated) / remainingDays) * 1.5),
    );
    if (d === 1) count = pastCases - generated; // the last day takes what rounding left over
    const roomClock = ROOMS.map(() => 8 * 60 + rng.int(0, 30));
    for (let k = 0; k < count; k++) {
      const roomIndex = k % ROOMS.length;
      const proc = rng.weighted(PROCEDURES);
      const urgency: Urgency = weekend
        ? 'emergency'
        : rng.weighted([
            ['elective', 88],
            ['urgent', 8],
            ['emergency', 4],
          ] as const);
      const startMinute = Math.min(roomClock[roomIndex]!, 21 * 60);
      const scheduledStart = new Date(day.getTime() + startMinute * MINUTE);
      const patient =
        patients.length < patientTarget || patients.length === 0
          ? newPatient(new Date(scheduledStart.getTime() - 3 * DAY))
          : rng.pick(patients);
      let plan: Parameters<typeof addCase>[4];
      if (rng.next() < 0.015) {
        const stage = rng.weighted([
          ['before_room', 7],
          ['after_room_before_anesthesia', 2],
          ['after_anesthesia_before_incision', 1],
        ] as const);
        const upTo: CaseStatus | undefined =
          stage === 'before_room'
            ? undefined
            : stage === 'after_room_before_anesthesia'
              ? 'in_room'
              : 'anesthesia_start';
        const times = upTo
          ? history(proc, new Date(scheduledStart.getTime() + rng.int(0, 20) * MINUTE), 1, false, false, upTo)
          : [];
        const cancelAt = new Date(
          (times.at(-1)?.[1] ?? new Date(scheduledStart.getTime() - 60 * MINUTE)).getTime() + 10 * MINUTE,
        );
        times.push(['cancelled', cancelAt]);
        plan = { status: 'cancelled', times, cancel: { stage, reason: rng.pick(CANCEL_REASONS) } };
        roomClock[roomIndex]! += 30;
      } else {
        const toIcu = rng.next() < proc.icuShare;
        const times = history(
          proc,
          new Date(scheduledStart.getTime() + rng.int(-10, 30) * MINUTE),
          1,
          toIcu,
          rng.next() < 0.1,
        );
        plan = { status: times.at(-1)![0], times };
        roomClock[roomIndex] =
          Math.round((times.find(([s]) => s === 'out_of_room')![1].getTime() - day.getTime()) / MINUTE) + 30;
      }
      addCase(patient, scheduledStart, ROOMS[roomIndex]!.code, proc, plan, urgency);
      generated++;
    }
  }

  // Today: every state on the board, with every recorded time at or before now.
  const TODAY_PLAN: CaseStatus[] = [
    'ward',
    'ward',
    'ward',
    'icu',
    'pacu_out',
    'pacu_in',
    'pacu_in',
    'out_of_room',
    'anesthesia_end',
    'surgery_end',
    'surgery_start',
    'surgery_start',
    'pacu_in',
    'anesthesia_start',
    'anesthesia_start',
    'in_room',
    'in_room',
    'cancelled',
    'scheduled',
    'scheduled',
    'scheduled',
    'scheduled',
    'scheduled',
    'scheduled',
  ];
  const elapsed = now.getTime() - today.getTime();
  const dayEnd = today.getTime() + DAY - MINUTE;
  // A room holds one patient: the cases still in a room get a room each; the others rotate.
  const IN_ROOM = new Set<CaseStatus>([
    'in_room',
    'anesthesia_start',
    'surgery_start',
    'surgery_end',
    'anesthesia_end',
  ]);
  let inRoomCount = 0;
  TODAY_PLAN.forEach((target, i) => {
    const room = IN_ROOM.has(target)
      ? ROOMS[inRoomCount++ % ROOMS.length]!.code
      : ROOMS[i % ROOMS.length]!.code;
    const fixture = i === TODAY_PLAN.length - 1;
    const proc = fixture ? PROCEDURES[0]![0] : rng.weighted(PROCEDURES);
    const patient = fixture
      ? (() => {
          const p = makePatient(rng, 0, new Date(now.getTime() - 3 * DAY), now);
          const py = namePinyin(DEMO_FIXTURES.patientName);
          Object.assign(p, {
            name: DEMO_FIXTURES.patientName,
            mrn: DEMO_FIXTURES.patientMrn,
            nameInitials: py.initials,
            namePinyin: py.full,
          });
          patients.push(p);
          return p;
        })()
      : newPatient(new Date(now.getTime() - 3 * DAY));
    const caseRoom = fixture ? DEMO_FIXTURES.room : room;
    if (target === 'scheduled') {
      const start = Math.min(dayEnd - 30 * MINUTE, now.getTime() + (i - 17) * 40 * MINUTE);
      addCase(
        patient,
        new Date(Math.max(today.getTime(), start)),
        caseRoom,
        proc,
        { status: 'scheduled', times: [] },
        'elective',
      );
      return;
    }
    // Lay the history out so that the last step happens shortly before now, compressed when the
    // day is young (all steps must fit between midnight and now).
    const toIcu = target === 'icu';
    const natural =
      stepGaps(prng(options.seed + i), proc.minutes[0], toIcu, false).reduce((s, [, g]) => s + g, 0) * MINUTE;
    const scale = Math.min(1, (elapsed * 0.8) / (natural + 60 * MINUTE));
    const cancelStage = target === 'cancelled' ? 'after_room_before_anesthesia' : null;
    const upTo = cancelStage ? 'in_room' : target;
    const draft = history(proc, new Date(0), scale, toIcu, false, upTo);
    const span = draft.at(-1)![1].getTime();
    const lastAt = now.getTime() - Math.max(1000, Math.min(20 * MINUTE, elapsed * 0.05)) * (1 + (i % 3));
    const shift = Math.max(today.getTime() + 2 * 1000, lastAt - span);
    const times: [CaseStatus, Date][] = draft.map(([s, t]) => [
      s,
      new Date(Math.min(now.getTime(), t.getTime() + shift)),
    ]);
    let cancel: { stage: string; reason: string } | undefined;
    if (cancelStage) {
      cancel = { stage: cancelStage, reason: '入室后血压 200/110 mmHg，暂停手术' };
      times.push([
        'cancelled',
        new Date(Math.min(now.getTime(), times.at(-1)![1].getTime() + Math.max(1000, 10 * MINUTE * scale))),
      ]);
    }
    const scheduledStart = new Date(Math.max(today.getTime(), times[0]![1].getTime() - 15 * MINUTE * scale));
    addCase(
      patient,
      scheduledStart,
      caseRoom,
      proc,
      { status: target, times, ...(cancel ? { cancel } : {}) },
      i === 3 ? 'emergency' : 'elective',
    );
  });

  // The next three days: scheduled only.
  for (let d = 1; d <= 3; d++) {
    for (let k = 0; k < 12; k++) {
      const start = new Date(
        today.getTime() + d * DAY + (8 * 60 + Math.floor(k / ROOMS.length) * 180) * MINUTE,
      );
      addCase(
        newPatient(new Date(now.getTime() - DAY)),
        start,
        ROOMS[k % ROOMS.length]!.code,
        rng.weighted(PROCEDURES),
        { status: 'scheduled', times: [] },
        'elective',
      );
    }
  }

  return { wards, beds, rooms: ROOMS, patients, admissions, cases, events };
}
