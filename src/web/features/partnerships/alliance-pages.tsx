import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { AccessNotice } from '../../components/admin-gate.tsx';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage, StaleEditMessage } from '../../components/status-message.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import {
  type AllianceGroup,
  type AllianceMeeting,
  type MeetingInput,
  useAddDocument,
  useAllianceGroup,
  useAllianceGroups,
  useCompleteAction,
  useDeleteDocument,
  useDeleteMeeting,
  useEditMeeting,
  useRecordMeeting,
  useUploadDocument,
} from './partnerships-api.ts';

/** The alliance's working groups (signed-in accounts), with their lead and members. */
export function AllianceGroupsPage() {
  const { t, pick } = useI18n();
  const { user, isLoading } = useSession();
  const list = useAllianceGroups(!!user);
  if (isLoading) return <LoadingMessage />;
  if (!user) return <AccessNotice title={t('allTitle')} signedIn={false} />;
  return (
    <>
      <PageHeader title={t('allTitle')} intro={t('allIntro')} />
      {list.isPending ? (
        <LoadingMessage />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="status">{t('allNone')}</p>
      ) : (
        <ul className="ptn-list">
          {list.data.items.map((g) => (
            <li key={g.id} className="card">
              <h2>
                <Link href={`/alliance/${g.id}`}>{pick(g.name)}</Link>
              </h2>
              <p className="muted">
                {t('allMembers')}:{' '}
                {g.members.map((m) => `${pick(m.name)}${m.lead ? ` (${t('allLead')})` : ''}`).join(' · ')}
              </p>
              {g.isMember && <p className="badge">{t('allYouAreMember')}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function AllianceGroupPage({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const { user, isLoading } = useSession();
  const group = useAllianceGroup(id, !!user);
  const complete = useCompleteAction();
  const remove = useDeleteMeeting();
  const removeDoc = useDeleteDocument();
  const [editing, setEditing] = useState<string | null>(null);
  if (isLoading) return <LoadingMessage />;
  if (!user) return <AccessNotice title={t('allTitle')} signedIn={false} />;
  if (group.isPending) return <LoadingMessage />;
  if (group.isError) return <ErrorMessage error={group.error} />;
  const g = group.data;
  const inside = g.isMember || user.role === 'admin';
  return (
    <>
      <PageHeader title={pick(g.name)} intro={pick(g.description)} />
      <section className="card">
        <h2>{t('allMembers')}</h2>
        <ul>
          {g.members.map((m) => (
            <li key={m.id}>
              <Link href={`/organizations/${m.id}`}>{pick(m.name)}</Link>{' '}
              {m.lead && <span className="badge">{t('allLead')}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>{t('allMeetings')}</h2>
        {g.meetings.length === 0 ? (
          <p className="status">{t('allMeetingsNone')}</p>
        ) : (
          <ul className="ptn-activities">
            {g.meetings.map((m) => (
              <li key={m.id} data-meeting={m.id}>
                <h3>
                  <time dateTime={m.heldOn}>{m.heldOn}</time> {pick(m.title)}
                </h3>
                {g.mayRecordMeetings && (
                  <p className="form-actions">
                    <button
                      type="button"
                      className="button-secondary"
                      aria-expanded={editing === m.id}
                      onClick={() => setEditing(editing === m.id ? null : m.id)}
                    >
                      {t('allEditMeeting')}
                    </button>
                    <ConfirmButton
                      className="button-secondary"
                      disabled={remove.isPending}
                      title={t('allDeleteMeetingTitle')}
                      body={t('allDeleteMeetingBody', { title: pick(m.title), date: m.heldOn })}
                      confirmLabel={t('allDeleteMeeting')}
                      onConfirm={() => remove.mutate(m)}
                    >
                      {t('allDeleteMeeting')}
                    </ConfirmButton>
                  </p>
                )}
                {editing === m.id && <MeetingForm group={g} meeting={m} onDone={() => setEditing(null)} />}
                {pick(m.minutes) && <p className="ptn-body">{pick(m.minutes)}</p>}
                {m.actionItems.length > 0 && (
                  <>
                    <h4>{t('allActionItems')}</h4>
                    <ul>
                      {m.actionItems.map((a) => (
                        <li key={a.id}>
                          {pick(a.text)}
                          {a.owner && ` — ${pick(a.owner.name)}`}
                          {a.dueOn && ` · ${t('allDue', { date: a.dueOn })}`}{' '}
                          {a.status === 'done' ? (
                            <span className="badge badge-muted">{t('allDone')}</span>
                          ) : (
                            inside && (
                              <button
                                type="button"
                                className="button-secondary"
                                onClick={() => complete.mutate(a.id)}
                              >
                                {t('allMarkDone')}
                              </button>
                            )
                          )}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {remove.isError &&
        (isStaleEdit(remove.error) ? (
          <StaleEditMessage onReload={() => group.refetch().then(() => remove.reset())} />
        ) : (
          <ErrorMessage error={remove.error} />
        ))}
      <section className="card">
        <h2>{t('allDocuments')}</h2>
        {g.documents.length === 0 ? (
          <p className="status">{t('allDocumentsNone')}</p>
        ) : (
          <ul>
            {g.documents.map((d) => (
              <li key={d.id}>
                <a href={d.url}>{pick(d.title)}</a>{' '}
                {d.kind === 'file' && (
                  <span className="muted">
                    {d.fileName} · {Math.max(1, Math.ceil((d.byteSize ?? 0) / 1024))} KB{' '}
                  </span>
                )}
                <span className="badge badge-muted">{t(`allVisibility_${d.visibility}`)}</span>{' '}
                {d.mayDelete && (
                  <ConfirmButton
                    className="button-secondary"
                    disabled={removeDoc.isPending}
                    title={t('allDeleteDocumentTitle')}
                    body={t('allDeleteDocumentBody', { title: pick(d.title) })}
                    confirmLabel={t('allDeleteMeeting')}
                    onConfirm={() => removeDoc.mutate(d.id)}
                  >
                    {t('allDeleteMeeting')}
                  </ConfirmButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {removeDoc.isError && <ErrorMessage error={removeDoc.error} />}
      {g.mayRecordMeetings && (
        <section className="card">
          <h2>{t('allRecordMeeting')}</h2>
          <MeetingForm group={g} />
        </section>
      )}
      {inside && <FileForm group={g} />}
      {inside && <DocumentForm group={g} />}
    </>
  );
}

const text = (ja: string, en: string) => ({
  ...(ja.trim() ? { ja: ja.trim() } : {}),
  ...(en.trim() ? { en: en.trim() } : {}),
});

/** What the form starts from: an empty record, or the meeting being edited (its open items one per line). */
function initialMeeting(meeting: AllianceMeeting | undefined, lang: 'ja' | 'en') {
  const say = (x: { ja?: string; en?: string }) => x[lang] ?? x.ja ?? x.en ?? '';
  return {
    heldOn: meeting?.heldOn ?? '',
    titleJa: meeting?.title.ja ?? '',
    titleEn: meeting?.title.en ?? '',
    minutes: meeting ? say(meeting.minutes) : '',
    actions: meeting
      ? meeting.actionItems
          .filter((a) => a.status === 'open')
          .map((a) => say(a.text))
          .join('\n')
      : '',
  };
}

/** Records a meeting, or edits one (with its version; a 412 offers a reload). */
function MeetingForm({
  group,
  meeting,
  onDone,
}: {
  group: AllianceGroup;
  meeting?: AllianceMeeting;
  onDone?: () => void;
}) {
  const { t, lang } = useI18n();
  const record = useRecordMeeting(group.id);
  const edit = useEditMeeting();
  const save = meeting ? edit : record;
  const [d, setD] = useState(() => initialMeeting(meeting, lang));
  const error = save.error instanceof ApiError ? save.error : null;
  const at = (p: string) => error?.detailsFor(`body.${p}`) ?? [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const say = (x: { ja?: string; en?: string }) => x[lang] ?? x.ja ?? x.en ?? '';
    const open = meeting?.actionItems.filter((a) => a.status === 'open') ?? [];
    const body: MeetingInput = {
      heldOn: d.heldOn,
      title: text(d.titleJa, d.titleEn),
      // The other language's minutes stay as they were.
      minutes: { ...(meeting?.minutes ?? {}), ...(d.minutes.trim() ? { [lang]: d.minutes.trim() } : {}) },
      actionItems: d.actions
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => {
          // An item kept as it was keeps its owner, due date and other language.
          const same = open.find((a) => say(a.text) === l);
          return same
            ? { text: same.text, owner: same.owner?.key ?? null, dueOn: same.dueOn }
            : { text: { [lang]: l } };
        }),
    };
    if (meeting) edit.mutate({ meeting, body }, { onSuccess: () => onDone?.() });
    else record.mutate(body, { onSuccess: () => setD(initialMeeting(undefined, lang)) });
  };
  const input = (
    name: 'heldOn' | 'titleJa' | 'titleEn',
    label: Parameters<typeof t>[0],
    path: string,
    type = 'text',
  ) => (
    <FormField label={t(label)} errors={at(path)}>
      {(props) => (
        <input
          {...props}
          type={type}
          value={d[name]}
          onChange={(e) => setD((x) => ({ ...x, [name]: e.target.value }))}
        />
      )}
    </FormField>
  );
  return (
    <form className="ptn-form" onSubmit={onSubmit} noValidate>
      {input('heldOn', 'allHeldOn', 'heldOn', 'date')}
      {input('titleJa', 'allMeetingTitleJa', 'title')}
      {input('titleEn', 'allMeetingTitleEn', 'title')}
      <FormField label={t('allMinutes')} errors={at('minutes')}>
        {(props) => (
          <textarea
            {...props}
            rows={4}
            value={d.minutes}
            onChange={(e) => setD((x) => ({ ...x, minutes: e.target.value }))}
          />
        )}
      </FormField>
      <FormField label={t('allActionsInput')} errors={at('actionItems')}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={d.actions}
            onChange={(e) => setD((x) => ({ ...x, actions: e.target.value }))}
          />
        )}
      </FormField>
      <button type="submit" disabled={save.isPending}>
        {meeting ? t('allSaveMeeting') : t('allRecordMeeting')}
      </button>
      {isStaleEdit(save.error) && <StaleEditMessage onReload={() => window.location.reload()} />}
      {save.isSuccess && !meeting && <p role="status">{t('allSaved')}</p>}
    </form>
  );
}

/** A group member uploads a file for the group or for every member (PDF or an image, up to 10 MB). */
function FileForm({ group }: { group: AllianceGroup }) {
  const { t, lang } = useI18n();
  const upload = useUploadDocument(group.id);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [visibility, setVisibility] = useState<'group' | 'members'>('group');
  const [formKey, setFormKey] = useState(0);
  const errors = (path: string) => (upload.error instanceof ApiError ? upload.error.detailsFor(path) : []);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    upload.mutate(
      { file, title, lang, visibility },
      {
        onSuccess: () => {
          setFile(null);
          setTitle('');
          setFormKey((k) => k + 1);
        },
      },
    );
  };
  return (
    <section className="card">
      <h2>{t('allUploadFile')}</h2>
      <form key={formKey} className="ptn-form" onSubmit={onSubmit} noValidate aria-busy={upload.isPending}>
        <FormField label={t('allDocTitle')} errors={[...errors('query.titleJa'), ...errors('query.titleEn')]}>
          {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
        <FormField
          label={t('allFileChoose')}
          errors={[...errors('body'), ...errors('header.content-type'), ...errors('query.name')]}
        >
          {(props) => (
            <input
              {...props}
              type="file"
              accept="application/pdf,image/jpeg,image/png,image/webp"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <FormField label={t('bulAudience')} errors={errors('query.visibility')}>
          {(props) => (
            <select
              {...props}
              value={visibility}
              onChange={(e) => setVisibility(e.target.value as 'group' | 'members')}
            >
              <option value="group">{t('allVisibility_group')}</option>
              <option value="members">{t('allVisibility_members')}</option>
            </select>
          )}
        </FormField>
        <button type="submit" disabled={!file || upload.isPending}>
          {t('allUploadFile')}
        </button>
        {upload.isSuccess && <p role="status">{t('allSaved')}</p>}
        {upload.isError && !(upload.error instanceof ApiError && upload.error.details.length) && (
          <ErrorMessage error={upload.error} />
        )}
      </form>
    </section>
  );
}

function DocumentForm({ group }: { group: AllianceGroup }) {
  const { t, lang } = useI18n();
  const save = useAddDocument(group.id);
  const [d, setD] = useState({ title: '', url: '', visibility: 'group' as 'group' | 'members' });
  const error = save.error instanceof ApiError ? save.error : null;
  const at = (p: string) => error?.detailsFor(`body.${p}`) ?? [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      title: d.title.trim() ? { [lang]: d.title.trim() } : {},
      url: d.url.trim(),
      visibility: d.visibility,
    });
  };
  return (
    <section className="card">
      <h2>{t('allAddDocument')}</h2>
      <form className="ptn-form" onSubmit={onSubmit} noValidate>
        <FormField label={t('allDocTitle')} errors={at('title')}>
          {(props) => (
            <input
              {...props}
              value={d.title}
              onChange={(e) => setD((x) => ({ ...x, title: e.target.value }))}
            />
          )}
        </FormField>
        <FormField label={t('allDocUrl')} errors={at('url')}>
          {(props) => (
            <input
              {...props}
              type="url"
              value={d.url}
              onChange={(e) => setD((x) => ({ ...x, url: e.target.value }))}
            />
          )}
        </FormField>
        <FormField label={t('bulAudience')} errors={at('visibility')}>
          {(props) => (
            <select
              {...props}
              value={d.visibility}
              onChange={(e) => setD((x) => ({ ...x, visibility: e.target.value as 'group' | 'members' }))}
            >
              <option value="group">{t('allVisibility_group')}</option>
              <option value="members">{t('allVisibility_members')}</option>
            </select>
          )}
        </FormField>
        <button type="submit" disabled={save.isPending}>
          {t('allAddDocument')}
        </button>
        {save.isSuccess && <p role="status">{t('allSaved')}</p>}
      </form>
    </section>
  );
}
