import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AdminGate } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { adminQueries } from './admin-api.ts';

const limit = 50;

function summarize(changes: Record<string, unknown>): string {
  const text = JSON.stringify(changes);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

function AuditTable() {
  const { t, lang } = useI18n();
  const [offset, setOffset] = useState(0);
  const audit = useQuery({
    ...adminQueries.audit(limit, offset),
    placeholderData: keepPreviousData,
  });
  if (audit.isPending) return <LoadingMessage />;
  if (audit.isError) return <ErrorMessage error={audit.error} />;
  // The API's order is not part of its contract: sort newest first here.
  const items = [...audit.data.items].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('auditAt')}</th>
              <th scope="col">{t('auditActor')}</th>
              <th scope="col">{t('auditAction')}</th>
              <th scope="col">{t('auditEntity')}</th>
              <th scope="col">{t('auditChanges')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) => (
              <tr key={entry.id}>
                <td>{new Date(entry.at).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB')}</td>
                <td>{entry.actorEmail ?? t('none')}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.entity} {entry.entityKey && <code>{entry.entityKey}</code>}
                </td>
                <td className="changes">
                  <code>{summarize(entry.changes)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PaginationNav offset={offset} limit={limit} total={audit.data.total} onChange={setOffset} />
    </>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  return (
    <AdminGate>
      <PageHeader title={t('auditTitle')} />
      <AuditTable />
    </AdminGate>
  );
}
