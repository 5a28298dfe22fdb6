import { type ReactNode, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { type Lang, useI18n } from '../lib/i18n.tsx';
import { useLogout, useSession } from '../lib/session.ts';
import { SiteNav } from './site-nav.tsx';

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const options: { value: Lang; label: string }[] = [
    { value: 'ja', label: '日本語' },
    { value: 'en', label: 'English' },
  ];
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('language')}</legend>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.value}
          aria-pressed={lang === o.value}
          onClick={() => setLang(o.value)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}

function AccountArea() {
  const { t } = useI18n();
  const { user } = useSession();
  const logout = useLogout();
  const [location, navigate] = useLocation();
  if (!user) {
    // Remember where the visitor was so sign-in can bring them back.
    const next = location === '/login' ? '/' : `${location}${window.location.search}`;
    return (
      <Link className="button button-small" href={`/login?next=${encodeURIComponent(next)}`}>
        {t('signIn')}
      </Link>
    );
  }
  return (
    <div className="account">
      <Link className="account-name" href="/account">
        <span className="visually-hidden">{t('signedInAs')}: </span>
        {user.name}
      </Link>
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/') })}
      >
        {t('signOut')}
      </button>
    </div>
  );
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link href="/" className="brand">
            <span className="brand-name">{t('productName')}</span>
            <span className="brand-sub">{t('productSub')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            <AccountArea />
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="site-nav"
              onClick={() => setMenuOpen((v) => !v)}
            >
              {t('menu')}
            </button>
          </div>
        </div>
      </header>
      <div className="layout">
        <SiteNav open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <p>{t('footerNote')}</p>
      </footer>
    </div>
  );
}
