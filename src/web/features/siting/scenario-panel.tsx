import { useState } from 'react';
import { isMeasurable, siteAttributeKeys, siteAttributes } from '../../../core/siting/attributes.ts';
import type { Scenario } from '../../../core/siting/study.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { attributeLabel, formatValue } from '../../lib/site-labels.ts';
import type { Site } from './siting-api.ts';

const measurable = siteAttributeKeys.filter(isMeasurable);

function withChange(
  scenario: Scenario,
  site: string,
  attribute: string,
  value: number | boolean | undefined,
) {
  const changes = { ...scenario[site], [attribute]: value };
  if (value === undefined) delete changes[attribute];
  const next = { ...scenario, [site]: changes };
  if (Object.keys(changes).length === 0) delete next[site];
  return next;
}

/**
 * "What if" infrastructure changes: assume another value for a site's attribute (planned water delivered,
 * a new 154 kV line) and see the ranking move. Nothing stored changes; a saved study keeps the scenario.
 */
export function ScenarioPanel({
  sites,
  scenario,
  onChange,
}: {
  sites: Site[];
  scenario: Scenario;
  onChange: (scenario: Scenario) => void;
}) {
  const { t, lang, pick } = useI18n();
  const [site, setSite] = useState(sites[0]?.key ?? '');
  const [attribute, setAttribute] = useState<string>('industrialWaterM3PerDay');
  const [value, setValue] = useState('');
  const chosen = sites.find((s) => s.key === site);
  const planned = sites.filter(
    (s) =>
      typeof s.attributes.industrialWaterPlannedM3PerDay === 'number' &&
      !scenario[s.key]?.industrialWaterM3PerDay,
  );
  const isBoolean = (siteAttributes as Record<string, { type: string }>)[attribute]?.type === 'boolean';
  const add = () => {
    const parsed = isBoolean ? value === 'true' : Number(value);
    if (!isBoolean && (value.trim() === '' || !Number.isFinite(parsed))) return;
    onChange(withChange(scenario, site, attribute, parsed));
    setValue('');
  };
  const active = Object.entries(scenario).flatMap(([key, changes]) =>
    Object.entries(changes ?? {}).map(([a, v]) => ({ key, a, v })),
  );
  return (
    <div className="scenario-panel">
      <p className="field-hint">{t('sitingWhatIfHelp')}</p>
      {planned.map((s) => (
        <button
          type="button"
          className="button-link"
          key={s.key}
          onClick={() =>
            onChange(
              withChange(
                scenario,
                s.key,
                'industrialWaterM3PerDay',
                s.attributes.industrialWaterPlannedM3PerDay as number,
              ),
            )
          }
        >
          {t('sitingWhatIfPlannedWater', {
            site: pick(s.name),
            value: formatValue(
              'industrialWaterM3PerDay',
              s.attributes.industrialWaterPlannedM3PerDay as number,
              lang,
            ),
          })}
        </button>
      ))}
      <div className="scenario-form">
        <div className="scenario-field">
          <label htmlFor="what-if-site">{t('sitingWhatIfSite')}</label>
          <select id="what-if-site" value={site} onChange={(e) => setSite(e.target.value)}>
            {sites.map((s) => (
              <option key={s.key} value={s.key}>
                {pick(s.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="scenario-field">
          <label htmlFor="what-if-attribute">{t('sitingWhatIfAttribute')}</label>
          <select id="what-if-attribute" value={attribute} onChange={(e) => setAttribute(e.target.value)}>
            {measurable.map((a) => (
              <option key={a} value={a}>
                {attributeLabel(a, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="scenario-field">
          <label htmlFor="what-if-value">{t('sitingWhatIfValue')}</label>
          {isBoolean ? (
            <select id="what-if-value" value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">—</option>
              <option value="true">{formatValue(attribute, true, lang)}</option>
              <option value="false">{formatValue(attribute, false, lang)}</option>
            </select>
          ) : (
            <input
              id="what-if-value"
              type="number"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          )}
        </div>
        <span className="field-hint">
          {t('sitingWhatIfNow', { value: formatValue(attribute, chosen?.attributes[attribute], lang) })}
        </span>
        <button type="button" className="button button-secondary" onClick={add}>
          {t('sitingWhatIfAdd')}
        </button>
      </div>
      {active.length > 0 && (
        <ul className="plain-list scenario-list" aria-label={t('sitingWhatIfActive')}>
          {active.map(({ key, a, v }) => (
            <li key={`${key}-${a}`}>
              {pick(sites.find((s) => s.key === key)?.name)}: {attributeLabel(a, lang)} →{' '}
              {formatValue(a, v, lang)}{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => onChange(withChange(scenario, key, a, undefined))}
              >
                {t('sitingWhatIfRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
