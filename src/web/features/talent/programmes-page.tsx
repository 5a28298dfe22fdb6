import { Link, useLocation, useSearch } from 'wouter';
import { trainingLevels } from '../../../core/talent/index.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage, LoadingMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import { useProgrammes, useSkills } from './talent-api.ts';
import { LevelBadge, ProgrammeFacts } from './talent-parts.tsx';

/** Every programme, public, filtered by skill and level through the URL. */
export function ProgrammesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const canAdd = user?.role === 'admin' || (user?.role === 'member' && !!user.organizationId);
  return (
    <>
      <PageHeader
        title={t('talentTitle')}
        intro={t('talentIntro')}
        actions={
          <>
            {canAdd && (
              <Link className="button" href="/talent/programmes/new">
                {t('talentNew')}
              </Link>
            )}
            <Link className="button button-secondary" href="/talent/openings">
              {t('openingsTitle')}
            </Link>
            {(user?.role === 'admin' || user?.role === 'member' || user?.role === 'agency') && (
              <Link className="button button-secondary" href="/talent/workforce">
                {t('wfTitle')}
              </Link>
            )}
            {user && (
              <Link className="button button-secondary" href="/talent/my">
                {t('talentMy')}
              </Link>
            )}
          </>
        }
      />
      <Filters />
      <ProgrammeList />
    </>
  );
}

function Filters() {
  const { t, pick } = useI18n();
  const skills = useSkills();
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const set = (name: string, value: string) => {
    if (value) params.set(name, value);
    else params.delete(name);
    const s = params.toString();
    navigate(`/talent${s ? `?${s}` : ''}`, { replace: true });
  };
  return (
    <form className="talent-filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('talentFilterSkill')}{' '}
        <select value={params.get('skill') ?? ''} onChange={(e) => set('skill', e.target.value)}>
          <option value="">{t('talentAny')}</option>
          {skills.data?.items.map((s) => (
            <option key={s.code} value={s.code}>
              {pick(s.label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('talentFilterLevel')}{' '}
        <select value={params.get('level') ?? ''} onChange={(e) => set('level', e.target.value)}>
          <option value="">{t('talentAny')}</option>
          {trainingLevels.map((l) => (
            <option key={l} value={l}>
              {t('talentLevel', { level: l })}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

function ProgrammeList() {
  const { t, pick } = useI18n();
  const params = new URLSearchParams(useSearch());
  const list = useProgrammes({
    skill: params.get('skill') ?? undefined,
    level: params.get('level') ?? undefined,
  });
  if (list.isPending) return <LoadingMessage />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  if (list.data.items.length === 0) return <p className="muted">{t('talentNone')}</p>;
  return (
    <ul className="talent-list">
      {list.data.items.map((p) => (
        <li key={p.id} className="card">
          <h2>
            <Link href={`/talent/programmes/${p.id}`}>{pick(p.title)}</Link>
          </h2>
          <p>
            <LevelBadge level={p.level} />{' '}
            {p.illustrative && <span className="badge badge-warn">{t('illustrative')}</span>}
          </p>
          <ProgrammeFacts programme={p} />
        </li>
      ))}
    </ul>
  );
}
