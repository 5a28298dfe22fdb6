import type { ReactNode } from 'react';
import type { ErrorDetail } from '../lib/api-client.ts';
import { FieldErrors } from './form-field.tsx';

type Option = { value: string; label: string };

export function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** A fieldset of checkboxes: the legend labels the group, each box its own label. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  errors = [],
  children,
}: {
  legend: string;
  options: Option[];
  value: string[];
  onChange: (next: string[]) => void;
  errors?: ErrorDetail[];
  children?: ReactNode;
}) {
  return (
    <fieldset className={`checkbox-group${errors.length ? ' field-invalid' : ''}`}>
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(toggle(value, o.value, e.target.checked))}
            />
            {o.label}
          </label>
        ))}
      </div>
      {children}
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
