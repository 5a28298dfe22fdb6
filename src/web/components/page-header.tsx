import { type ReactNode, useEffect } from 'react';
import { useT } from '../lib/i18n.tsx';

/** The page's h1; also names the browser tab, so screen-reader users hear where a route change took them. */
export function PageHeader({
  title,
  intro,
  actions,
}: {
  title: string;
  intro?: string;
  actions?: ReactNode;
}) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} — ${t('productName')}`;
  }, [title, t]);
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {intro && <p className="intro">{intro}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}
