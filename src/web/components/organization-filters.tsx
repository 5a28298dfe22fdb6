import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { countryName } from '../../core/directory/places.ts';
import type { ResponseOf } from '../lib/api-types.ts';
import { useI18n } from '../lib/i18n.tsx';
import { type FilterName, type OrganizationSearch, toApiQuery } from '../lib/organization-search.ts';
import { organizationQueries } from '../lib/organizations.ts';
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

type PlaceFacet = ResponseOf<'getOrganizationFacets'>['prefectures'][number];

/**
 * The prefecture list grouped by country, Japan first: on a Japanese page in the standard (JIS) order the
 * server gives, on an English page by English name. A place chosen keeps its option even when the other
 * filters leave nothing there, so the select still shows what is set.
 */
function placeGroups(places: PlaceFacet[], lang: 'ja' | 'en', chosen: string) {
  const list =
    chosen && !places.some((p) => p.prefecture === chosen)
      ? [
          ...places,
          {
            country: null,
            prefecture: chosen,
            code: null,
            label: { ja: chosen, en: chosen },
            organizations: 0,
          },
        ]
      : places;
  const countryOf = (p: PlaceFacet) => p.country ?? (p.code ? 'JP' : '');
  const countries = [...new Set(list.map(countryOf))].sort((a, b) =>
    a === 'JP' ? -1 : b === 'JP' ? 1 : countryName(a, lang).localeCompare(countryName(b, lang), lang),
  );
  return countries.map((country) => {
    const inCountry = list.filter((p) => countryOf(p) === country);
    if (lang === 'en') inCountry.sort((a, b) => (a.label.en ?? '').localeCompare(b.label.en ?? '', 'en'));
    return { country, label: country ? countryName(country, lang) : '—', places: inCountry };
  });
}

export function OrganizationFilters({ search, onChange }: Props) {
  const { t, lang, pick } = useI18n();
  const vocabulary = useVocabulary().data;
  const clusters = useClusters().data?.items ?? [];
  const technologies = useTechnologies(search.cluster || undefined).data?.items ?? [];
  // Counted with the search and every other filter, so an offered count is the count the list then shows.
  const facets = useQuery({
    ...organizationQueries.facets(toApiQuery(search)),
    placeholderData: (previous) => previous,
  }).data;
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
      <FilterSelect label={t('filterRegion')} value={search.region} onChange={(v) => onChange('region', v)}>
        {facets?.regions.map((r) => (
          <option key={r.key} value={r.key}>
            {['tohoku', 'japan', 'abroad'].includes(r.key) ? '' : '　'}
            {pick(r.label)} ({r.organizations})
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        label={t('filterPrefecture')}
        value={search.prefecture}
        onChange={(v) => onChange('prefecture', v)}
      >
        {placeGroups(facets?.prefectures ?? [], lang, search.prefecture).map((g) => (
          <optgroup key={g.country} label={g.label}>
            {g.places.map((p) => (
              <option key={`${g.country}-${p.prefecture}`} value={p.prefecture}>
                {pick(p.label)} ({p.organizations})
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
