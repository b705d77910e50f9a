import { describe, expect, it } from 'vitest';
import type { BedRequest, Board } from '../../api/beds';
import { ApiError } from '../shared/api';
import {
  acceptAction,
  boardApiQuery,
  byUrgency,
  checkedBeds,
  filterOfSearch,
  isRegisteredBed,
  latestExpected,
  NO_FILTER,
  percent,
  placesOf,
  requestInputOf,
  searchOfFilter,
} from './board.resource';

const bed = (
  id: string,
  code: string,
  state: Board['wards'][number]['rooms'][number]['beds'][number]['state'],
) => ({
  id,
  code,
  extra: false,
  state,
  version: 1,
  closure: null,
  occupant: null,
  reservedFor: null,
});

const ward = (id: string, code: string, beds: ReturnType<typeof bed>[]): Board['wards'][number] => ({
  id,
  code,
  name: code,
  nameEn: null,
  staffingLimit: null,
  occupancy: { occupied: 0, openBeds: beds.length, fraction: 0 },
  rooms: [{ id: `${id}-r1`, code: '1', sex: 'mixed', isolationCapable: false, monitored: false, beds }],
});

const board: Board = {
  asOf: '2026-03-02T08:00:00+08:00',
  today: '2026-03-02',
  wards: [
    ward('w1', 'TS1', [bed('b1', '1', 'free'), bed('b2', '2', 'occupied')]),
    ward('w2', 'TS2', [bed('b3', '1', 'free'), bed('extra:s9', '+1', 'occupied')]),
  ],
  department: { occupied: 2, openBeds: 4, fraction: 0.5 },
  expectedDischarges: { today: [], tomorrow: [] },
};

const request = (over: Partial<BedRequest>): BedRequest => ({
  id: 'r',
  patientId: 'p',
  patientName: '张三',
  mrn: 'M1',
  sex: 'male',
  age: 60,
  caseId: null,
  plannedAdmissionOn: '2026-03-02',
  plannedSurgeryOn: null,
  procedureCode: null,
  procedureName: null,
  procedureGrade: null,
  isolation: false,
  needsMonitored: false,
  monitoredDays: null,
  requestedWardId: null,
  requestedWardCode: null,
  surgicalTeam: null,
  priority: 'normal',
  expectedLos: 7,
  losSource: 'history',
  status: 'waiting',
  reservedBedId: null,
  reservedUntil: null,
  admissionId: null,
  note: null,
  version: 3,
  ...over,
});

describe('the board filter in the page search', () => {
  it('reads wards, free only, expected discharge and sex, and writes them back the same', () => {
    const f = filterOfSearch(
      new URLSearchParams('wards=TS1,TS2,TS1&freeOnly=true&discharge=tomorrow&sex=female'),
    );
    expect(f).toEqual({ wards: ['TS1', 'TS2'], freeOnly: true, discharge: 'tomorrow', sex: 'female' });
    expect(searchOfFilter(f)).toEqual({
      wards: 'TS1,TS2',
      freeOnly: 'true',
      discharge: 'tomorrow',
      sex: 'female',
    });
    expect(boardApiQuery(f)).toBe('?wards=TS1%2CTS2&freeOnly=true&discharge=tomorrow&sex=female');
  });

  it('ignores what the board route would refuse, and an empty filter is no query at all', () => {
    expect(filterOfSearch(new URLSearchParams('wards=a b,TS1&freeOnly=yes&discharge=monday&sex=x'))).toEqual({
      ...NO_FILTER,
      wards: ['TS1'],
    });
    expect(boardApiQuery(NO_FILTER)).toBe('');
  });
});

describe('the board parts', () => {
  it('lists every bed with its ward and room in the board order, and tells the extra beds apart', () => {
    const places = placesOf(board);
    expect(places.map((p) => `${p.ward.code}/${p.bed.code}`)).toEqual(['TS1/1', 'TS1/2', 'TS2/1', 'TS2/+1']);
    expect(places.map((p) => isRegisteredBed(p.bed))).toEqual([true, true, true, false]);
    expect(placesOf(undefined)).toEqual([]);
  });

  it('shows an occupancy as a whole percentage, none as a dash', () => {
    expect(percent(0.5)).toBe('50%');
    expect(percent(0.875)).toBe('88%');
    expect(percent(1.05)).toBe('105%');
    expect(percent(null)).toBe('—');
  });
});

describe('the waiting list', () => {
  it('puts urgent requests first, then by planned admission, then by planned surgery', () => {
    const list = [
      request({ id: 'late', plannedAdmissionOn: '2026-03-04' }),
      request({ id: 'noSurgery', plannedAdmissionOn: '2026-03-03' }),
      request({ id: 'surgery', plannedAdmissionOn: '2026-03-03', plannedSurgeryOn: '2026-03-04' }),
      request({ id: 'urgent', priority: 'urgent', plannedAdmissionOn: '2026-03-05' }),
    ];
    expect([...list].sort(byUrgency).map((r) => r.id)).toEqual(['urgent', 'surgery', 'noSurgery', 'late']);
  });

  it('puts a request back as its input: a stay from the history stays unset, an entered one stays', () => {
    const fromHistory = requestInputOf(request({ expectedLos: 9, losSource: 'history' }));
    expect(fromHistory.expectedLos).toBeNull();
    expect(fromHistory).not.toHaveProperty('version');
    expect(requestInputOf(request({ expectedLos: 12, losSource: 'entered' })).expectedLos).toBe(12);
  });

  it('lists the checked beds that break nothing first, each with its place', () => {
    const rows = checkedBeds(board, {
      requestId: 'r',
      items: [
        {
          bedId: 'b1',
          violations: [{ kind: 'room-sex', message: { 'zh-CN': '女病房', 'en-US': 'female room' } }],
        },
        { bedId: 'b3', violations: [] },
        { bedId: 'gone', violations: [] },
      ],
    });
    expect(rows.map((r) => [r.ward.code, r.bed.id, r.violations.length])).toEqual([
      ['TS2', 'b3', 0],
      ['TS1', 'b1', 1],
    ]);
  });
});

describe('accepting a proposed bed', () => {
  const free = bed('b1', '1', 'free');
  const held = (requestId: string) => ({
    ...bed('b1', '1', 'reserved'),
    reservedFor: { requestId, patientName: '张三', until: '2026-03-02' },
  });

  it('admits when the admission is due and the bed is free now, or held for this very request', () => {
    expect(acceptAction(request({ plannedAdmissionOn: '2026-03-02' }), free, '2026-03-02')).toBe('admit');
    expect(acceptAction(request({ plannedAdmissionOn: '2026-03-01' }), free, '2026-03-02')).toBe('admit');
    expect(acceptAction(request({ id: 'r' }), held('r'), '2026-03-02')).toBe('admit');
  });

  it('holds the bed when the admission is on a later day, or the bed is not free yet', () => {
    expect(acceptAction(request({ plannedAdmissionOn: '2026-03-03' }), free, '2026-03-02')).toBe('reserve');
    expect(acceptAction(request({}), bed('b2', '2', 'occupied'), '2026-03-02')).toBe('reserve');
    expect(acceptAction(request({ id: 'r' }), held('other'), '2026-03-02')).toBe('reserve');
    expect(acceptAction(request({}), undefined, '2026-03-02')).toBe('reserve');
  });
});

describe('a conflict over the expected discharge', () => {
  const conflict = (latest: unknown) =>
    new ApiError(409, { code: 'version_conflict', message: '', fields: [], latest });

  it('gives the admission’s latest date and version, to send again when the date is still the one seen', () => {
    expect(
      latestExpected(conflict({ admissionId: 'a', expectedDischargeOn: '2026-03-05', version: 4 })),
    ).toEqual({
      expectedDischargeOn: '2026-03-05',
      version: 4,
    });
    expect(latestExpected(conflict({ expectedDischargeOn: null, version: 2 }))).toEqual({
      expectedDischargeOn: null,
      version: 2,
    });
  });

  it('is nothing for another failure or a conflict without the record', () => {
    expect(latestExpected(new ApiError(409, { code: 'beds_bed_taken', message: '', fields: [] }))).toBeNull();
    expect(latestExpected(conflict(undefined))).toBeNull();
    expect(latestExpected(conflict({ version: 'x' }))).toBeNull();
    expect(latestExpected(new Error('x'))).toBeNull();
  });
});
