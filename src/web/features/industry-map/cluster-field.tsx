import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useClusters } from '../../lib/vocabulary.ts';

/** The cluster a map view reads (the heat map and the gaps): every cluster the platform carries, by name. */
export function ClusterField({ value, onChange }: { value: string; onChange: (cluster: string) => void }) {
  const { t, pick } = useI18n();
  const clusters = useClusters().data?.items ?? [];
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('filterCluster')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {clusters.map((c) => (
          <option key={c.key} value={c.key}>
            {pick(c.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
