// The 术中监控大屏's data: every running room with its patient, current vitals and open alerts, kept
// live by the rooms' monitors and the day's board, and an alert acknowledged from the screen.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AlertAckInput } from '../../api/anesthesia';
import type { OverviewRooms } from '../../api/anesthesia-vitals';
import type { LiveEvent, Topic } from '../../api/realtime';
import { api } from '../shared/api';
import { todayLocal } from '../shared/format';
import { useLiveTopics } from '../shared/realtime';
import { ackRecordAlert } from './record.resource';

export const overviewKey = ['overview'];

export const useOverviewRooms = () =>
  useQuery({ queryKey: overviewKey, queryFn: () => api.get<OverviewRooms>('/api/v1/overview/rooms') });

/**
 * Whether an event on a room's or the day's topic changes the screen: the monitors' readings (vitals
 * and the alerts derived from them) and a case's status or room do; a pre-anesthesia visit does not.
 */
export const overviewReloads = (event: LiveEvent): boolean =>
  event.type === 'observations' ||
  event.type === 'case.created' ||
  event.type === 'case.updated' ||
  event.type === 'case.transition';

/** At most one refetch this often: eight rooms each sending every second need not refetch eight times. */
const EVERY_MS = 1000;

/** Keeps the screen live on its rooms' topics and the day's board, for the events that change it. */
export function useOverviewLive(rooms: string[]): void {
  const topics: Topic[] = [...rooms.map((room) => `or_room:${room}` as const), `board:${todayLocal()}`];
  useLiveTopics(topics, [overviewKey], EVERY_MS, (event) => (overviewReloads(event) ? [overviewKey] : []));
}

export function useAckRoomAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, ...body }: AlertAckInput & { caseId: string }) => ackRecordAlert(caseId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: overviewKey }),
  });
}
