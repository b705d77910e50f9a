// The ward board's data: the wards to choose from, one ward's beds (patient, latest NEWS2 and trend,
// next set due, open early-warning alerts) kept live on the ward's topic, and an alert's acknowledgement.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Ack, AckInput, WardBoard } from '../../api/monitoring';
import type { LiveEvent } from '../../api/realtime';
import { api } from '../shared/api';
import { useLiveTopic } from '../shared/realtime';

export type Bed = WardBoard['beds'][number];
export type BedAlert = Bed['alerts'][number];

export const wardBoardKeys = {
  all: ['ward-board'],
  board: (wardId: string | null) => ['ward-board', wardId],
};

/** What changes a ward's board: a set, an alert raised, acknowledged or escalated (not a complication). */
export const boardReloads = (event: LiveEvent): boolean =>
  event.type === 'ews.set' ||
  event.type === 'ews.alert' ||
  event.type === 'ews.ack' ||
  event.type === 'ews.escalation';

export function useWardBoard(wardId: string | null) {
  const key = wardBoardKeys.board(wardId);
  const board = useQuery({
    queryKey: key,
    queryFn: () => api.get<WardBoard>(`/api/v1/wards/${wardId}/board`),
    enabled: !!wardId,
  });
  useLiveTopic(wardId ? `ward:${wardId}` : null, [key], (event) => (boardReloads(event) ? [key] : []));
  return board;
}

export function useAckEwsAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ alertId, ...body }: AckInput & { alertId: string }) =>
      api.post<Ack>(`/api/v1/ews-alerts/${alertId}/ack`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: wardBoardKeys.all }),
  });
}
