// The bed pool's data (全科一张床, issue 13): the department board, the waiting list with its proposed beds
// and what every bed would break for one request, an admission's stays, and the movements — admit,
// transfer, swap, discharge, expected discharge, a bed's state, a stay's correction. The board, the list
// and the proposals follow the realtime topic `beds`, so two browsers agree within a second.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { z } from 'zod';
import type {
  admitFromRequestInput,
  BedRequest,
  Board,
  bedCheckList,
  bedRequestCancel,
  bedRequestInput,
  bedReserveInput,
  bedStateInput,
  dischargeInput,
  expectedDischargeInput,
  expectedDischargeResult,
  MovementResult,
  proposalList,
  SwapResult,
  stayCorrectionInput,
  stayList,
  swapInput,
  transferInput,
} from '../../api/beds';
import { ApiError, api, query } from '../shared/api';
import { realtime } from '../shared/realtime';

export type ProposalList = z.infer<typeof proposalList>;
export type BedCheckList = z.infer<typeof bedCheckList>;
export type StayList = z.infer<typeof stayList>;
export type RequestList = { items: BedRequest[] };
export type RequestInput = z.input<typeof bedRequestInput>;
export type ExpectedDischargeResult = z.infer<typeof expectedDischargeResult>;

const BASE = '/api/v1/beds';

export const bedsBoardKeys = {
  all: ['beds-board'] as const,
  boards: ['beds-board', 'board'] as const,
  board: (q: string) => ['beds-board', 'board', q] as const,
  requests: ['beds-board', 'requests'] as const,
  proposals: (date: string | null) => ['beds-board', 'proposals', date] as const,
  check: (requestId: string) => ['beds-board', 'check', requestId] as const,
  stays: (admissionId: string) => ['beds-board', 'stays', admissionId] as const,
};

/**
 * After a change to the pool: the board first — what two browsers must agree on within a second, and on the
 * embedded database the requests queue — then the waiting list, the proposals and any open check or history.
 */
export async function reloadPool(client: QueryClient): Promise<void> {
  await client.invalidateQueries({ queryKey: bedsBoardKeys.boards });
  await client.invalidateQueries({
    queryKey: bedsBoardKeys.all,
    predicate: (q) => q.queryKey[1] !== 'board',
  });
}

/**
 * Whatever changes on the board (an admission, a move, a bed's state) may change every view of the pool:
 * each page of the pool calls this once, and its queries are reloaded on `beds.changed` (and after a
 * reconnect, when anything may have changed).
 */
export function useBedsLive(): void {
  const client = useQueryClient();
  useEffect(() => realtime.subscribe('beds', () => void reloadPool(client)), [client]);
}

/** The board as filtered; `enabled` false = not needed yet (the whole pool, for a dialog that picks a bed). */
export function useBedBoard(filter: BoardFilter, enabled = true) {
  const q = boardApiQuery(filter);
  return useQuery({
    queryKey: bedsBoardKeys.board(q),
    queryFn: () => api.get<Board>(`${BASE}/board${q}`),
    enabled,
  });
}

export function useBedRequests() {
  return useQuery({
    queryKey: bedsBoardKeys.requests,
    queryFn: () => api.get<RequestList>(`${BASE}/requests${query({ status: 'open' })}`),
  });
}

export function useProposals(date: string | null) {
  return useQuery({
    queryKey: bedsBoardKeys.proposals(date),
    queryFn: () => api.get<ProposalList>(`${BASE}/proposals${query({ date })}`),
  });
}

export function useBedCheck(requestId: string) {
  return useQuery({
    queryKey: bedsBoardKeys.check(requestId),
    queryFn: () => api.get<BedCheckList>(`${BASE}/requests/${requestId}/check`),
  });
}

export function useStays(admissionId: string) {
  return useQuery({
    queryKey: bedsBoardKeys.stays(admissionId),
    queryFn: () => api.get<StayList>(`${BASE}/admissions/${admissionId}/stays`),
  });
}

/** A change to the pool: on success, and on a refusal that says the board was stale, everything is reloaded. */
function usePoolChange<A, R>(run: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => reloadPool(client),
    onError: (e) => {
      if (isStale(e)) void reloadPool(client);
    },
  });
}

type Body<S extends z.ZodType> = z.input<S>;

export const useAdmit = () =>
  usePoolChange(({ requestId, body }: { requestId: string; body: Body<typeof admitFromRequestInput> }) =>
    api.post<MovementResult>(`${BASE}/requests/${requestId}/admit`, body),
  );

export const useTransfer = () =>
  usePoolChange(({ admissionId, body }: { admissionId: string; body: Body<typeof transferInput> }) =>
    api.post<MovementResult>(`${BASE}/admissions/${admissionId}/transfer`, body),
  );

export const useDischarge = () =>
  usePoolChange(({ admissionId, body }: { admissionId: string; body: Body<typeof dischargeInput> }) =>
    api.post<MovementResult>(`${BASE}/admissions/${admissionId}/discharge`, body),
  );

/**
 * The expected discharge is guarded by the admission's version, which the board does not carry: the
 * first try names version 1, and a conflict whose latest record still holds the date the user saw (nobody
 * changed it meanwhile) is sent again on that version. A conflict over another date is the user's to see.
 */
export const useExpectedDischarge = () =>
  usePoolChange(
    async ({ admissionId, on, seen }: { admissionId: string; on: string | null; seen: string | null }) => {
      const send = (version: number) =>
        api.post<ExpectedDischargeResult>(`${BASE}/admissions/${admissionId}/expected-discharge`, {
          on,
          version,
        } satisfies Body<typeof expectedDischargeInput>);
      try {
        return await send(1);
      } catch (e) {
        const latest = latestExpected(e);
        if (latest && latest.expectedDischargeOn === seen) return send(latest.version);
        throw e;
      }
    },
  );

/** The admission's expected discharge as a version conflict returned it; null for any other failure. */
export function latestExpected(e: unknown): { expectedDischargeOn: string | null; version: number } | null {
  if (!(e instanceof ApiError) || e.body.code !== 'version_conflict') return null;
  const latest = e.body.latest;
  if (typeof latest !== 'object' || latest === null) return null;
  const { expectedDischargeOn, version } = latest as Record<string, unknown>;
  if (typeof version !== 'number') return null;
  if (typeof expectedDischargeOn !== 'string' && expectedDischargeOn !== null) return null;
  return { expectedDischargeOn, version };
}

export const useSwap = () =>
  usePoolChange((body: Body<typeof swapInput>) => api.post<SwapResult>(`${BASE}/swap`, body));

export const useBedState = () =>
  usePoolChange(({ bedId, body }: { bedId: string; body: Body<typeof bedStateInput> }) =>
    api.post(`${BASE}/${bedId}/state`, body),
  );

export const useCorrectStay = () =>
  usePoolChange(({ stayId, body }: { stayId: string; body: Body<typeof stayCorrectionInput> }) =>
    api.post<MovementResult>(`${BASE}/stays/${stayId}/correct`, body),
  );

export const useSaveRequest = () =>
  usePoolChange(({ id, body }: { id: string | null; body: RequestInput & { version?: number } }) =>
    id ? api.put<BedRequest>(`${BASE}/requests/${id}`, body) : api.post<BedRequest>(`${BASE}/requests`, body),
  );

export const useReserve = () =>
  usePoolChange(({ id, body }: { id: string; body: Body<typeof bedReserveInput> }) =>
    api.post<BedRequest>(`${BASE}/requests/${id}/reserve`, body),
  );

export const useCancelRequest = () =>
  usePoolChange(({ id, body }: { id: string; body: Body<typeof bedRequestCancel> }) =>
    api.post<BedRequest>(`${BASE}/requests/${id}/cancel`, body),
  );

/** The refusals that mean the page showed an old pool: someone took the bed, or changed the record first. */
export const isStale = (e: unknown): boolean => e instanceof ApiError && e.status === 409;

/** The refusal of a bed that breaks hard rules (an override with a reason may take it). */
export const isRulesBroken = (e: unknown): boolean =>
  e instanceof ApiError && e.body.code === 'beds_rules_broken';

// ── What the board shows, kept in the page's search (so a reload, a link and the way back agree) ──
export type BoardFilter = {
  wards: string[];
  freeOnly: boolean;
  discharge: 'today' | 'tomorrow' | null;
  sex: 'male' | 'female' | null;
};
export const NO_FILTER: BoardFilter = { wards: [], freeOnly: false, discharge: null, sex: null };

const WARD_CODE = /^[A-Za-z0-9-]{1,32}$/;

export function filterOfSearch(search: URLSearchParams): BoardFilter {
  const discharge = search.get('discharge');
  const sex = search.get('sex');
  const wards = (search.get('wards') ?? '').split(',').filter((w) => WARD_CODE.test(w));
  return {
    wards: [...new Set(wards)],
    freeOnly: search.get('freeOnly') === 'true',
    discharge: discharge === 'today' || discharge === 'tomorrow' ? discharge : null,
    sex: sex === 'male' || sex === 'female' ? sex : null,
  };
}

/** The filter as search parameters, for the page and (the same names, boardQuery) for the board route. */
export function searchOfFilter(f: BoardFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.wards.length) out.wards = f.wards.join(',');
  if (f.freeOnly) out.freeOnly = 'true';
  if (f.discharge) out.discharge = f.discharge;
  if (f.sex) out.sex = f.sex;
  return out;
}

export const boardApiQuery = (f: BoardFilter): string => query(searchOfFilter(f));

// ── The board's parts ──
export type BoardWard = Board['wards'][number];
export type BoardRoom = BoardWard['rooms'][number];
export type BoardBed = BoardRoom['beds'][number];
export type BedPlace = { ward: BoardWard; room: BoardRoom; bed: BoardBed };

/** A patient in an unregistered extra bed (加床) shows as a bed `extra:<stay id>`: it has no bed actions. */
export const isRegisteredBed = (bed: BoardBed): boolean => !bed.id.startsWith('extra:');

/** Every bed of the board with its ward and room, in the board's order. */
export const placesOf = (board: Board | undefined): BedPlace[] =>
  (board?.wards ?? []).flatMap((ward) =>
    ward.rooms.flatMap((room) => room.beds.map((bed) => ({ ward, room, bed }))),
  );

/** An occupancy fraction as a whole percentage; none (no open beds) as a dash. */
export const percent = (fraction: number | null): string =>
  fraction === null ? '—' : `${Math.round(fraction * 100)}%`;

export const wardName = (ward: { name: string; nameEn: string | null }, lang: 'zh' | 'en'): string =>
  lang === 'en' && ward.nameEn ? ward.nameEn : ward.name;

// ── The waiting list ──
const PRIORITY_RANK = { urgent: 0, normal: 1 } as const;

/** Urgent first, then by planned admission, then by planned surgery (none last), then by name. */
export const byUrgency = (a: BedRequest, b: BedRequest): number =>
  PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
  a.plannedAdmissionOn.localeCompare(b.plannedAdmissionOn) ||
  (a.plannedSurgeryOn ?? '9999-12-31').localeCompare(b.plannedSurgeryOn ?? '9999-12-31') ||
  a.patientName.localeCompare(b.patientName, 'zh-CN');

/**
 * A request as its input (to change one thing and put it back): an expected stay taken from the
 * department's history stays so (null), one entered stays entered.
 */
export const requestInputOf = (r: BedRequest): RequestInput => ({
  patientId: r.patientId,
  caseId: r.caseId,
  plannedAdmissionOn: r.plannedAdmissionOn,
  plannedSurgeryOn: r.plannedSurgeryOn,
  procedureCode: r.procedureCode,
  procedureName: r.procedureName,
  procedureGrade: r.procedureGrade,
  isolation: r.isolation,
  needsMonitored: r.needsMonitored,
  monitoredDays: r.monitoredDays,
  requestedWardId: r.requestedWardId,
  surgicalTeam: r.surgicalTeam,
  priority: r.priority,
  expectedLos: r.losSource === 'entered' ? r.expectedLos : null,
  note: r.note,
});

export type CheckedBed = BedPlace & { violations: BedCheckList['items'][number]['violations'] };

/**
 * Every bed checked for one request, with where it is: the beds that could take the patient now first (not
 * occupied), among them those that break nothing first, then by the number of rules broken, in the board's
 * order otherwise. A bed the board no longer shows is left out.
 */
export function checkedBeds(board: Board | undefined, check: BedCheckList | undefined): CheckedBed[] {
  const broken = new Map((check?.items ?? []).map((i) => [i.bedId, i.violations]));
  const rank = (r: CheckedBed) => (r.bed.occupant ? 1 : 0);
  return placesOf(board)
    .filter((p) => broken.has(p.bed.id))
    .map((p, order) => ({ ...p, violations: broken.get(p.bed.id) ?? [], order }))
    .sort((a, b) => rank(a) - rank(b) || a.violations.length - b.violations.length || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
}

/**
 * What accepting a proposed bed does: admit the patient into it when the admission is due (planned today
 * or earlier) and the bed is free now (or held for this request); otherwise hold the bed for the patient
 * until the planned admission (the proposal counted on a discharge still to come, or on a later day).
 */
export function acceptAction(
  request: BedRequest,
  bed: BoardBed | undefined,
  today: string,
): 'admit' | 'reserve' {
  const due = request.plannedAdmissionOn <= today;
  const free =
    bed?.state === 'free' || (bed?.state === 'reserved' && bed.reservedFor?.requestId === request.id);
  return due && free ? 'admit' : 'reserve';
}
