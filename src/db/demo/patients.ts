// The demo's patients: common surnames by frequency, given names of the generation, Shanxi's cities
// and the neighbouring provinces the hospital's patients come from, plausible ID numbers (GB 11643 check
// digit), and the patient made of them.
import { namePinyin } from '../../domain/registry/pinyin';
import type { DemoPatient } from './department';
import type { Rng } from './rng';

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

// Avoid the fixture's initials so that a search for "zs" finds it among few others.
const isFixtureLike = (initials: string) => initials === 'zs';

function idCardFor(rng: Rng, province: string, birthDate: string): string {
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const body = `${AREA_CODES[province] ?? '140100'}${birthDate.replaceAll('-', '')}${String(rng.int(0, 999)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * WEIGHTS[i]!;
  return body + '10X98765432'[sum % 11]!;
}

export function makePatient(rng: Rng, index: number, createdAt: Date, now: Date): DemoPatient {
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
