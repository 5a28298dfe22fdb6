import { type FormEvent, useState } from 'react';
import { bookingUnits } from '../../../core/incubation/index.ts';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { ErrorMessage } from '../../components/status-message.tsx';
import { TechnologyPicker } from '../../components/technology-picker.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Facility, FacilityEquipment } from './incubation-api.ts';
import {
  bilingualText,
  type EquipmentBody,
  errorsAt,
  numberOrNull,
  saveBody,
  suggestKey,
  useDeleteEquipment,
  useSaveEquipment,
} from './incubation-forms-api.ts';
import './incubation-forms-messages.ts';
import { StaleNotice } from './stale-notice.tsx';

type BookingUnit = keyof typeof bookingUnits;
type Draft = {
  key: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  technologies: string[];
  bookingUnit: BookingUnit;
  feeMemberJpy: string;
  feeNonMemberJpy: string;
  approvalRequired: boolean;
};

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

const draftFrom = (e: FacilityEquipment | null): Draft => ({
  key: e?.key ?? suggestKey('equipment'),
  nameJa: e?.name.ja ?? '',
  nameEn: e?.name.en ?? '',
  descriptionJa: e?.description.ja ?? '',
  descriptionEn: e?.description.en ?? '',
  technologies: e?.technologies ?? [],
  bookingUnit: e?.bookingUnit ?? 'day',
  feeMemberJpy: text(e?.feeMemberJpy),
  feeNonMemberJpy: text(e?.feeNonMemberJpy),
  approvalRequired: e?.approvalRequired ?? true,
});

const bodyFrom = (d: Draft) => ({
  key: d.key.trim(),
  name: bilingualText(d.nameJa, d.nameEn),
  description: bilingualText(d.descriptionJa, d.descriptionEn),
  technologies: d.technologies,
  bookingUnit: d.bookingUnit,
  feeMemberJpy: numberOrNull(d.feeMemberJpy),
  feeNonMemberJpy: numberOrNull(d.feeNonMemberJpy),
  approvalRequired: d.approvalRequired,
});

/** Add equipment (item = null) or edit it. */
function EquipmentForm({
  facility,
  item,
  onDone,
  onReload,
}: {
  facility: Facility;
  item: FacilityEquipment | null;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t, pick } = useI18n();
  const initial = draftFrom(item);
  const [draft, setDraft] = useState(initial);
  const save = useSaveEquipment(facility.id, item);
  const set = (k: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const err = (p: string) => errorsAt(save.error, p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = saveBody(item !== null, bodyFrom(initial), bodyFrom(draft));
    if (body === null) return onDone();
    save.mutate(body as EquipmentBody, { onSuccess: onDone });
  };
  const title = item
    ? `${t('incubationFormsEditEquipment')}: ${pick(item.name)}`
    : t('incubationFormsAddEquipment');
  const unexplained =
    save.error &&
    !isStaleEdit(save.error) &&
    !(save.error instanceof ApiError && save.error.details.length > 0);
  return (
    <form className="card incubation-form equipment-form" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {isStaleEdit(save.error) && (
        <StaleNotice
          onReload={() => {
            save.reset();
            onReload();
            onDone();
          }}
        />
      )}
      <FormField label={t('incubationFormsKey')} hint={t('incubationFormsKeyHint')} errors={err('key')}>
        {(p) => <input {...p} name="key" value={draft.key} onChange={set('key')} required />}
      </FormField>
      <FormField label={t('incubationFormsNameJa')} errors={err('name')}>
        {(p) => <input {...p} name="nameJa" lang="ja" value={draft.nameJa} onChange={set('nameJa')} />}
      </FormField>
      <FormField label={t('incubationFormsNameEn')} errors={[]}>
        {(p) => <input {...p} name="nameEn" lang="en" value={draft.nameEn} onChange={set('nameEn')} />}
      </FormField>
      <FormField label={t('incubationFormsDescriptionJa')} errors={err('description.ja')}>
        {(p) => (
          <textarea
            {...p}
            name="descriptionJa"
            lang="ja"
            rows={3}
            value={draft.descriptionJa}
            onChange={set('descriptionJa')}
          />
        )}
      </FormField>
      <FormField label={t('incubationFormsDescriptionEn')} errors={err('description.en')}>
        {(p) => (
          <textarea
            {...p}
            name="descriptionEn"
            lang="en"
            rows={3}
            value={draft.descriptionEn}
            onChange={set('descriptionEn')}
          />
        )}
      </FormField>
      <TechnologyPicker
        legend={t('incubationFormsTechnologies')}
        value={draft.technologies}
        onChange={(technologies) => setDraft({ ...draft, technologies })}
        errors={err('technologies')}
      />
      <div className="form-grid">
        <FormField label={t('incubationFormsBookingUnit')} errors={err('bookingUnit')}>
          {(p) => (
            <select {...p} name="bookingUnit" value={draft.bookingUnit} onChange={set('bookingUnit')}>
              {(Object.keys(bookingUnits) as BookingUnit[]).map((u) => (
                <option key={u} value={u}>
                  {pick(bookingUnits[u])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {(['feeMemberJpy', 'feeNonMemberJpy'] as const).map((k) => (
          <FormField
            key={k}
            label={k === 'feeMemberJpy' ? t('incubationFormsFeeMember') : t('incubationFormsFeeOther')}
            hint={t('incubationFormsEmptyHint')}
            errors={err(k)}
          >
            {(p) => (
              <input {...p} name={k} type="number" inputMode="numeric" value={draft[k]} onChange={set(k)} />
            )}
          </FormField>
        ))}
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.approvalRequired}
          onChange={(e) => setDraft({ ...draft, approvalRequired: e.target.checked })}
        />
        {t('incubationFormsApproval')}
      </label>
      {unexplained ? <ErrorMessage error={save.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {item ? t('incubationFormsSave') : t('incubationFormsAddEquipment')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('incubationFormsCancel')}
        </button>
      </div>
    </form>
  );
}

/** The facility's shared equipment, each with edit and delete, and a button to add more. */
export function EquipmentEditor({ facility, onReload }: { facility: Facility; onReload: () => void }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const remove = useDeleteEquipment();
  return (
    <section aria-labelledby="edit-equipment" className="incubation-editor">
      <h2 id="edit-equipment">{t('incubationFormsEquipment')}</h2>
      {isStaleEdit(remove.error) && (
        <StaleNotice
          onReload={() => {
            remove.reset();
            onReload();
          }}
        />
      )}
      {remove.error && !isStaleEdit(remove.error) ? <ErrorMessage error={remove.error} /> : null}
      {facility.equipment.length === 0 && <p className="muted">{t('incubationFormsNone')}</p>}
      <ul className="editor-list">
        {facility.equipment.map((e) =>
          open === e.id ? (
            <li key={e.id}>
              <EquipmentForm facility={facility} item={e} onDone={() => setOpen(null)} onReload={onReload} />
            </li>
          ) : (
            <li key={e.id} className="editor-row" data-equipment={e.key}>
              <span>
                <strong>{pick(e.name)}</strong> · {pick(bookingUnits[e.bookingUnit])}
              </span>
              <span className="editor-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`${t('incubationFormsEdit')}: ${pick(e.name)}`}
                  onClick={() => setOpen(e.id)}
                >
                  {t('incubationFormsEdit')}
                </button>
                <ConfirmButton
                  className="button button-small button-secondary"
                  disabled={remove.isPending}
                  title={t('incubationFormsDeleteEquipmentTitle')}
                  body={<p>{t('incubationFormsDeleteItemBody', { name: pick(e.name) })}</p>}
                  confirmLabel={t('incubationFormsDelete')}
                  onConfirm={() => remove.mutate(e)}
                >
                  {t('incubationFormsDelete')}
                </ConfirmButton>
              </span>
            </li>
          ),
        )}
      </ul>
      {open === 'new' ? (
        <EquipmentForm facility={facility} item={null} onDone={() => setOpen(null)} onReload={onReload} />
      ) : (
        <button type="button" className="button" onClick={() => setOpen('new')}>
          {t('incubationFormsAddEquipment')}
        </button>
      )}
    </section>
  );
}
