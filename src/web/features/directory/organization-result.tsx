import { Link } from 'wouter';
import { placeLine } from '../../../core/directory/places.ts';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import type { LocalizedText, Organization } from '../../lib/api-types.ts';
import { pickLang, useI18n } from '../../lib/i18n.tsx';

type Labels = Map<string, LocalizedText>;

/**
 * Japanese writes addresses largest first (東京都江東区), English smallest first with English names
 * ("Koto, Tokyo, Japan"); see `placeLine`.
 */
export function formatLocation(location: Organization['location'], lang: 'ja' | 'en'): string {
  return placeLine(location, lang);
}

/** One search hit: name and description with the matched terms marked, in the language shown. */
export function OrganizationResult({
  organization: o,
  kinds,
  technologies,
}: {
  organization: Organization;
  kinds: Labels;
  technologies: Labels;
}) {
  const { t, lang, pick } = useI18n();
  const nameLang = pickLang(o.name, lang);
  const descriptionLang = pickLang(o.description, lang);
  const description = pick(o.description);
  return (
    <li className="result">
      <h3>
        <Link href={`/organizations/${o.id}`} lang={nameLang}>
          <HighlightedText text={pick(o.name)} ranges={o.highlights?.name[nameLang]} />
        </Link>
        {o.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
        {!o.published && <span className="badge badge-muted">{t('unpublished')}</span>}
      </h3>
      <p className="result-meta">
        <span>{kinds.get(o.kind)?.[lang] ?? o.kind}</span>
        {formatLocation(o.location, lang) && <span>{formatLocation(o.location, lang)}</span>}
      </p>
      {description && (
        <p className="result-description" lang={descriptionLang}>
          <HighlightedText text={description} ranges={o.highlights?.description[descriptionLang]} />
        </p>
      )}
      {o.technologies.length > 0 && (
        <ul className="tags">
          {o.technologies.map((code) => (
            <li key={code} className="tag">
              {technologies.get(code)?.[lang] ?? code}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
