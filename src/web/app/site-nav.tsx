import { Link, useLocation } from 'wouter';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.ts';
import { adminModules, modules } from './modules.ts';

function isCurrent(location: string, href: string): boolean {
  if (href === '/') return location === '/';
  if (href === '/directory') return location === '/directory' || location.startsWith('/organizations');
  return location.startsWith(href);
}

function NavLink(props: { href: string; label: string; current: boolean; onNavigate: () => void }) {
  return (
    <Link href={props.href} onClick={props.onNavigate} aria-current={props.current ? 'page' : undefined}>
      {props.label}
    </Link>
  );
}

export function SiteNav({ open, onNavigate }: { open: boolean; onNavigate: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [location] = useLocation();
  return (
    <nav id="site-nav" className={`site-nav${open ? ' open' : ''}`} aria-label={t('mainNav')}>
      <ul>
        {/* A visitor sees only what it can use: no "coming soon" modules, nothing that needs an account. */}
        {modules
          .filter((m) => (user ? true : m.href !== undefined && !m.signedIn))
          .map((m) =>
            m.href ? (
              <li key={m.id}>
                <NavLink
                  href={m.href}
                  label={t(m.label)}
                  current={isCurrent(location, m.href)}
                  onNavigate={onNavigate}
                />
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
                <NavLink
                  href={m.href}
                  label={t(m.label)}
                  current={isCurrent(location, m.href)}
                  onNavigate={onNavigate}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
