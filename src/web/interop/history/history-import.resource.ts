// The historical case import's data: starting one (the files as multipart parts), following it — polled every
// second while it runs, and moved on by its live progress events — and the imports made so far.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import {
  type ImportAccepted,
  type ImportList,
  type ImportState,
  UPLOAD_HEADER,
} from '../../../api/interop-history';
import type { ImportPart } from '../../../domain/interop/history-job';
import { ApiError, api, type ErrorBody } from '../../shared/api';
import { realtime } from '../../shared/realtime';
import { withProgress } from './import-progress';

export const historyImportKeys = {
  list: ['history-imports'] as const,
  one: (id: string) => ['history-imports', id] as const,
};

/** Figures computed from imported episodes: every QC query. */
const QUALITY_KEY = ['quality'] as const;
const POLL_MS = 1000;
const LIST_POLL_MS = 5000;

export type ImportFiles = Partial<Record<ImportPart, File>>;

/** The one request that is not JSON: the files as parts named by their role. Errors as the API client's. */
async function postFiles(files: ImportFiles): Promise<ImportAccepted> {
  const form = new FormData();
  for (const [part, file] of Object.entries(files)) if (file) form.append(part, file, file.name);
  let res: Response;
  try {
    res = await fetch('/api/v1/imports/history', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [UPLOAD_HEADER]: '1' },
      body: form,
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: '', fields: [] });
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const body = (data as { error?: ErrorBody } | null)?.error;
    throw new ApiError(res.status, body ?? { code: 'http_error', message: res.statusText, fields: [] });
  }
  return data as ImportAccepted;
}

export function useStartImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postFiles,
    onSuccess: () => client.invalidateQueries({ queryKey: historyImportKeys.list }),
  });
}

export const useImports = () =>
  useQuery({
    queryKey: historyImportKeys.list,
    queryFn: () => api.get<ImportList>('/api/v1/imports'),
    refetchInterval: (q) => (q.state.data?.items.some((i) => i.status === 'running') ? LIST_POLL_MS : false),
  });

/** One import, read every second while it runs. */
export const useImport = (id: string | null) =>
  useQuery({
    queryKey: historyImportKeys.one(id ?? ''),
    queryFn: () => api.get<ImportState>(`/api/v1/imports/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? POLL_MS : false),
  });

/**
 * Moves the shown progress on with each live event of the import (topic `import:<id>`); when the event says it
 * finished, reads the import again for its counts or problems. After a reconnect the import is read again.
 */
export function useLiveImport(id: string | null): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!id) return;
    const key = historyImportKeys.one(id);
    return realtime.subscribe(`import:${id}`, (event) => {
      if (!event) {
        void client.invalidateQueries({ queryKey: key });
        return;
      }
      if (event.type !== 'history_import.progress' || event.id !== id) return;
      client.setQueryData<ImportState>(key, (old) => (old ? withProgress(old, event) : old));
      if (event.status !== 'running') void client.invalidateQueries({ queryKey: key });
    });
  }, [id, client]);
}

/** When an import is seen to finish, the list and every QC figure are read again. */
export function useRefreshWhenFinished(state: ImportState | undefined): void {
  const client = useQueryClient();
  const seen = useRef<{ id: string; status: ImportState['status'] } | null>(null);
  useEffect(() => {
    if (!state) return;
    const before = seen.current;
    seen.current = { id: state.id, status: state.status };
    if (before?.id !== state.id || before.status !== 'running' || state.status === 'running') return;
    void client.invalidateQueries({ queryKey: historyImportKeys.list });
    if (state.status === 'done') void client.invalidateQueries({ queryKey: QUALITY_KEY });
  }, [state, client]);
}
