import { useId } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import type { FilterName, OrganizationSearch } from '../lib/organization-search.ts';
import { groupTechnologies, useClusters, useTechnologies, useVocabulary } from '../lib/vocabulary.ts';

type Props = { search: OrganizationSearch; onChange: (name: FilterName, value: string) => void };

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('any')}</option>
        {children}
      </select>
    </div>
  );
}

export function OrganizationFilters({ search, onChange }: Props) {
  const { t, lang, pick } = useI18n();
  const vocabulary = useVocabulary().data;
  const clusters = useClusters().data?.items ?? [];
  const technologies = useTechnologies(search.cluster || undefined).data?.items ?? [];
  const prefectures = vocabulary?.prefectures ?? [];
  const countries = [...new Set(prefectures.map((p) => p.country))];
  return (
    <div className="filters">
      <FilterSelect
        label={t('filterCluster')}
        value={search.cluster}
        onChange={(v) => onChange('cluster', v)}
      >
        {clusters.map((c) => (
          <option key={c.key} value={c.key}>
            {pick(c.name)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filterTechnology')}
        value={search.technology}
        onChange={(v) => onChange('technology', v)}
      >
        {groupTechnologies(technologies).map((g) => (
          <optgroup key={g.parent.code} label={`${g.parent.code} ${g.parent.label[lang]}`}>
            {/* The parent itself is selectable: the API includes its children. */}
            <option value={g.parent.code}>
              {g.parent.label[lang]} ({g.parent.organizations})
            </option>
            {g.children.map((c) => (
              <option key={c.code} value={c.code}>
                　{c.label[lang]} ({c.organizations})
              </option>
            ))}
          </optgroup>
        ))}
      </FilterSelect>
      <FilterSelect label={t('filterKind')} value={search.kind} onChange={(v) => onChange('kind', v)}>
        {vocabulary?.kinds.map((k) => (
          <option key={k.code} value={k.code}>
            {k.label[lang]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('filterRole')} value={search.role} onChange={(v) => onChange('role', v)}>
        {vocabulary?.roles.map((r) => (
          <option key={r.code} value={r.code}>
            {r.label[lang]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filterPrefecture')}
        value={search.prefecture}
        onChange={(v) => onChange('prefecture', v)}
      >
        {countries.map((country) => (
          <optgroup key={country ?? ''} label={country ?? ''}>
            {prefectures
              .filter((p) => p.country === country)
              .map((p) => (
                <option key={`${country}-${p.prefecture}`} value={p.prefecture}>
                  {p.prefecture} ({p.organizations})
                </option>
              ))}
          </optgroup>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filterMembership')}
        value={search.membership}
        onChange={(v) => onChange('membership', v)}
      >
        {vocabulary?.memberships.map((m) => (
          <option key={m.key} value={m.key}>
            {pick(m.name)}
          </option>
        ))}
      </FilterSelect>
    </div>
  );
}
