import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { AdminGate } from '../../components/admin-gate.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import type { ResponseOf } from '../../lib/api-types.ts';
import { type MessageKey, pickText, useI18n } from '../../lib/i18n.tsx';
import { type AuditFilter, adminQueries } from './admin-api.ts';
import { changeLines, humanize } from './audit-format.ts';

const limit = 50;
type Entry = ResponseOf<'listAuditEntries'>['items'][number];
type T = ReturnType<typeof useI18n>['t'];

/** A code in words from the catalog (`auditAction_update`), or the code made readable when it is new. */
function codeLabel(t: T, prefix: 'auditAction_' | 'auditEntity_', code: string): string {
  const key = `${prefix}${code}` as MessageKey;
  const text = t(key);
  return text === key ? humanize(code) : text;
}

/** A date field's day, local time, as the instant it starts (or, for the end, the instant the next day starts). */
function dayStart(day: string, plusDays = 0): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

type Draft = { actor: string; action: string; entity: string; record: string; from: string; to: string };
const emptyDraft: Draft = { actor: '', action: '', entity: '', record: '', from: '', to: '' };

function toFilter(draft: Draft, entityId?: string): AuditFilter {
  return {
    actor: draft.actor || undefined,
    action: draft.action || undefined,
    entity: draft.entity || undefined,
    record: draft.record.trim() || undefined,
    entityId,
    from: dayStart(draft.from),
    to: dayStart(draft.to, 1),
  };
}

function AuditFilters({ draft, onApply }: { draft: Draft; onApply: (draft: Draft) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState(draft);
  const users = useQuery(adminQueries.users());
  const vocabulary = useQuery(adminQueries.auditVocabulary());
  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [field]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(form);
  };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label={t('auditFilters')}>
      <div className="filters">
        <FormField label={t('auditActor')}>
          {(p) => (
            <select {...p} value={form.actor} onChange={set('actor')}>
              <option value="">{t('auditAnyone')}</option>
              {users.data?.items.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('auditAction')}>
          {(p) => (
            <select {...p} value={form.action} onChange={set('action')}>
              <option value="">{t('auditAnyAction')}</option>
              {vocabulary.data?.actions.map((a) => (
                <option key={a} value={a}>
                  {codeLabel(t, 'auditAction_', a)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('auditEntityKind')}>
          {(p) => (
            <select {...p} value={form.entity} onChange={set('entity')}>
              <option value="">{t('auditAnyEntity')}</option>
              {vocabulary.data?.entities.map((e) => (
                <option key={e} value={e}>
                  {codeLabel(t, 'auditEntity_', e)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('auditRecord')}>
          {(p) => <input {...p} type="search" value={form.record} onChange={set('record')} />}
        </FormField>
        <FormField label={t('auditFrom')}>
          {(p) => <input {...p} type="date" value={form.from} onChange={set('from')} />}
        </FormField>
        <FormField label={t('auditTo')}>
          {(p) => <input {...p} type="date" value={form.to} onChange={set('to')} />}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('auditApply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setForm(emptyDraft);
            onApply(emptyDraft);
          }}
        >
          {t('auditClear')}
        </button>
      </div>
    </form>
  );
}

function Changes({ entry }: { entry: Entry }) {
  const { t, lang } = useI18n();
  const lines = changeLines(entry.changes, lang);
  if (lines.length === 0) return <span className="muted">{t('auditNoChanges')}</span>;
  return (
    <dl className="audit-changes">
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one row never reorder
        <div key={i}>
          <dt>{line.field}</dt>
          <dd>
            {line.before !== undefined && (
              <>
                <del>{line.before}</del> <span aria-hidden="true">→</span>{' '}
              </>
            )}
            <ins>{line.after}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function AuditRow({ entry, onRecord }: { entry: Entry; onRecord: (entry: Entry) => void }) {
  const { t, lang } = useI18n();
  const name = entry.recordName ? pickText(entry.recordName, lang) : (entry.entityKey ?? '');
  return (
    <tr>
      <td>{new Date(entry.at).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB')}</td>
      <td className="audit-actor">
        {entry.actorEmail === 'system' ? t('auditSystem') : (entry.actorEmail ?? t('none'))}
      </td>
      <td>{codeLabel(t, 'auditAction_', entry.action)}</td>
      <td>
        <span className="muted">{codeLabel(t, 'auditEntity_', entry.entity)}</span>
        {name && ' '}
        {name && entry.entityId ? (
          <button
            type="button"
            className="button-link"
            title={t('auditOnlyThis')}
            onClick={() => onRecord(entry)}
          >
            {name}
          </button>
        ) : (
          name
        )}
      </td>
      <td>
        <Changes entry={entry} />
      </td>
    </tr>
  );
}

function AuditTable({ filter, onRecord }: { filter: AuditFilter; onRecord: (entry: Entry) => void }) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const audit = useQuery({ ...adminQueries.audit(filter, limit, offset), placeholderData: keepPreviousData });
  if (audit.isPending) return <LoadingMessage />;
  if (audit.isError) return <ErrorMessage error={audit.error} />;
  if (audit.data.total === 0) return <p className="empty">{t('auditNone')}</p>;
  // The API's order is not part of its contract: sort newest first here.
  const items = [...audit.data.items].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  return (
    <>
      <div className="table-wrap">
        <table className="audit-table">
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
              <AuditRow key={entry.id} entry={entry} onRecord={onRecord} />
            ))}
          </tbody>
        </table>
      </div>
      <PaginationNav offset={offset} limit={limit} total={audit.data.total} onChange={setOffset} />
    </>
  );
}

function AuditLog() {
  const [draft, setDraft] = useState(emptyDraft);
  const [entityId, setEntityId] = useState<string | undefined>();
  const filter = toFilter(draft, entityId);
  // A new filter starts at the first page: the table is keyed by it.
  const key = JSON.stringify(filter);
  return (
    <>
      <AuditFilters
        key={JSON.stringify(draft)}
        draft={draft}
        onApply={(next) => {
          setEntityId(undefined);
          setDraft(next);
        }}
      />
      <AuditTable
        key={key}
        filter={filter}
        onRecord={(entry) => {
          setDraft({ ...emptyDraft, entity: entry.entity });
          setEntityId(entry.entityId ?? undefined);
        }}
      />
    </>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  return (
    <AdminGate>
      <PageHeader title={t('auditTitle')} intro={t('auditIntro')} />
      <AuditLog />
    </AdminGate>
  );
}
