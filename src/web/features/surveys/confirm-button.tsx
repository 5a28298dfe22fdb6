import { type ReactNode, useId, useRef } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

/**
 * A button whose action waits for a "yes" in a modal dialog that says what will happen: for actions that
 * send mail (opening a survey, reminding). The native <dialog> keeps focus inside and closes on Escape.
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  onConfirm,
  disabled,
  className = 'button',
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="page-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
            {t('surveyCancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
