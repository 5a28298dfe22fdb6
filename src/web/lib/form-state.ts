import { useCallback, useState } from 'react';
import { ApiError, type ErrorDetail, isStaleEdit } from './api-client.ts';

/**
 * What the create-and-edit forms share: the fields as typed (strings, so the server, not the browser, judges a
 * bad number and names the field), one setter per field, and the last save's errors placed by path.
 */
export function useFormState<F extends object>(initial: F | (() => F)) {
  const [form, setForm] = useState<F>(initial);
  const set = useCallback(
    <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value })),
    [],
  );
  return { form, set, setForm };
}

export type SetField<F> = <K extends keyof F>(key: K, value: F[K]) => void;

/** A field's server errors, by path (`body.title` also takes `body.title.ja`). */
export const errorsAt = (error: unknown, path: string): ErrorDetail[] =>
  error instanceof ApiError ? error.detailsFor(path) : [];

/**
 * The errors no field of the form shows (their path names none of `fields` under `body.`), to list with their
 * paths below the form, so no refusal goes unexplained. A stale edit (412) has its own message.
 */
export function unplacedErrors(error: unknown, fields: readonly string[]): ErrorDetail[] {
  if (!(error instanceof ApiError) || isStaleEdit(error)) return [];
  const placed = new RegExp(`^body\\.(${fields.join('|')})`);
  return error.details.filter((d) => !placed.test(d.path));
}

/** A bilingual text with the empty languages left out, as the API takes it. */
export const bilingualText = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja } : {}),
  ...(en.trim() ? { en } : {}),
});

/** A number when the text is one; anything else (also '') goes as typed so the server names the field. */
export const numberOrText = (s: string): number | string =>
  s.trim() === '' || Number.isNaN(Number(s)) ? s : Number(s);
