// The department's structure, which several capabilities' pages choose from: wards with their beds,
// and the operating rooms.
import { useQuery } from '@tanstack/react-query';
import type { OrRoomList, WardList } from '../../api/registry';
import { api } from './api';

/** They change with the department, not the day: read once per ten minutes at most. */
const STRUCTURE_STALE_MS = 600_000;

export const directoryKeys = {
  wards: ['wards'] as const,
  orRooms: ['or-rooms'] as const,
};

export const useWards = () =>
  useQuery({
    queryKey: directoryKeys.wards,
    queryFn: () => api.get<WardList>('/api/v1/wards'),
    staleTime: STRUCTURE_STALE_MS,
  });

export const useOrRooms = () =>
  useQuery({
    queryKey: directoryKeys.orRooms,
    queryFn: () => api.get<OrRoomList>('/api/v1/or-rooms'),
    staleTime: STRUCTURE_STALE_MS,
  });
