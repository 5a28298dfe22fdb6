import { Link, useLocation } from 'wouter';
import { useT } from '../../lib/i18n.tsx';
import type { MessageKey } from '../../lib/i18n-catalog.ts';

const views: Array<{ href: string; label: MessageKey }> = [
  { href: '/map', label: 'imapGeographic' },
  { href: '/industry-map', label: 'imapHeatmap' },
  { href: '/industry-map/supply-chain', label: 'imapSupplyChain' },
  { href: '/industry-map/network', label: 'imapNetwork' },
  { href: '/industry-map/gaps', label: 'imapGaps' },
  { href: '/industry-map/shortlist', label: 'imapShortlist' },
];

/** The industry map's views, the geographic map first. */
export function IndustryMapTabs() {
  const t = useT();
  const [location] = useLocation();
  return (
    <nav className="view-tabs" aria-label={t('imapViews')}>
      <ul>
        {views.map((v) => (
          <li key={v.href}>
            <Link href={v.href} aria-current={location === v.href ? 'page' : undefined}>
              {t(v.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
