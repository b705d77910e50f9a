// The API client: same-origin JSON, one typed error for the server's error shape.
export type FieldError = { path: string; message: string };
export type ErrorBody = {
  code: string;
  message: string;
  fields: FieldError[];
  latest?: unknown;
  allowed?: string[];
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

let onUnauthenticated: (() => void) | null = null;
let onPasswordChangeRequired: (() => void) | null = null;
export function setAuthHandlers(handlers: { unauthenticated: () => void; passwordChange: () => void }): void {
  onUnauthenticated = handlers.unauthenticated;
  onPasswordChangeRequired = handlers.passwordChange;
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      // Every state-changing request is JSON (the server refuses anything else).
      headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: '', fields: [] });
  }
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = (data as { error?: ErrorBody } | null)?.error ?? {
      code: 'http_error',
      message: res.statusText,
      fields: [],
    };
    if (res.status === 401 && !url.endsWith('/auth/login')) onUnauthenticated?.();
    if (res.status === 403 && err.code === 'password_change_required') onPasswordChangeRequired?.();
    throw new ApiError(res.status, err);
  }
  return data as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, body),
};

export const query = (params: Record<string, string | number | undefined | null>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};
