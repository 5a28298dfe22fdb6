import { Link, useLocation } from 'wouter';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.ts';
import { adminModules, modules } from './modules.ts';

function isCurrent(location: string, href: string): boolean {
  if (href === '/')
    return location === '/' || location === '/directory' || location.startsWith('/organizations');
  return location.startsWith(href);
}

export function SiteNav({ open, onNavigate }: { open: boolean; onNavigate: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [location] = useLocation();
  return (
    <nav id="site-nav" className={`site-nav${open ? ' open' : ''}`} aria-label={t('mainNav')}>
      <ul>
        {modules.map((m) =>
          m.href ? (
            <li key={m.id}>
              <Link
                href={m.href}
                onClick={onNavigate}
                aria-current={isCurrent(location, m.href) ? 'page' : undefined}
              >
                {t(m.label)}
              </Link>
            </li>
          ) : (
            // Not a link: shown so members see what is coming, but out of the tab order's way of working.
            <li key={m.id}>
              <span className="nav-coming" aria-disabled="true">
                {t(m.label)} <span className="badge badge-muted">{t('comingSoon')}</span>
              </span>
            </li>
          ),
        )}
      </ul>
      {user?.role === 'admin' && (
        <>
          <h2 className="nav-heading">{t('navAdmin')}</h2>
          <ul>
            {adminModules.map((m) => (
              <li key={m.id}>
                <Link
                  href={m.href}
                  onClick={onNavigate}
                  aria-current={isCurrent(location, m.href) ? 'page' : undefined}
                >
                  {t(m.label)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
