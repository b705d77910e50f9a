// The words of the bed assignment (issue 13 §3: "every proposal explains itself in Chinese"): a violated
// constraint, a proposed bed ("胸外二病区 8 床：同组病区，入住后预计各病区占用率差由 18% 降至 9%"), and why
// no bed was found. Chinese and English side by side.
import type {
  LocalText,
  ScoreBreakdown,
  Violation,
  ViolationFacts,
  ViolationKind,
  Ward,
} from './assignment-types';

const text = (zh: string, en: string): LocalText => ({ 'zh-CN': zh, 'en-US': en });
const SEX_ZH = { male: '男', female: '女' } as const;

/** A short label of each constraint, for counts and filters on the board. */
export const VIOLATION_LABELS: Record<ViolationKind, LocalText> = {
  'unknown-bed': text('床位不存在', 'unknown bed'),
  'outside-horizon': text('入院日期不在计划期内', 'admission outside the planning horizon'),
  'bed-closed': text('床位关闭', 'bed closed'),
  'bed-occupied': text('床位届时未空出', 'bed not free in time'),
  'bed-reserved': text('已为他人预留', 'reserved for another patient'),
  'double-booking': text('与已分配患者住院期重叠', 'overlaps a stay already assigned'),
  'room-sex': text('房间性别不符', 'room sex'),
  'occupant-sex': text('同室患者性别不符', 'roommates of the other sex'),
  isolation: text('无隔离条件', 'no isolation'),
  monitored: text('非监护床位', 'not a monitored bed'),
  'staffing-limit': text('超出护理人力上限', 'over the nurse-staffing limit'),
};

/** Display order of the constraints (bed availability first, then the clinical ones). */
export const VIOLATION_ORDER = Object.keys(VIOLATION_LABELS) as ViolationKind[];

function describe(v: ViolationFacts): LocalText {
  switch (v.kind) {
    case 'unknown-bed':
      return text(`床位 ${v.bedId} 不存在`, `bed ${v.bedId} does not exist`);
    case 'outside-horizon':
      return text(
        `入院日期 ${v.admissionDate} 不在计划期 ${v.horizon.from} 至 ${v.horizon.to} 内`,
        `admission date ${v.admissionDate} is outside the planning horizon ${v.horizon.from} – ${v.horizon.to}`,
      );
    case 'bed-closed':
      return v.reopens === null
        ? text('床位关闭，未定重新开放日期', 'bed closed with no reopening date')
        : text(`床位关闭，${v.reopens} 重新开放`, `bed closed until ${v.reopens}`);
    case 'bed-occupied':
      return v.freeFrom === null
        ? text('床位有患者，出院日期未定', 'bed occupied with no expected discharge date')
        : text(
            `床位有患者，预计 ${v.freeFrom} 出院`,
            `bed occupied until the expected discharge on ${v.freeFrom}`,
          );
    case 'bed-reserved':
      return text(
        `床位已为患者 ${v.reservedFor} 预留至 ${v.until}`,
        `bed reserved for patient ${v.reservedFor} until ${v.until}`,
      );
    case 'double-booking':
      return text(
        `床位已分配给患者 ${v.otherPatientId}（${v.from} 至 ${v.to}），住院期重叠`,
        `bed already assigned to patient ${v.otherPatientId} (${v.from} – ${v.to}), stays overlap`,
      );
    case 'room-sex':
      return text(
        `${SEX_ZH[v.roomSex]}病房，不收${SEX_ZH[v.patientSex]}患者`,
        `${v.roomSex} room, the patient is ${v.patientSex}`,
      );
    case 'occupant-sex':
      return text(
        `同室均为${SEX_ZH[v.occupantSex]}患者，不收${SEX_ZH[v.patientSex]}患者`,
        `roommates are all ${v.occupantSex}, the patient is ${v.patientSex}`,
      );
    case 'isolation':
      return text(
        '患者需隔离，该房间无隔离条件',
        'patient needs isolation, the room is not isolation-capable',
      );
    case 'monitored':
      return text(
        '患者需监护床位，该床位非监护床位',
        'patient needs a monitored bed, this bed is not monitored',
      );
    case 'staffing-limit':
      return text(
        `${v.date} 病区预计 ${v.predicted} 人，超过护理人力上限 ${v.limit} 人`,
        `ward predicted at ${v.predicted} patients on ${v.date}, over its nurse-staffing limit of ${v.limit}`,
      );
  }
}

/** A violation with its message. */
export function violation(facts: ViolationFacts): Violation {
  return { ...facts, message: describe(facts) };
}

/** A fraction as a whole percentage ("18%"). */
export const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;

function balanceText(score: ScoreBreakdown): LocalText {
  const before = percent(score.spreadBefore);
  const after = percent(score.spreadAfter);
  if (before === after) {
    return text(
      `入住后预计各病区占用率差保持 ${after}`,
      `predicted spread of ward occupancy stays at ${after}`,
    );
  }
  const falls = score.spreadAfter < score.spreadBefore;
  return text(
    `入住后预计各病区占用率差由 ${before} ${falls ? '降' : '升'}至 ${after}`,
    `predicted spread of ward occupancy ${falls ? 'falls' : 'rises'} from ${before} to ${after}`,
  );
}

export type ProposalWords = {
  ward: Ward;
  bedCode: string;
  score: ScoreBreakdown;
  /** The patient's home ward, when it is a ward of the department. */
  homeWard: Ward | null;
  /** The patient's home ward code (shown when it is not a ward of the department). */
  homeWardCode: string | null;
};

/** "胸外二病区 8 床：同组病区，入住后预计各病区占用率差由 18% 降至 9%" and its English. */
export function explainProposal(words: ProposalWords): LocalText {
  const { ward, bedCode, score, homeWard, homeWardCode } = words;
  const parts: LocalText[] = [];
  if (score.homeWard === 'home') parts.push(text('同组病区', 'home ward'));
  if (score.homeWard === 'other') {
    const zh = homeWard?.nameZh ?? homeWardCode ?? '';
    const en = homeWard?.name ?? homeWardCode ?? '';
    parts.push(text(`非同组病区（同组：${zh}）`, `not the home ward (${en})`));
  }
  if (score.stayDays > 0) parts.push(balanceText(score));
  if (score.transferReason === 'monitored-step-down') {
    parts.push(text('监护期结束后需转至普通床位', 'a transfer to a regular bed when monitoring ends'));
  }
  if (score.transferReason === 'monitored-not-needed') {
    parts.push(text('占用监护床位，需要时须转出', 'takes a monitored bed it may have to give up'));
  }
  if (score.reservationElsewhere)
    parts.push(text('未使用本人预留床位', 'not the bed reserved for the patient'));
  if (parts.length === 0) return text(`${ward.nameZh} ${bedCode} 床`, `${ward.name} bed ${bedCode}`);
  return text(
    `${ward.nameZh} ${bedCode} 床：${parts.map((p) => p['zh-CN']).join('，')}`,
    `${ward.name} bed ${bedCode}: ${parts.map((p) => p['en-US']).join('; ')}`,
  );
}

/** "无可用床位（共检查 400 床）：无隔离条件 300 床，房间性别不符 120 床" — counts in constraint order. */
export function explainNoBed(counts: Partial<Record<ViolationKind, number>>, bedsChecked: number): LocalText {
  const kinds = VIOLATION_ORDER.filter((k) => (counts[k] ?? 0) > 0);
  const zh = kinds.map((k) => `${VIOLATION_LABELS[k]['zh-CN']} ${counts[k]} 床`).join('，');
  const en = kinds.map((k) => `${VIOLATION_LABELS[k]['en-US']}: ${counts[k]}`).join('; ');
  if (bedsChecked === 0)
    return text('无可用床位：科室没有床位', 'no bed available: the department has no beds');
  return text(
    `无可用床位（共检查 ${bedsChecked} 床）：${zh}`,
    `no bed available (${bedsChecked} beds checked): ${en}`,
  );
}
