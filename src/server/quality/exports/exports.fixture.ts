// A realistic month of QC figures for the export tests: every indicator of an edition with made-up counts of a
// thoracic department (AQI-DNR-01's staffing not reported, AQI-EPD-26 with no vaginal delivery, so two absent
// values for two reasons), its 12-month trend with a month without data, the department KPIs, and a case list
// of any length.
import type {
  IndicatorCase,
  IndicatorCasesResponse,
  IndicatorItem,
  IndicatorsResponse,
  KpisResponse,
  Proportion,
  TrendResponse,
} from '../../../api/quality';
import { indicatorValue } from '../../../domain/quality/compute';
import { INDICATORS } from '../../../domain/quality/indicators';
import type { Edition } from '../../../domain/quality/types';
import { proportion } from '../../../domain/quality/wilson';

export const MONTH = '2026-03';
export const WARDS = ['TS1', 'TS2'];
export const NOT_REPORTED = 'AQI-DNR-01';
export const DENOMINATOR_ZERO = 'AQI-EPD-26';
/** A trend month without data for AQI-IHT-10. */
export const GAP_MONTH = 4;

type Counts = [
  numerator: number,
  denominator: number,
  missing?: number,
  unclassifiable?: number,
  excluded?: number,
];

const COUNTS_2022: Record<string, Counts | null> = {
  'AQI-DNR-01': null,
  'AQI-ACC-02': [1386, 12],
  'AQI-PAO-03': [312, 1386],
  'AQI-PVR-04': [958, 972, 6, 3],
  'AQI-CRB-05': [3, 1402],
  'AQI-CRA-06': [1, 1386],
  'AQI-TMR-07': [801, 845, 0, 2],
  'AQI-AWR-08': [690, 845, 12],
  'AQI-ATR-09': [4, 37],
  'AQI-IHT-10': [62, 790, 11, 0, 2],
  'AQI-IDI-11': [0, 812],
  'AQI-IRA-12': [0, 1386],
  'AQI-IUA-13': [2, 1290],
  'AQI-ICA-14': [1, 1290],
  'AQI-ISA-15': [1, 1386],
  'AQI-IAG-16': [0, 780, 65],
  'AQI-IHP-17': [41, 702, 4],
  'AQI-IDP-18': [18, 702, 9],
  'AQI-IUR-19': [2, 688],
  'AQI-IUI-20': [9, 1290],
  'AQI-ASR-21': [402, 431, 22],
  'AQI-ISN-22': [0, 214, 5],
  'AQI-IHE-23': [3, 420, 7, 0, 368],
  'AQI-INC-24': [0, 790, 0, 1, 22],
  'AQI-TPM-25': [1, 1290],
  'AQI-EPD-26': [0, 0],
};

function countsOf(code: string, n: number): Counts | null {
  if (code in COUNTS_2022) return COUNTS_2022[code]!;
  return [(n * 7) % 40, 300 + n * 31, n % 3];
}

export function indicatorsFixture(edition: Edition = '2022'): IndicatorsResponse {
  const items: IndicatorItem[] = INDICATORS[edition].map((ind, n) => {
    const counts = countsOf(ind.code, n);
    const counting = ind.kind === 'staffing' ? 'staffing' : ind.counting;
    const common: Pick<
      IndicatorItem,
      'code' | 'edition' | 'name' | 'unit' | 'counting' | 'source' | 'readings'
    > = {
      code: ind.code,
      edition,
      name: ind.name,
      unit: ind.unit,
      counting,
      source: ind.source,
      readings: [...ind.readings],
    };
    if (counts === null)
      return {
        ...common,
        numerator: null,
        denominator: null,
        value: null,
        missing: 0,
        unclassifiable: 0,
        excluded: 0,
        unknownsAsNonEvents: null,
      };
    const [numerator, denominator, missing = 0, unclassifiable = 0, excluded = 0] = counts;
    return {
      ...common,
      numerator,
      denominator,
      value: indicatorValue(numerator, denominator, ind.unit),
      missing,
      unclassifiable,
      excluded,
      unknownsAsNonEvents:
        missing === 0
          ? null
          : {
              numerator,
              denominator: denominator + missing,
              value: indicatorValue(numerator, denominator + missing, ind.unit),
            },
    };
  });
  return { edition, from: '2026-03-01', to: '2026-03-31', wards: WARDS, items };
}

/** The 12 months ending with `month`, oldest first. */
export function monthsEnding(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 12 + i, 1));
    return d.toISOString().slice(0, 7);
  });
}

export function trendFixture(indicators: IndicatorsResponse): TrendResponse {
  const months = monthsEnding(MONTH);
  return {
    edition: indicators.edition,
    months,
    items: indicators.items.map((item, n) => ({
      code: item.code,
      values: months.map((_, i) => {
        if (i === months.length - 1) return item.value;
        if (item.value === null) return null;
        if (item.code === 'AQI-IHT-10' && i === GAP_MONTH) return null;
        const base = item.value === 0 ? 0.5 : item.value;
        // A share near 100 % varies by a point or two and never passes 100 %.
        const swing = item.unit === '%' && base > 50 ? 0.02 : 0.25;
        const v = Math.max(0, base * (1 + swing * Math.sin(i * 0.9 + n)));
        return item.unit === '%' ? Math.min(100, v) : v;
      }),
    })),
  };
}

const share = (
  numerator: number,
  denominator: number,
  unknown: number,
  countingNote: Proportion['countingNote'],
): Proportion => ({ ...proportion(numerator, denominator), unknown, countingNote });

export function kpisFixture(): KpisResponse {
  return {
    from: '2026-03-01',
    to: '2026-03-31',
    wards: WARDS,
    homeProvince: '山西省',
    operations: 412,
    ablationCount: 37,
    grade4Share: share(168, 389, 4, 'persons_per_admission'),
    minimallyInvasiveShare: share(301, 389, 2, 'persons_per_admission'),
    minimallyInvasiveShareExcludingAblation: share(266, 354, 2, 'persons_per_admission'),
    roboticShare: share(41, 389, 2, 'persons_per_admission'),
    outsideProvinceShare: share(57, 380, 9, 'persons_per_admission'),
    mortality28d: share(3, 371, 12, 'persons'),
    clavienIIIPlusShare: share(22, 389, 0, 'persons_per_admission'),
    bedOccupancy: { occupiedBedDays: 2718, openBedDays: 2976, value: 2718 / 2976 },
    averageLengthOfStay: { discharges: 402, sumLosDays: 3457, value: 3457 / 402 },
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂';
const PROCEDURES = [
  '胸腔镜下右肺上叶切除术',
  '胸腔镜下食管癌根治术（McKeown）',
  '机器人辅助左肺下叶切除术',
  'CT 引导下肺结节微波消融术',
  '纵隔肿物切除术',
];

/** `rows` case-episodes behind a term, every fifth one entered in Periop, anchored through the month. */
export function casesFixture(rows: number, code = 'AQI-IHT-10'): IndicatorCasesResponse {
  const start = Date.parse('2026-02-28T16:00:00Z');
  const items: IndicatorCase[] = Array.from({ length: rows }, (_, i) => {
    const periop = i % 5 === 0;
    return {
      caseId: `case-${i}`,
      externalId: periop ? null : `EP${String(i).padStart(6, '0')}`,
      personId: periop ? `MRN${String(100000 + i)}` : `P${String(Math.floor(i / 2)).padStart(6, '0')}`,
      source: periop ? 'periop' : 'import',
      patientName: i % 97 === 0 ? null : `${SURNAMES[i % 20]}${GIVEN[(i * 7) % 20]}`,
      anchorAt: new Date(start + ((i * 37 * 60_000) % (31 * 86_400_000))).toISOString(),
      procedure: i % 113 === 0 ? null : PROCEDURES[i % PROCEDURES.length]!,
      wardCode: WARDS[i % 2]!,
    };
  });
  return { code, term: 'numerator', count: Math.ceil(rows / 2), items };
}
