// Why a history file is rejected, in both languages. The row and the column are separate fields of the problem
// (types.ts ImportProblem), so each message names the reason and the value only.
import type { LocalText } from '../../common/field-messages';

type Text = LocalText;
const t = (zh: string, en: string): Text => ({ 'zh-CN': zh, 'en-US': en });

/** A cell value as quoted in a message, shortened. */
export const shown = (value: string): string => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const q = (value: string) => `“${shown(value)}”`;
const qe = (value: string) => `"${shown(value)}"`;
const list = (values: readonly (string | number)[]) => values.join(', ');

export const MSG = {
  // The file as a whole (read-csv.ts).
  notUtf8: () =>
    t(
      '文件不是 UTF-8 编码（可能是 GBK）：请以 UTF-8（无 BOM）另存后重新导入',
      'The file is not UTF-8 (perhaps GBK): save it as UTF-8 without a BOM and import it again',
    ),
  bom: () =>
    t(
      '文件以 UTF-8 BOM 开头：请以不带 BOM 的 UTF-8 保存',
      'The file starts with a UTF-8 BOM: save it as UTF-8 without a BOM',
    ),
  empty: () => t('文件为空：第一行应为表头', 'The file is empty: the first line must be the header'),
  csvSyntax: (code: string) => {
    if (code === 'CSV_QUOTE_NOT_CLOSED')
      return t('CSV 格式错误：引号未闭合', 'CSV syntax error: a quoted field is not closed');
    if (code === 'INVALID_OPENING_QUOTE')
      return t(
        'CSV 格式错误：未加引号的字段中含有引号（字段内的引号须整体加引号并写成两个引号）',
        'CSV syntax error: a quote inside an unquoted field (quote the field and double the inner quote)',
      );
    if (code === 'CSV_INVALID_CLOSING_QUOTE')
      return t('CSV 格式错误：闭合引号后还有字符', 'CSV syntax error: characters after a closing quote');
    return t(`CSV 格式错误（${code}）`, `CSV syntax error (${code})`);
  },
  fieldCount: (expected: number, got: number) =>
    t(`该行有 ${got} 个字段，应为 ${expected} 个`, `The row has ${got} fields, expected ${expected}`),
  // One cell.
  required: () => t('必填', 'Required'),
  nul: () => t('含有 NUL 字符', 'Contains a NUL character'),
  id: (v: string) =>
    t(
      `${q(v)} 不是有效标识：1–32 个字符，只能是字母、数字和连字符`,
      `${qe(v)} is not an identifier: 1–32 characters of A-Z a-z 0-9 -`,
    ),
  enumValue: (v: string, allowed: readonly (string | number)[]) =>
    t(`${q(v)} 不是允许的值（${list(allowed)}）`, `${qe(v)} is not an allowed value (${list(allowed)})`),
  flag: (v: string) =>
    t(`${q(v)} 不是有效的标志：只能是 0、1 或留空`, `${qe(v)} is not a flag: only 0, 1 or empty`),
  date: (v: string) => t(`${q(v)} 不是 YYYY-MM-DD 格式的日期`, `${qe(v)} is not a YYYY-MM-DD date`),
  realDate: (v: string) => t(`${q(v)} 不是实际存在的日期`, `${qe(v)} is not a real calendar date`),
  dateTime: (v: string) =>
    t(
      `${q(v)} 不是有效的日期时间：应含秒和时区偏移，如 2025-03-01T08:10:00+08:00`,
      `${qe(v)} is not a valid date-time: it needs seconds and an offset, e.g. 2025-03-01T08:10:00+08:00`,
    ),
  noOffset: (v: string) => t(`${q(v)} 缺少时区偏移（如 +08:00）`, `${qe(v)} has no UTC offset (e.g. +08:00)`),
  noSeconds: (v: string) =>
    t(`${q(v)} 缺少秒（应为 hh:mm:ss）`, `${qe(v)} has no seconds (hh:mm:ss expected)`),
  int: (v: string) => t(`${q(v)} 不是整数（只能是数字）`, `${qe(v)} is not an integer (plain digits)`),
  intRange: (v: string, min: number, max: number | null) =>
    max === null
      ? t(`${q(v)} 应 ≥ ${min}`, `${qe(v)} must be ≥ ${min}`)
      : t(`${q(v)} 应在 ${min}–${max} 之间`, `${qe(v)} must be within ${min}–${max}`),
  decimal: (v: string) => t(`${q(v)} 不是十进制数`, `${qe(v)} is not a decimal number`),
  tempDecimals: (v: string) =>
    t(`体温 ${q(v)} 超过 2 位小数`, `Temperature ${qe(v)} has more than 2 decimals`),
  tempRange: (v: string) => t(`体温 ${q(v)} 不在 25–43 ℃ 之间`, `Temperature ${qe(v)} is outside 25–43 ℃`),
  province: (v: string) =>
    t(
      `${q(v)} 不是省级行政区的全称（如 山西省、北京市、内蒙古自治区）`,
      `${qe(v)} is not the full name of a province-level division (e.g. 山西省, 北京市, 内蒙古自治区)`,
    ),
  complication: (item: string) =>
    t(
      `并发症 ${q(item)} 应为“名称:分级”，分级为 I、II、IIIa、IIIb、IVa、IVb、V`,
      `Complication ${qe(item)} must be name:grade with grade I, II, IIIa, IIIb, IVa, IVb or V`,
    ),
  tempItem: (item: string) =>
    t(
      `体温记录 ${q(item)} 应为“日期时间=体温”`,
      `Temperature reading ${qe(item)} must be date-time=temperature`,
    ),
  tempOrder: (item: string) =>
    t(
      `体温记录 ${q(item)} 的时间不晚于前一条：时间须严格递增`,
      `Reading ${qe(item)} is not after the previous one: times must strictly increase`,
    ),
  listItem: (item: string) => t(`列表中有空项 ${q(item)}`, `The list has an empty item in ${qe(item)}`),
  // Rules of one row (§2, §4).
  mustBeEmpty: (why: Text) => t(`应为空：${why['zh-CN']}`, `Must be empty: ${why['en-US']}`),
  requiredBecause: (why: Text) => t(`必填：${why['zh-CN']}`, `Required: ${why['en-US']}`),
  subtype: (subtype: string, cls: string) =>
    t(`${q(subtype)} 不是 ${cls} 允许的亚类`, `${qe(subtype)} is not a subtype of ${cls}`),
  deviceEqualsSubtype: (device: string, subtype: string) =>
    t(
      `ga_airway 的气道装置应与亚类相同（${subtype}），实际为 ${q(device)}`,
      `For ga_airway the airway device equals the subtype (${subtype}), found ${qe(device)}`,
    ),
  deviceNoAirway: (device: string) =>
    t(
      `ga_no_airway 的气道装置只能是 none 或 facemask，实际为 ${q(device)}`,
      `For ga_no_airway the airway device is none or facemask, found ${qe(device)}`,
    ),
  before: (other: string) => t(`不能早于 ${other}`, `Must not be before ${other}`),
  notAfter: (other: string) => t(`应晚于 ${other}`, `Must be after ${other}`),
  surgeryDate: (date: string, local: string) =>
    t(
      `手术日期 ${date} 与 surgery_start_at 的本地日期（UTC+08:00）${local} 不一致`,
      `surgery_date ${date} differs from the local (UTC+08:00) date of surgery_start_at, ${local}`,
    ),
  deathDate: (date: string, local: string) =>
    t(
      `death_at 的本地日期（UTC+08:00）${local} 与 death_date ${date} 不一致`,
      `The local (UTC+08:00) date of death_at, ${local}, differs from death_date ${date}`,
    ),
  kpiPerformed: () => t('kpi_only 行的状态只能是 performed', 'A kpi_only row is performed'),
  urgencyNa: () => t('分娩镇痛的 urgency 必须为 na', 'A labour analgesia row has urgency na'),
  urgencyNotNa: () =>
    t('na 只用于分娩镇痛（labour_analgesia）', 'na is for labour analgesia (labour_analgesia) rows only'),
  labourFemale: (sex: string) =>
    t(
      `分娩镇痛的患者性别应为 female，实际为 ${q(sex)}`,
      `A labour analgesia row is female, found ${qe(sex)}`,
    ),
  admissionOfOtherPatient: (admission: string, mrn: string) =>
    t(
      `住院号 ${q(admission)} 在 Periop 中已属于另一患者，不属于病案号 ${q(mrn)}`,
      `Admission ${qe(admission)} already belongs to another patient in Periop, not to ${qe(mrn)}`,
    ),
  dischargeBeforeAdmission: (discharge: string, admission: string) =>
    t(
      `出院日期 ${discharge} 早于入院日期 ${admission}`,
      `Discharge ${discharge} is before admission ${admission}`,
    ),
  dischargeAfterDeath: (discharge: string, death: string) =>
    t(`出院日期 ${discharge} 晚于死亡日期 ${death}`, `Discharge ${discharge} is after the death on ${death}`),
  periodOrder: (from: string, to: string) =>
    t(`valid_to ${to} 早于 valid_from ${from}`, `valid_to ${to} is before valid_from ${from}`),
  // Across rows.
  duplicate: (what: Text, firstRow: number) =>
    t(
      `${what['zh-CN']}重复：第 ${firstRow} 行已有`,
      `Duplicate ${what['en-US']}: already on row ${firstRow}`,
    ),
  personDiffers: (value: string, firstRow: number, first: string) =>
    t(
      `同一患者的属性应一致：此处为 ${q(value)}，第 ${firstRow} 行为 ${q(first)}`,
      `A person's attributes agree on all rows: ${qe(value)} here, ${qe(first)} on row ${firstRow}`,
    ),
  admissionDiffers: (value: string, firstRow: number, first: string) =>
    t(
      `同一住院的属性应一致：此处为 ${q(value)}，第 ${firstRow} 行为 ${q(first)}`,
      `An admission's attributes agree on all its episodes: ${qe(value)} here, ${qe(first)} on row ${firstRow}`,
    ),
  admissionOtherPerson: (firstRow: number, person: string) =>
    t(
      `该住院号在第 ${firstRow} 行属于另一患者 ${q(person)}`,
      `This admission belongs to another person on row ${firstRow}, ${qe(person)}`,
    ),
  missingCategory: (year: number, category: string) =>
    t(
      `${year} 年缺少人员类别 ${category}（没有则填 0）`,
      `Year ${year} lacks staff category ${category} (write 0 if none)`,
    ),
  episodeNotFound: (id: string) => t(`cases.csv 中没有例次 ${q(id)}`, `cases.csv has no episode ${qe(id)}`),
  episodeNotLabour: (id: string, caseRow: number) =>
    t(
      `例次 ${q(id)}（cases.csv 第 ${caseRow} 行）不是已实施的 full 分娩镇痛（labour_analgesia）例次`,
      `Episode ${qe(id)} (cases.csv row ${caseRow}) is not a performed full labour_analgesia row`,
    ),
  episodeOtherPerson: (id: string, caseRow: number, person: string) =>
    t(
      `例次 ${q(id)}（cases.csv 第 ${caseRow} 行）属于另一患者 ${q(person)}`,
      `Episode ${qe(id)} (cases.csv row ${caseRow}) belongs to another person, ${qe(person)}`,
    ),
  linkedTwice: (id: string, firstRow: number) =>
    t(
      `例次 ${q(id)} 已由第 ${firstRow} 行的分娩关联：一个分娩镇痛例次只能关联一次分娩`,
      `Episode ${qe(id)} is already linked from the delivery on row ${firstRow}: one delivery per labour episode`,
    ),
  electiveWithEpisode: () =>
    t(
      '计划剖宫产（caesarean_elective）没有分娩镇痛例次',
      'An elective caesarean (caesarean_elective) has no labour episode',
    ),
  conversion: (flag: string, mode: string, deliveryRow: number) =>
    t(
      `labour_converted_to_caesarean 为 ${q(flag)}，与 deliveries.csv 第 ${deliveryRow} 行的分娩方式 ${mode} 不一致（中转剖宫产时为 1，否则不为 1）`,
      `labour_converted_to_caesarean ${qe(flag)} disagrees with delivery_mode ${mode} on deliveries.csv row ${deliveryRow} (1 exactly for caesarean_in_labour)`,
    ),
  labourNotLinked: () =>
    t(
      '已实施的分娩镇痛例次须由 deliveries.csv 中恰好一次分娩关联',
      'A performed labour analgesia row is linked from exactly one delivery of deliveries.csv',
    ),
  wardOverlap: (otherRow: number) =>
    t(
      `与第 ${otherRow} 行同一病区的期间重叠`,
      `The period overlaps the one of the same ward on row ${otherRow}`,
    ),
} as const;

/** Reasons a cell must be empty or is required, used with `mustBeEmpty` / `requiredBecause`. */
export const WHY = {
  kpiOnly: t(
    'kpi_only 行的麻醉列（22–75，case_status 与 location 除外）为空',
    'the anesthesia columns (22–75, but case_status and location) of a kpi_only row are empty',
  ),
  kpiOnlySurgeryDate: t('kpi_only 行须有手术日期', 'a kpi_only row has a surgery date'),
  full: t('这是 full 行', 'this is a full row'),
  noClass: t('未填麻醉方式大类时亚类和气道装置为空', 'without a class, subtype and device are empty'),
  withClass: t('已填麻醉方式大类', 'an anesthesia class is given'),
  performed: t('例次已实施（performed）', 'the row is performed'),
  performedSurgery: t(
    '已实施的手术或操作须有手术（操作）时间',
    'a performed surgery or procedure has its surgery times',
  ),
  performedSurgeryDate: t('已实施的手术须有手术日期', 'a performed surgery has its surgery date'),
  labour: t('分娩镇痛没有手术时间和 PACU 时间', 'a labour row has no surgery times and no PACU times'),
  cancelled: t('例次已取消（cancelled）', 'the row is cancelled'),
  cancelledEmpty: t(
    '已取消的例次没有手术时间、PACU 时间和手术日期',
    'a cancelled row has no surgery times, PACU times or surgery date',
  ),
  beforeRoom: t(
    '入室前取消：没有入室及以后的时间',
    'cancelled before room entry: no room entry or later anchor',
  ),
  afterRoom: t('入室后麻醉前取消', 'cancelled after room entry, before anesthesia'),
  afterAnesthesia: t('麻醉后切皮前取消', 'cancelled after anesthesia, before incision'),
  surgeryDateNoStart: t('没有 surgery_start_at 时没有手术日期', 'no surgery date without surgery_start_at'),
  gradeNotSurgery: t('操作和分娩镇痛没有手术分级', 'procedures and labour analgesia have no surgical grade'),
  pacuOut: t('pacu_out_at 需要 pacu_in_at', 'pacu_out_at needs pacu_in_at'),
  pacuTemp: t('入PACU首次体温需要 pacu_in_at', 'the first PACU temperature needs pacu_in_at'),
  extubation: t('术后拔管需要 anesthesia_start_at', 'a post-op extubation needs anesthesia_start_at'),
  icu: t('需要 icu_admission_at', 'needs icu_admission_at'),
  aspiration: t('需要 aspiration = 1', 'needs aspiration = 1'),
  arrest: t('需要 cardiac_arrest = 1', 'needs cardiac_arrest = 1'),
  reintubation: t('需要 reintubation_unplanned = 1', 'needs reintubation_unplanned = 1'),
  extubated: t('需要 extubated_at', 'needs extubated_at'),
  analgesia: t('需要 postop_analgesia = 1', 'needs postop_analgesia = 1'),
  tempSeries: t(
    '需要 temp_monitoring 为 continuous 或 intermittent',
    'needs temp_monitoring continuous or intermittent',
  ),
  labourOnly: t('只用于分娩镇痛（labour_analgesia）行', 'labour_analgesia rows only'),
  admission: t(
    'admission_date 当且仅当有 admission_id 时填写',
    'admission_date is given if and only if admission_id is',
  ),
  noAdmission: t('没有 admission_id（门诊）', 'no admission_id (outpatient)'),
  admissionWard: t(
    '住院须有病区（admission_id 已填）',
    'an admission is a stay in a ward (admission_id is given)',
  ),
  deathAt: t('death_at 需要 death_date', 'death_at needs death_date'),
} as const satisfies Record<string, Text>;

/** What is duplicated, in `duplicate`. */
export const DUPLICATE_OF = {
  episode: t('麻醉例次号 episode_id ', 'episode_id'),
  delivery: t('分娩编号 delivery_id ', 'delivery_id'),
  staffing: t('年份与人员类别', 'year and staff category'),
} as const satisfies Record<string, Text>;
