import { type FormEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { FaqEntryEditor } from './desk-faq-editor.tsx';
import { type FaqEntry, useConsultationSearch, useFaqEntries } from './desk-figures-api.ts';

/**
 * Search over past consultations (coordinators all, a partner those referred to it, a member its own), and for
 * coordinators the FAQ entries made from them, to edit or take off the public pages.
 */
export function DeskSearchPage() {
  const { t } = useI18n();
  const { user, isLoading } = useSession();
  const [q, setQ] = useState('');
  if (isLoading) return <LoadingMessage />;
  if (!user || !['admin', 'agency', 'member'].includes(user.role))
    return <AccessNotice title={t('deskSearchTitle')} signedIn={user !== null} />;
  return (
    <>
      <PageHeader
        title={t('deskSearchTitle')}
        intro={t('deskSearchIntro')}
        actions={
          user.role === 'admin' && (
            <Link className="button secondary" href="/desk/figures">
              {t('deskFiguresTitle')}
            </Link>
          )
        }
      />
      <SearchForm onSearch={setQ} />
      {q && <Hits q={q} />}
      {user.role === 'admin' && <FaqEntries />}
    </>
  );
}

function SearchForm({ onSearch }: { onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(text.trim());
  }
  return (
    <search>
      <form className="desk-filters" onSubmit={submit}>
        <label>
          {t('deskSearchLabel')}{' '}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">{t('deskSearchButton')}</button>
      </form>
    </search>
  );
}

function Hits({ q }: { q: string }) {
  const { t } = useI18n();
  const hits = useConsultationSearch(q);
  if (hits.isPending) return <LoadingMessage />;
  if (hits.error) return <ErrorMessage error={hits.error} />;
  return (
    <section aria-live="polite">
      <p>{t('deskSearchCount', { n: hits.data.capped ? `${hits.data.total}+` : hits.data.total })}</p>
      <ul className="desk-list">
        {hits.data.items.map((h) => (
          <li key={h.id} className="card">
            <Link href={`/desk/consultations/${h.id}`}>{h.companyName}</Link>{' '}
            <span className="muted">
              {h.receivedAt.slice(0, 10)} · {t(`deskStatus_${h.status}`)}
              {h.answered && ` · ${t('deskSearchAnswered')}`}
            </span>
            <p lang={h.language}>{h.excerpt}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FaqEntries() {
  const { t, pick } = useI18n();
  const id = useId();
  const entries = useFaqEntries();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card desk-box" aria-labelledby={id}>
      <h2 id={id}>{t('deskFaqEntries')}</h2>
      {entries.isPending && <LoadingMessage />}
      {entries.error && <ErrorMessage error={entries.error} />}
      <ul className="desk-list">
        {entries.data?.items.map((e: FaqEntry) => (
          <li key={e.id}>
            <strong>{pick(e.question)}</strong>
            {!e.published && <span className="muted"> ({t('deskFaqUnpublished')})</span>}{' '}
            {editing === e.id ? (
              <FaqEntryEditor entry={e} onDone={() => setEditing(null)} />
            ) : (
              <button type="button" className="secondary" onClick={() => setEditing(e.id)}>
                {t('deskFaqEdit')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
