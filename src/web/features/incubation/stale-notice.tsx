import { Alert } from '../../components/status-message.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import './incubation-forms-messages.ts';

/** A 412 on save or delete: someone else changed the record; reload and edit the latest version. */
export function StaleNotice({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <Alert>
      <p>{t('incubationFormsStale')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('incubationFormsReload')}
      </button>
    </Alert>
  );
}
