// The bed pool's structure (system administrator): wards with their open beds over time, rooms, beds, and a
// bed's history. A change also refreshes the bed board's queries, whose wards and beds it may change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BedHistory,
  bedInput,
  bedUpdate,
  OpenBedsInput,
  RoomInput,
  RoomUpdate,
  Structure,
  StructureBed,
  StructureRoom,
  StructureWard,
  WardInput,
  WardUpdate,
} from '../../api/beds-structure';
import { api } from '../shared/api';

export type BedChange = z.input<typeof bedUpdate>;
export type NewBed = z.input<typeof bedInput>;

const BASE = '/api/v1/beds';

export const structureKeys = {
  all: ['beds-structure'] as const,
  history: (bedId: string) => ['beds-structure', 'history', bedId] as const,
};
/** The bed board's queries (web/beds/board.resource.ts), refreshed after a structure change. */
const BOARD_KEY = ['beds-board'] as const;

export const useStructure = () =>
  useQuery({ queryKey: structureKeys.all, queryFn: () => api.get<Structure>(`${BASE}/structure`) });

function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: structureKeys.all }),
      client.invalidateQueries({ queryKey: BOARD_KEY }),
    ]);
}

/** Adds a ward (no id given) or changes one over the version the body carries. */
export function useSaveWard(wardId: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: WardInput | WardUpdate) =>
      wardId
        ? api.put<StructureWard>(`${BASE}/wards/${wardId}`, body)
        : api.post<StructureWard>(`${BASE}/wards`, body),
    onSuccess: refresh,
  });
}

/** The ward's regular open beds from a date on. */
export function useChangeOpenBeds(wardId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: OpenBedsInput) => api.post<StructureWard>(`${BASE}/wards/${wardId}/open-beds`, body),
    onSuccess: refresh,
  });
}

export function useSaveRoom(roomId: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RoomInput | RoomUpdate) =>
      roomId
        ? api.put<StructureRoom>(`${BASE}/rooms/${roomId}`, body)
        : api.post<StructureRoom>(`${BASE}/rooms`, body),
    onSuccess: refresh,
  });
}

export function useSaveBed(bedId: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewBed | BedChange) =>
      bedId ? api.put<StructureBed>(`${BASE}/${bedId}`, body) : api.post<StructureBed>(BASE, body),
    onSuccess: refresh,
  });
}

export const useBedHistory = (bedId: string | null) =>
  useQuery({
    queryKey: structureKeys.history(bedId ?? ''),
    queryFn: () => api.get<BedHistory>(`${BASE}/${bedId}/history`),
    enabled: bedId !== null,
  });
