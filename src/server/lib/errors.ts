import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { say } from './locale.ts';
import { alreadyUsed } from './messages.ts';

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
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
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

// What a 404 names, in both languages; the English is the message's first word ("Survey not found").
const findable = {
  Equipment: '共用設備',
  Facility: '施設',
  'Facility unit': '区画',
  Introduction: '紹介',
  Invitation: '招待',
  Job: 'ジョブ',
  Need: 'ニーズ',
  Notification: 'お知らせ',
  Organization: '組織',
  Seed: 'シーズ',
  Site: '候補地',
  'Siting profile': '施設プロファイル',
  'Siting study': '立地選定の調査',
  Survey: 'アンケート',
  'Survey link': 'アンケートのリンク',
  Task: 'タスク',
  'Unit file': '区画の写真・図面',
} as const;

export const notFound = (what: keyof typeof findable) =>
  new AppError('not_found', say({ ja: `${findable[what]}が見つかりません`, en: `${what} not found` }));
export const forbidden = (
  text = { ja: 'この操作を行う権限がありません', en: 'You do not have access to this resource' },
) => new AppError('forbidden', say(text));

/** A 409 for a key another record holds. */
export const keyTaken = (key: string) =>
  new AppError(
    'conflict',
    say({ ja: `キー「${key}」はすでに使われています`, en: `key "${key}" is already used` }),
    [{ path: 'body.key', message: alreadyUsed() }],
  );

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

const conflictCodes = new Set(['23505', '23P01']); // unique_violation, exclusion_violation

/**
 * A unique or exclusion constraint the database enforced, as a 409 naming the field: the one place where a
 * concurrent duplicate (two requests that both passed every check) becomes a clear conflict instead of a 500.
 * Drizzle wraps the driver's error; PGlite and postgres.js both carry the SQLSTATE and the "Key (col)=(v)" detail.
 */
export function databaseConflict(err: unknown, target = 'body'): AppError | undefined {
  const cause = findSqlState(err);
  if (!cause) return undefined;
  const columns = /Key \(([^)]*)\)/.exec(cause.detail ?? '')?.[1]?.split(', ') ?? [];
  // An index over an expression, lower(email), names the expression: keep the column inside it.
  const field = columns.map((c) => /([a-z_]+)\)*$/.exec(c)?.[1] ?? c)[0];
  const path = field ? `${target}.${camelCase(field)}` : target;
  return new AppError(
    'conflict',
    say({
      ja: cause.code === '23P01' ? '既存の記録と重なります' : 'この値はすでに使われています',
      en: cause.code === '23P01' ? 'This overlaps an existing record' : 'This value is already used',
    }),
    [{ path, message: alreadyUsed() }],
  );
}

function findSqlState(err: unknown): { code: string; detail?: string } | undefined {
  for (
    let e = err, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const { code, detail } = e as { code?: unknown; detail?: unknown };
    if (typeof code === 'string' && conflictCodes.has(code))
      return { code, detail: typeof detail === 'string' ? detail : undefined };
  }
  return undefined;
}

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
