import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { say } from './locale.ts';

/** Every error the API returns has one of these codes; the table below is the only code → status map. */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  invalid_bundle: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof errorStatus;

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
  }

  get status(): ContentfulStatusCode {
    return errorStatus[this.code];
  }

  toBody() {
    return { error: { code: this.code, message: this.message, details: this.details ?? [] } };
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You do not have access to this resource') =>
  new AppError('forbidden', message);

/** Turns zod issues into `path: message` details, with paths like `organizations[3].technologies[0]`. */
export function issuesToDetails(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
): ErrorDetail[] {
  return issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Bad input, with every field at fault named: the one way any module reports it. */
export function invalidFields(details: ErrorDetail[]): AppError {
  return new AppError(
    'validation_failed',
    say({ ja: '入力内容に誤りがあります', en: 'The request has invalid fields' }),
    details,
  );
}
