import type { MessageKey } from '../lib/i18n-catalog.ts';

/**
 * Every module of DESIGN.md §2, in the order the design lists them; `href` only for those that are live.
 * `signedIn` entries are shown only to a signed-in user (a visitor has no introductions).
 */
export const modules: { id: string; label: MessageKey; href?: string; signedIn?: boolean }[] = [
  { id: 'home', label: 'navHome', href: '/' },
  { id: 'directory', label: 'navDirectory', href: '/directory' },
  { id: 'taxonomy', label: 'navTaxonomy', href: '/taxonomy' },
  { id: 'industry-map', label: 'navIndustryMap', href: '/map' },
  { id: 'matching', label: 'navMatching', href: '/matching' },
  { id: 'introductions', label: 'navIntroductions', href: '/introductions', signedIn: true },
  { id: 'siting', label: 'navSiting', href: '/siting' },
  { id: 'surveys', label: 'navSurveys', href: '/surveys' },
  { id: 'incubation', label: 'navIncubation', href: '/incubation' },
  { id: 'talent', label: 'navTalent', href: '/talent' },
  { id: 'desk', label: 'navDesk', href: '/desk' },
  { id: 'exchange', label: 'navExchange', href: '/events' },
  { id: 'public', label: 'navPublic', href: '/public' },
  { id: 'partnerships', label: 'navPartnerships', href: '/partnerships' },
  { id: 'cluster', label: 'navCluster', href: '/clusters' },
];

export const adminModules: { id: string; label: MessageKey; href: string }[] = [
  { id: 'import', label: 'navImport', href: '/admin/import' },
  { id: 'introductions', label: 'navIntroBoard', href: '/admin/introductions' },
  { id: 'accounts', label: 'navAccounts', href: '/admin/accounts' },
  { id: 'audit', label: 'navAudit', href: '/admin/audit' },
];
