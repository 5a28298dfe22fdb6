import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../lib/i18n.tsx';

/**
 * Asks before an action that sends mail or cannot be undone. A native modal <dialog>: it traps focus, Escape
 * cancels, and focus starts on "Cancel" so a stray Enter does not confirm.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Escape, or the browser closing it: the same as "Cancel".
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="form-actions">
        {/* biome-ignore lint/a11y/noAutofocus: a confirmation starts on the safe choice */}
        <button type="button" className="button button-secondary" autoFocus onClick={onCancel}>
          {t('confirmCancel')}
        </button>
        <button type="button" className="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/** A button that asks first: the action runs only after "confirm" in the dialog. */
export function ConfirmButton({
  children,
  className = 'button',
  disabled,
  title,
  body,
  confirmLabel,
  onConfirm,
}: {
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => setOpen(true)}>
        {children}
      </button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        {body}
      </ConfirmDialog>
    </>
  );
}
