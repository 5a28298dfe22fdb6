import type { StudyOutcome } from '../../../core/siting/study.ts';
import { PointMap } from '../../components/map/point-map.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { rankColor } from './palette.ts';

type Placed = { key: string; name: { ja?: string; en?: string }; lat: number; lng: number };

/** The candidate sites on the map, coloured and labelled by rank; excluded sites stay, in grey. */
export function SiteMap({
  sites,
  outcome,
  selected,
  onSelect,
}: {
  sites: Placed[];
  outcome: StudyOutcome;
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const { t, pick } = useI18n();
  const rank = new Map(outcome.ranking.map((r) => [r.key, r.rank]));
  const points = sites.map((s) => {
    const r = rank.get(s.key);
    return {
      id: s.key,
      lat: s.lat,
      lng: s.lng,
      color: rankColor(r),
      label: r === undefined ? `${pick(s.name)} (${t('sitingExcludedShort')})` : `${r}. ${pick(s.name)}`,
      group: r === undefined ? t('sitingExcludedShort') : r <= 3 ? t('sitingTopThree') : t('sitingRanked'),
    };
  });
  return (
    <PointMap
      points={points}
      label={t('sitingMap')}
      selectedId={selected}
      onSelect={onSelect}
      fitToPoints
      height="420px"
      legend={
        <ul className="chart-legend">
          <li>
            <span className="swatch" style={{ background: rankColor(1) }} />
            {t('sitingRankN', { rank: 1 })}
          </li>
          <li>
            <span className="swatch" style={{ background: rankColor(2) }} />
            {t('sitingTopThree')}
          </li>
          <li>
            <span className="swatch" style={{ background: rankColor(4) }} />
            {t('sitingRanked')}
          </li>
          <li>
            <span className="swatch" style={{ background: rankColor(undefined) }} />
            {t('sitingExcludedShort')}
          </li>
        </ul>
      }
    />
  );
}
