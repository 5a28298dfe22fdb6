import { type ReactNode, useId } from 'react';
import type { ErrorDetail } from '../lib/api-client.ts';

type FieldProps = {
  label: string;
  errors?: ErrorDetail[];
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
};

/** A labelled control with its server errors beneath it, linked by aria-describedby. */
export function FormField({ label, errors = [], hint, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${errors.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(errors.length ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** Next to a field the path is noise; in a list of errors (import, unplaced details) it says where. */
export function FieldErrors({
  id,
  errors,
  showPath = false,
}: {
  id?: string;
  errors: ErrorDetail[];
  showPath?: boolean;
}) {
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors" id={id}>
      {errors.map((e) => (
        <li key={`${e.path}:${e.message}`}>
          {showPath && <code>{e.path}</code>} {e.message}
        </li>
      ))}
    </ul>
  );
}
