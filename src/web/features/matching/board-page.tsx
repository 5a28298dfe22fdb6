import { useState } from 'react';
import { type IntroductionState, introductionStates } from '../../../core/matching/index.ts';
import { AdminGate } from '../../components/admin-gate.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { ErrorMessage } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { IntroductionCard } from './introductions-page.tsx';
import {
  type Board,
  type IntroductionFilter,
  useBoard,
  useIntroductions,
  useOutbox,
} from './matching-api.ts';

const series = [
  ['requested', '#8c959f'],
  ['accepted', '#1f6feb'],
  ['meeting', '#bf8700'],
  ['contract', '#2da44e'],
] as const;

/** Grouped bars per month: requests, and how many of them reached acceptance, a meeting, a contract. */
function ConversionChart({ data }: { data: Board['conversion'] }) {
  const { t, lang } = useI18n();
  const max = Math.max(1, ...data.map((m) => m.requested));
  const groupWidth = 64;
  const height = 160;
  const width = Math.max(320, data.length * groupWidth + 40);
  const summary = data
    .map((m) => `${m.month}: ${series.map(([k]) => `${introductionStates[k][lang]} ${m[k]}`).join(', ')}`)
    .join('; ');
  return (
    <figure className="conversion-chart">
      <svg
        viewBox={`0 0 ${width} ${height + 30}`}
        width="100%"
        role="img"
        aria-label={`${t('boardConversion')}: ${summary}`}
      >
        <line x1={30} y1={height} x2={width} y2={height} stroke="#8c959f" />
        {data.map((m, i) => (
          <g key={m.month} transform={`translate(${40 + i * groupWidth},0)`}>
            {series.map(([key, color], j) => {
              const h = (m[key] / max) * (height - 10);
              return (
                <rect key={key} x={j * 13} y={height - h} width={11} height={h} fill={color}>
                  <title>{`${m.month} ${introductionStates[key][lang]}: ${m[key]}`}</title>
                </rect>
              );
            })}
            <text x={0} y={height + 16} fontSize="11">
              {m.month}
            </text>
          </g>
        ))}
        <text x={0} y={12} fontSize="11">
          {max}
        </text>
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {series.map(([key, color]) => (
            <li key={key}>
              <span className="swatch" style={{ background: color }} />
              {introductionStates[key][lang]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The coordinator's view of every introduction. */
export function BoardPage() {
  const { t } = useI18n();
  // The board's queries run only for a coordinator: for anyone else the API would refuse them.
  return (
    <AdminGate title={t('boardTitle')}>
      <BoardContent />
    </AdminGate>
  );
}

function BoardContent() {
  const { t, lang } = useI18n();
  const board = useBoard();
  const outbox = useOutbox();
  const [filter, setFilter] = useState<IntroductionFilter>({});
  const list = useIntroductions(filter);
  const b = board.data;
  return (
    <>
      <PageHeader title={t('boardTitle')} intro={t('boardIntro')} />
      {board.error && <ErrorMessage error={board.error} />}
      {b && (
        <div className="board-grid">
          <section className="card">
            <h2>{t('boardByState')}</h2>
            <table>
              <tbody>
                {Object.entries(b.byState).map(([state, n]) => (
                  <tr key={state}>
                    <th scope="row">{introductionStates[state as IntroductionState][lang]}</th>
                    <td>{n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              {t('boardStalled')}: <strong>{b.stalled}</strong> · {t('boardOpenTasks')}:{' '}
              <strong>{b.openTasks}</strong>
            </p>
          </section>
          <section className="card">
            <h2>{t('boardByAge')}</h2>
            <table>
              <tbody>
                {b.byAge.map((a) => (
                  <tr key={a.label}>
                    <th scope="row">{a.label}</th>
                    <td>{a.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2>{t('boardByTech')}</h2>
            <table>
              <tbody>
                {b.byTechnology.map((x) => (
                  <tr key={x.code}>
                    <th scope="row">{x.code}</th>
                    <td>{x.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="card board-wide">
            <h2>{t('boardConversion')}</h2>
            <ConversionChart data={b.conversion} />
          </section>
          <section className="card board-wide">
            <h2>{t('introTitle')}</h2>
            <form className="filters board-filters" onSubmit={(e) => e.preventDefault()}>
              <label>
                {t('introState')}{' '}
                <select
                  value={filter.state ?? ''}
                  onChange={(e) => setFilter({ ...filter, state: e.target.value || undefined })}
                >
                  <option value="">—</option>
                  {Object.keys(introductionStates).map((s) => (
                    <option key={s} value={s}>
                      {introductionStates[s as IntroductionState][lang]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('boardByTech')}{' '}
                <select
                  value={filter.technology ?? ''}
                  onChange={(e) => setFilter({ ...filter, technology: e.target.value || undefined })}
                >
                  <option value="">—</option>
                  {b.byTechnology.map((x) => (
                    <option key={x.code} value={x.code}>
                      {x.code}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('boardByAge')}{' '}
                <select
                  value={filter.olderThanDays ?? ''}
                  onChange={(e) =>
                    setFilter({
                      ...filter,
                      olderThanDays: e.target.value ? Number(e.target.value) : undefined,
                    })
                  }
                >
                  <option value="">—</option>
                  {[7, 30, 90].map((d) => (
                    <option key={d} value={d}>
                      &gt; {d} d
                    </option>
                  ))}
                </select>
              </label>
            </form>
            {list.error && <ErrorMessage error={list.error} />}
            <ul className="result-list intro-list">
              {list.data?.items.map((i) => (
                <IntroductionCard key={i.id} intro={i} focused={false} />
              ))}
            </ul>
          </section>
          <section className="card board-wide">
            <h2>{t('boardOutbox')}</h2>
            <ul className="plain-list">
              {outbox.data?.items.map((m) => (
                <li key={m.id}>
                  {m.createdAt.slice(0, 16).replace('T', ' ')} → {m.to}: {m.subject}
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
