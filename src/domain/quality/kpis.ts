// Department KPIs of a period (issue 12): operation counts, the 国考 shares per discharged admission, 28-day
// mortality, Clavien–Dindo ≥ III, bed occupancy and average length of stay, every proportion with its 95 % Wilson
// interval. Counting rules: china-standards.md §2.2 (persons per admission, by discharge date) and §3 (beds).
// Unknown is never "no": a unit whose status cannot be decided is out of both terms and counted in `unknown`
// (qc-indicator-readings.md D04).
import type { Approach } from '../registry/vocabulary';
import type { CdGrade } from '../scores/clavien-dindo';
import {
  type BedStay,
  bedStatistics,
  type CalendarDate,
  type DatePeriod,
  dayNumber,
  type OpenBedPeriod,
  periodDays,
} from './bed-days';
import { type Proportion, proportion } from './wilson';

/** One case-episode as the KPIs read it (history_episodes, or a case entered in Periop). */
export type KpiCase = {
  caseKey: string;
  /** The hospital stay (住院号，本次住院); null = outpatient. */
  admissionKey: string | null;
  personKey: string;
  /** Performed (not cancelled). */
  performed: boolean;
  procedureType: 'surgery' | 'procedure' | 'labour_analgesia' | null;
  surgeryDate: CalendarDate | null;
  /** Discharge date of the stay; null = not discharged by the cut-off. */
  dischargeDate: CalendarDate | null;
  grade: 1 | 2 | 3 | 4 | null;
  approach: Approach | null;
  /** Full Chinese province name (户籍/常住省份); null or empty = unknown. */
  province: string | null;
  /** Date of death, any cause, any place; null = alive at the data cut-off. */
  deathDate: CalendarDate | null;
  /** Worst Clavien–Dindo grade of the stay; null = no complication recorded. */
  clavienMax: CdGrade | null;
};

/** Which counting rule a figure follows, for the note on the page. */
export type CountingNote = 'persons_per_admission' | 'episodes' | 'persons';

export type KpiProportion = Proportion & {
  /** Units whose status is unknown: out of both terms, counted apart. */
  unknown: number;
  countingNote: CountingNote;
};

export type DepartmentKpiInput = {
  /** Case rows of the selected wards (the caller selects them); rows outside the period are ignored here. */
  cases: readonly KpiCase[];
  stays: readonly BedStay[];
  openBeds: readonly OpenBedPeriod[];
};

export type DepartmentKpiOptions = {
  period: DatePeriod;
  /** The hospital's province: a patient from any other known province is "outside-province". */
  homeProvince?: string;
  /** Wards of the bed statistics; absent or null = all wards. */
  wards?: ReadonlySet<string> | null;
  /** Date up to which deaths are known. When given, a survivor whose day 28 is after it is unknown, not alive. */
  dataCutoff?: CalendarDate | null;
};

export type DepartmentKpis = {
  /** Performed surgery case-episodes with surgeryDate in the period (例次, counting note `episodes`: a person
   * operated twice counts twice). */
  operations: number;
  /** Performed surgery case-episodes with approach `ablation` and surgeryDate in the period (例次, `episodes`). */
  ablationCount: number;
  /**
   * 国考 出院患者四级手术比例 (§2.2), persons per admission: admissions discharged in the period with ≥ 1 performed
   * surgery; numerator when any of its operations is grade 4. No grade-4 operation and ≥ 1 ungraded one → unknown.
   */
  grade4Share: KpiProportion;
  /**
   * 国考 出院患者微创手术占比 (§2.2), persons per admission: numerator when any operation's approach is in
   * MINIMALLY_INVASIVE_APPROACHES. No such operation and ≥ 1 without an approach → unknown.
   */
  minimallyInvasiveShare: KpiProportion;
  /**
   * The same share with ablation operations removed from both terms: only the admission's non-ablation
   * operations are looked at, and an admission whose operations were all ablations leaves the denominator.
   */
  minimallyInvasiveShareExcludingAblation: KpiProportion;
  /** Robotic share, persons per admission: numerator when any operation is robotic; ≥ 1 without approach → unknown. */
  roboticShare: KpiProportion;
  /**
   * Outside-province share, persons per admission: admissions with a known province; numerator when it is not the
   * home province. Unknown province → out of both terms, counted in `unknown`.
   */
  outsideProvinceShare: KpiProportion;
  /**
   * 28-day mortality, persons: persons with a performed surgery in the period, from their first such surgery date
   * (day 0); numerator when the death date is on days 0–28 (day 28 included). A death dated before day 0 → unknown.
   */
  mortality28d: KpiProportion;
  /**
   * Clavien–Dindo ≥ III share, persons per admission: numerator when any row of the admission has IIIa or worse.
   * No recorded complication counts as none (never unknown).
   */
  clavienIIIPlusShare: KpiProportion;
  /** 病床使用率 (§3): occupied / open bed-days, a fraction; null without open bed-days. */
  bedOccupancy: { occupiedBedDays: number; openBedDays: number; value: number | null };
  /** 出院者平均住院日 (§3): Σ LOS / discharges of the period; null without discharges. */
  averageLengthOfStay: { discharges: number; sumLosDays: number; value: number | null };
};

export const DEFAULT_HOME_PROVINCE = '山西省';

/**
 * Approaches counted as minimally invasive. Issue 12 names VATS, robotic and ablation (the thoracic department's
 * approaches); laparoscopic and endoscopic operations are added because the 国考 definition (§2.2) counts
 * endoscopic, laparoscopic and thoracoscopic operations and interventional procedures. `open`, `other` are not.
 */
export const MINIMALLY_INVASIVE_APPROACHES: ReadonlySet<Approach> = new Set<Approach>([
  'vats',
  'robotic',
  'laparoscopic',
  'endoscopic',
  'ablation',
]);

/** Clavien–Dindo grades counted as ≥ III (Dindo 2004: IIIa and above). */
export const CLAVIEN_III_PLUS: ReadonlySet<CdGrade> = new Set<CdGrade>(['IIIa', 'IIIb', 'IVa', 'IVb', 'V']);

/** 28-day window: days 0–28 after the surgery date, day 28 included (issue 12). */
export const MORTALITY_WINDOW_DAYS = 28;

type Status = 'yes' | 'no' | 'unknown';
type Tally = { numerator: number; denominator: number; unknown: number };

const newTally = (): Tally => ({ numerator: 0, denominator: 0, unknown: 0 });

function count(t: Tally, s: Status): void {
  if (s === 'unknown') t.unknown++;
  else {
    t.denominator++;
    if (s === 'yes') t.numerator++;
  }
}

function result(t: Tally, countingNote: CountingNote): KpiProportion {
  return { ...proportion(t.numerator, t.denominator), unknown: t.unknown, countingNote };
}

/** "Any operation qualifies", three-valued: yes if one does; else unknown if one cannot be told; else no (D04). */
function anyOf(ops: readonly KpiCase[], test: (c: KpiCase) => boolean | null): Status {
  let unknown = false;
  for (const c of ops) {
    const r = test(c);
    if (r === true) return 'yes';
    if (r === null) unknown = true;
  }
  return unknown ? 'unknown' : 'no';
}

const isSurgery = (c: KpiCase): boolean => c.performed && c.procedureType === 'surgery';

const provinceOf = (c: KpiCase): string | null => {
  const p = c.province?.trim() ?? '';
  return p === '' ? null : p;
};

type Admission = { rows: KpiCase[]; surgeries: KpiCase[]; discharge: number | null };

/** Rows grouped by admission; the stay's discharge date is the latest one given on its rows. */
function admissions(cases: readonly KpiCase[]): Map<string, Admission> {
  const byKey = new Map<string, Admission>();
  for (const c of cases) {
    if (c.admissionKey === null) continue;
    let a = byKey.get(c.admissionKey);
    if (a === undefined) {
      a = { rows: [], surgeries: [], discharge: null };
      byKey.set(c.admissionKey, a);
    }
    a.rows.push(c);
    if (isSurgery(c)) a.surgeries.push(c);
    if (c.dischargeDate !== null) {
      const d = dayNumber(c.dischargeDate);
      if (a.discharge === null || d > a.discharge) a.discharge = d;
    }
  }
  return byKey;
}

/** The 28-day status of one person from day 0 (first surgery in the period) and the recorded death. */
function mortalityStatus(day0: number, death: number | null, cutoff: number | null): Status {
  // A death recorded before the surgery contradicts the record: undecidable, listed for correction.
  if (death !== null && death < day0) return 'unknown';
  // Issue 12: death on days 0–28 after the surgery date, day 28 included.
  if (death !== null && death <= day0 + MORTALITY_WINDOW_DAYS) return 'yes';
  if (death === null && cutoff !== null && cutoff < day0 + MORTALITY_WINDOW_DAYS) return 'unknown';
  return 'no';
}

/** The department KPIs of a period (issue 12); see each field of DepartmentKpis for its counting unit. */
export function departmentKpis(input: DepartmentKpiInput, options: DepartmentKpiOptions): DepartmentKpis {
  const { first, last } = periodDays(options.period);
  const home = (options.homeProvince ?? DEFAULT_HOME_PROVINCE).trim();
  if (home === '') throw new RangeError('本省名称不能为空 / the home province must not be empty');
  const cutoff =
    options.dataCutoff === undefined || options.dataCutoff === null ? null : dayNumber(options.dataCutoff);
  const inPeriod = (d: number) => d >= first && d <= last;

  // Episodes (例次): performed surgeries dated in the period.
  let operations = 0;
  let ablations = 0;
  const firstSurgery = new Map<string, number>();
  const deathOf = new Map<string, number>();
  for (const c of input.cases) {
    if (c.deathDate !== null) {
      // The death date is a person attribute; the earliest one recorded on any of the person's rows is used.
      const d = dayNumber(c.deathDate);
      const known = deathOf.get(c.personKey);
      if (known === undefined || d < known) deathOf.set(c.personKey, d);
    }
    if (!isSurgery(c) || c.surgeryDate === null) continue;
    const s = dayNumber(c.surgeryDate);
    if (!inPeriod(s)) continue;
    operations++;
    if (c.approach === 'ablation') ablations++;
    const known = firstSurgery.get(c.personKey);
    if (known === undefined || s < known) firstSurgery.set(c.personKey, s);
  }

  // Persons per admission (§2.2): admissions discharged in the period with ≥ 1 performed surgery, each counted once.
  const grade4 = newTally();
  const mi = newTally();
  const miExAblation = newTally();
  const robotic = newTally();
  const outside = newTally();
  const cd3 = newTally();
  for (const a of admissions(input.cases).values()) {
    if (a.discharge === null || !inPeriod(a.discharge) || a.surgeries.length === 0) continue;
    // §2.2 国考 indicator 6: any grade-4 operation in the admission.
    count(
      grade4,
      anyOf(a.surgeries, (c) => (c.grade === null ? null : c.grade === 4)),
    );
    // §2.2 国考 indicator 5: any minimally-invasive operation in the admission.
    const isMi = (c: KpiCase) => (c.approach === null ? null : MINIMALLY_INVASIVE_APPROACHES.has(c.approach));
    count(mi, anyOf(a.surgeries, isMi));
    // Issue 12 "without ablation": ablation operations leave both terms.
    const nonAblation = a.surgeries.filter((c) => c.approach !== 'ablation');
    if (nonAblation.length > 0) count(miExAblation, anyOf(nonAblation, isMi));
    // Issue 12 robotic share: any robotic operation in the admission.
    count(
      robotic,
      anyOf(a.surgeries, (c) => (c.approach === null ? null : c.approach === 'robotic')),
    );
    // Issue 12 outside-province share: the province recorded on the admission's rows, compared with the home one.
    const province = a.rows.map(provinceOf).find((p) => p !== null) ?? null;
    count(outside, province === null ? 'unknown' : province !== home ? 'yes' : 'no');
    // Dindo 2004: grade IIIa or worse on any row of the stay; no recorded complication = none.
    count(
      cd3,
      a.rows.some((c) => c.clavienMax !== null && CLAVIEN_III_PLUS.has(c.clavienMax)) ? 'yes' : 'no',
    );
  }

  // Persons: the cohort operated in the period, day 0 = first surgery date in the period.
  const mortality = newTally();
  for (const [person, day0] of firstSurgery) {
    count(mortality, mortalityStatus(day0, deathOf.get(person) ?? null, cutoff));
  }

  const beds = bedStatistics(options.period, input.stays, input.openBeds, options.wards);
  return {
    operations,
    ablationCount: ablations,
    grade4Share: result(grade4, 'persons_per_admission'),
    minimallyInvasiveShare: result(mi, 'persons_per_admission'),
    minimallyInvasiveShareExcludingAblation: result(miExAblation, 'persons_per_admission'),
    roboticShare: result(robotic, 'persons_per_admission'),
    outsideProvinceShare: result(outside, 'persons_per_admission'),
    mortality28d: result(mortality, 'persons'),
    clavienIIIPlusShare: result(cd3, 'persons_per_admission'),
    // §3 病床使用率 = 实际占用总床日数 / 实际开放总床日数.
    bedOccupancy: {
      occupiedBedDays: beds.occupiedBedDays,
      openBedDays: beds.openBedDays,
      value: beds.occupancy,
    },
    // §3 出院者平均住院日 = 出院者占用总床日数 / 出院人数.
    averageLengthOfStay: {
      discharges: beds.discharges,
      sumLosDays: beds.sumLosDays,
      value: beds.averageLengthOfStay,
    },
  };
}
