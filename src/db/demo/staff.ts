// The demo department's staff: the surgeons with their authorised grades (手术分级授权, china-standards.md
// §2.1), their assistants, the anesthesiologists and the theatre nurses. Each is an account (staffAccounts)
// so that the case form picks them; the demo's logins (accounts.ts) are among them.
import type { Role } from '../../domain/auth/permissions';
import { namePinyin } from '../../domain/registry/pinyin';
import type { SurgeryGrade } from '../../domain/registry/vocabulary';
import { DEMO_ACCOUNTS } from './accounts';

/** The operating surgeons and the grade each may operate up to; 李外科 is the demo's `surgeon` login. */
export const SURGEON_GRADES: readonly (readonly [string, SurgeryGrade])[] = [
  ['李外科', 4],
  ['刘建军', 4],
  ['陈志远', 4],
  ['杨卫东', 4],
  ['高振华', 3],
  ['郭立新', 3],
  ['马文斌', 2],
  ['贾海军', 2],
];
export const SURGEONS = SURGEON_GRADES.map(([name]) => name);
/** Residents and junior surgeons: assistants, a few authorised for the simplest operations. */
export const ASSISTANT_GRADES: readonly (readonly [string, SurgeryGrade | null])[] = [
  ['张晓东', 2],
  ['王鹏', 2],
  ['赵磊', 1],
  ['孙浩', 1],
  ['周俊', null],
  ['吴涛', null],
  ['韩超', 1],
  ['武峰', null],
  ['乔亮', null],
  ['申斌', null],
];
export const ASSISTANTS = ASSISTANT_GRADES.map(([name]) => name);
export const ANESTHESIOLOGISTS = ['王麻醉', '郝晓燕', '秦丽', '霍敏', '常静', '白雪梅', '段志刚'];
export const ATTENDINGS = ['李外科', '刘建军', '陈志远', '杨卫东', '高振华', '郭立新'];
/** 巡回护士 and 洗手护士; 赵护士 is the demo's `nurse` login. */
export const NURSES = ['赵护士', '李婷', '张颖', '刘娜', '陈静怡', '杨帆', '王倩', '吴敏'];

/** The surgeons who may operate a case of this grade. */
export const surgeonsFor = (grade: SurgeryGrade): string[] =>
  SURGEON_GRADES.filter(([, g]) => g >= grade).map(([name]) => name);

/** A case's two theatre nurses (circulating, scrub), turn by turn: no draw, so the demo's draws stay as they were. */
export const nursesFor = (index: number): string[] => [
  NURSES[index % NURSES.length]!,
  NURSES[(index + 3) % NURSES.length]!,
];

export type StaffAccount = {
  username: string;
  displayName: string;
  role: Role;
  surgicalGrade: SurgeryGrade | null;
};

/** Every staff member without a demo login, as an account of his role; the logins' grades beside them. */
export function staffAccounts(): { accounts: StaffAccount[]; loginGrades: Map<string, SurgeryGrade> } {
  const logins = new Set(DEMO_ACCOUNTS.map((a) => a.displayName));
  const grades = new Map<string, SurgeryGrade | null>([...SURGEON_GRADES, ...ASSISTANT_GRADES]);
  const people: [string, Role][] = [
    ...[...SURGEONS, ...ASSISTANTS].map((n) => [n, 'surgeon'] as [string, Role]),
    ...ANESTHESIOLOGISTS.map((n) => [n, 'anesthesiologist'] as [string, Role]),
    ...NURSES.map((n) => [n, 'nurse'] as [string, Role]),
  ];
  const accounts = people
    .filter(([name]) => !logins.has(name))
    .map(([displayName, role]) => ({
      username: namePinyin(displayName).full,
      displayName,
      role,
      surgicalGrade: grades.get(displayName) ?? null,
    }));
  const loginGrades = new Map(
    DEMO_ACCOUNTS.filter((a) => grades.get(a.displayName)).map((a) => [
      a.username,
      grades.get(a.displayName)!,
    ]),
  );
  return { accounts, loginGrades };
}
