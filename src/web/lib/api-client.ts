/** The one door to the API: JSON in and out, CSRF header on writes, error bodies turned into ApiError. */

export type ErrorDetail = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Details whose path is `prefix` or lies under it, e.g. `body.name` matches `body.name.ja`. */
  detailsFor(prefix: string): ErrorDetail[] {
    return this.details.filter(
      (d) => d.path === prefix || d.path.startsWith(`${prefix}.`) || d.path.startsWith(`${prefix}[`),
    );
  }
}

// The token comes from the session/login response; it is kept here so every caller sends it without thinking.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Query = Record<string, string | number | undefined | null>;

export function buildQuery(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: ErrorDetail[] };
    };
    if (body.error) {
      return new ApiError(
        response.status,
        body.error.code ?? 'unknown',
        body.error.message ?? response.statusText,
        body.error.details ?? [],
      );
    }
  } catch {
    // Not JSON (a proxy page, say): fall through to a generic error.
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`);
}

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: { query?: Query; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  // The page's language (set by the i18n provider), so the server words its messages in it.
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': document.documentElement.lang === 'en' ? 'en' : 'ja',
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api${path}${buildQuery(options.query)}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => apiRequest<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, query?: Query) => apiRequest<T>('POST', path, { body, query }),
  put: <T>(path: string, body: unknown, headers?: Record<string, string>) =>
    apiRequest<T>('PUT', path, { body, headers }),
  patch: <T>(path: string, body: unknown, headers?: Record<string, string>) =>
    apiRequest<T>('PATCH', path, { body, headers }),
  delete: (path: string, headers?: Record<string, string>) => apiRequest<void>('DELETE', path, { headers }),
};

/**
 * The If-Match header for an edit based on the record's `version` (the server's ETag is `"<version>"`): the
 * server refuses it with 412 if someone else saved in between, instead of one edit silently undoing the other.
 */
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** Someone else changed the record since it was loaded (412 precondition_failed). */
export const isStaleEdit = (error: unknown) => error instanceof ApiError && error.status === 412;

/** A URL for a download link (export), same filters as the list. */
export function apiUrl(path: string, query?: Query): string {
  return `/api${path}${buildQuery(query)}`;
}

/**
 * Sends a file as the request body (its own Content-Type), reporting upload progress as a fraction 0–1.
 * XMLHttpRequest, because fetch reports no upload progress. Errors come back as ApiError like any other call.
 */
export function uploadFile<T>(
  path: string,
  file: Blob,
  query: Query = {},
  onProgress: (fraction: number) => void = () => {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}${buildQuery(query)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', document.documentElement.lang === 'en' ? 'en' : 'ja');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'The upload did not reach the server'));
    xhr.onload = () => {
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' },
      });
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(response.json() as Promise<T>);
      } else toApiError(response).then(reject, reject);
    };
    xhr.send(file);
  });
}
