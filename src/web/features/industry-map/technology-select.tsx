import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { groupTechnologies, useTechnologies } from '../../lib/vocabulary.ts';

/** One technology code from a grouped list: the areas, each followed by its codes. */
export function TechnologySelect({
  label,
  value,
  onChange,
  cluster,
  allowEmpty = true,
  name = 'technology',
}: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  cluster?: string;
  allowEmpty?: boolean;
  name?: string;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const groups = groupTechnologies(useTechnologies(cluster).data?.items ?? []);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {allowEmpty && <option value="">{t('any')}</option>}
        {groups.map(({ parent, children }) => (
          <optgroup key={parent.code} label={`${parent.code} ${parent.label[lang]}`}>
            <option value={parent.code}>
              {parent.code} {parent.label[lang]} ({t('imapWholeArea')})
            </option>
            {children.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {c.label[lang]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
