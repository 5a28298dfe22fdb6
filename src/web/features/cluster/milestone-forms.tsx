import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { type Milestone, useAddMilestone, useRecordMilestone } from './cluster-api.ts';

/** The coordinator records when a milestone happened, and adds regional milestones. */
export function MilestoneForms({ cluster, milestones }: { cluster: string; milestones: Milestone[] }) {
  const { t, pick } = useI18n();
  const record = useRecordMilestone(cluster);
  const add = useAddMilestone(cluster);
  const [id, setId] = useState(milestones[0]?.id ?? '');
  const [actual, setActual] = useState('');
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('');
  const chosen = milestones.find((m) => m.id === id);
  const onRecord = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) record.mutate({ id: chosen.id, version: chosen.version, actualDate: actual || null });
  };
  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ key, title: { ja: title }, targetDate: target });
  };
  return (
    <section className="card no-print">
      <h2>{t('cluMilestoneEdit')}</h2>
      <form className="clu-phase-form" onSubmit={onRecord}>
        <label>
          {t('cluMilestones')}
          <select value={id} onChange={(e) => setId(e.target.value)}>
            {milestones.map((m) => (
              <option key={m.id} value={m.id}>
                {pick(m.title)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cluActual')}
          <input type="date" value={actual} onChange={(e) => setActual(e.target.value)} />
        </label>
        <button type="submit" className="button button-secondary" disabled={record.isPending || !chosen}>
          {t('cluRecordActual')}
        </button>
      </form>
      {record.isError && <ErrorMessage error={record.error} />}
      <form className="clu-phase-form" onSubmit={onAdd}>
        <label>
          {t('cluMilestoneKey')}
          <input value={key} onChange={(e) => setKey(e.target.value)} required pattern="[a-z0-9][a-z0-9-]*" />
        </label>
        <label>
          {t('cluMilestoneTitle')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label>
          {t('cluTarget')}
          <input type="date" value={target} onChange={(e) => setTarget(e.target.value)} required />
        </label>
        <button type="submit" className="button button-secondary" disabled={add.isPending}>
          {t('cluAddMilestone')}
        </button>
      </form>
      {add.isError && <ErrorMessage error={add.error} />}
    </section>
  );
}
