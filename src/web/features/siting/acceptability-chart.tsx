import type { SmaaResult } from '../../../core/mcda/index.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { formatShare } from '../../lib/site-labels.ts';

const shades = ['#0b6e4f', '#2a9d8f', '#8ab6d6', '#c7d9e8', '#e4ecf2'];

/** Rank acceptability: per site, the share of sampled weightings in which it ranks 1st, 2nd, 3rd, 4th, lower. */
export function AcceptabilityChart({
  result,
  nameOf,
}: {
  result: SmaaResult;
  nameOf: (key: string) => string;
}) {
  const { t } = useI18n();
  const rows = [...result.alternatives].sort((a, b) => (b.acceptability[0] ?? 0) - (a.acceptability[0] ?? 0));
  return (
    <figure className="chart">
      <ul className="chart-legend">
        {shades.map((color, r) => (
          <li key={color}>
            <span className="swatch" style={{ background: color }} />
            {r < shades.length - 1
              ? t('sitingRankN', { rank: r + 1 })
              : t('sitingRankLower', { rank: r + 1 })}
          </li>
        ))}
      </ul>
      <table className="acceptability">
        <tbody>
          {rows.map((alt) => {
            const bands = shades.map((_, r) =>
              r < shades.length - 1
                ? (alt.acceptability[r] ?? 0)
                : alt.acceptability.slice(r).reduce((a, b) => a + b, 0),
            );
            return (
              <tr key={alt.key}>
                <th scope="row">{nameOf(alt.key)}</th>
                <td>
                  <div className="stacked-bar" role="img" aria-label={bands.map(formatShare).join(' / ')}>
                    {bands.map((share, r) => (
                      <span key={shades[r]} style={{ width: `${share * 100}%`, background: shades[r] }} />
                    ))}
                  </div>
                </td>
                <td className="num">{formatShare(alt.acceptability[0] ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <figcaption>{t('sitingAcceptabilityHelp', { samples: result.samples })}</figcaption>
    </figure>
  );
}
