// The bedside devices and the interface inbox (quarantined and rejected HL7 messages).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Device, DeviceInput, DeviceList, InboxList, ReplayResult } from '../../api/interop';
import type { InboxStatus } from '../../domain/interop/devices';
import { api, query } from '../shared/api';

export const interopKeys = {
  devices: ['devices'] as const,
  inbox: ['inbox'] as const,
  inboxOf: (status: InboxStatus) => ['inbox', status] as const,
};

export const useDevices = () =>
  useQuery({ queryKey: interopKeys.devices, queryFn: () => api.get<DeviceList>('/api/v1/devices') });

/** Registers a device (none given) or changes one over the version read. */
export function useSaveDevice(device: Device | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DeviceInput) =>
      device
        ? api.put(`/api/v1/devices/${device.id}`, { ...body, version: device.version })
        : api.post('/api/v1/devices', body),
    onSuccess: () => client.invalidateQueries({ queryKey: interopKeys.devices }),
  });
}

export const useInbox = (status: InboxStatus) =>
  useQuery({
    queryKey: interopKeys.inboxOf(status),
    queryFn: () => api.get<InboxList>(`/api/v1/interop/inbox${query({ status })}`),
  });

/** Runs a quarantined message through intake again (once its device is registered). */
export function useReplay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ReplayResult>(`/api/v1/interop/inbox/${id}/replay`),
    onSuccess: () => client.invalidateQueries({ queryKey: interopKeys.inbox }),
  });
}
