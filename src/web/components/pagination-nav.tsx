import { useT } from '../lib/i18n.tsx';

/** "n–m of total" with previous/next; offsets, not page numbers, because that is what the API speaks. */
export function PaginationNav({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  const t = useT();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        ← {t('previous')}
      </button>
      <span className="pagination-range" aria-live="polite">
        {t('resultsRange', { from, to, total })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={to >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('next')} →
      </button>
    </nav>
  );
}
