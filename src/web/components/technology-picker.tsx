import type { ErrorDetail } from '../lib/api-client.ts';
import { useI18n } from '../lib/i18n.tsx';
import { groupTechnologies, useTechnologies } from '../lib/vocabulary.ts';
import { toggle } from './checkbox-group.tsx';
import { FieldErrors } from './form-field.tsx';

/** A checkbox tree: one collapsible group per top-level area, opened when something in it is chosen. */
export function TechnologyPicker({
  legend,
  value,
  onChange,
  errors = [],
}: {
  legend: string;
  value: string[];
  onChange: (next: string[]) => void;
  errors?: ErrorDetail[];
}) {
  const { lang } = useI18n();
  const groups = groupTechnologies(useTechnologies().data?.items ?? []);
  return (
    <fieldset className={`checkbox-group${errors.length ? ' field-invalid' : ''}`}>
      <legend>
        {legend} <span className="muted">({value.length})</span>
      </legend>
      <div className="tech-tree">
        {groups.map(({ parent, children }) => {
          const chosen = [parent, ...children].filter((t) => value.includes(t.code)).length;
          return (
            <details key={parent.code} open={chosen > 0}>
              <summary>
                {parent.label[lang]} {chosen > 0 && <span className="badge">{chosen}</span>}
              </summary>
              <label className="checkbox" title={parent.scope?.[lang]}>
                <input
                  type="checkbox"
                  checked={value.includes(parent.code)}
                  onChange={(e) => onChange(toggle(value, parent.code, e.target.checked))}
                />
                {parent.label[lang]}
              </label>
              <div className="tech-children">
                {children.map((c) => (
                  <label key={c.code} className="checkbox" title={c.scope?.[lang]}>
                    <input
                      type="checkbox"
                      checked={value.includes(c.code)}
                      onChange={(e) => onChange(toggle(value, c.code, e.target.checked))}
                    />
                    {c.label[lang]}
                  </label>
                ))}
              </div>
            </details>
          );
        })}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
