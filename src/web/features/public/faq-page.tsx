import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useFaq } from './public-api.ts';
import { SearchBox } from './search-box.tsx';

/** The FAQ built from the desk's consultations, searchable in Japanese and English. */
export function FaqPage() {
  const { t, pick } = useI18n();
  const [q, setQ] = useState('');
  const faq = useFaq(q);
  return (
    <>
      <PageHeader title={t('pubFaq')} />
      <SearchBox label={t('pubFaqSearchLabel')} onSearch={setQ} />
      {faq.isPending && <LoadingMessage />}
      {faq.error && <ErrorMessage error={faq.error} />}
      {faq.data?.total === 0 && <p>{t('pubNoResults')}</p>}
      <div className="public-faq">
        {faq.data?.items.map((e) => (
          <details key={e.id}>
            <summary>{pick(e.question)}</summary>
            <p>{pick(e.answer)}</p>
          </details>
        ))}
      </div>
    </>
  );
}
