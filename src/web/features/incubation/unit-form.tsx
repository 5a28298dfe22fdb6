import { type FormEvent, useState } from 'react';
import { unitKinds } from '../../../core/incubation/index.ts';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { ErrorMessage } from '../../components/status-message.tsx';
import { ApiError, isStaleEdit } from '../../lib/api-client.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Facility, Unit } from './incubation-api.ts';
import {
  bilingualText,
  errorsAt,
  numberOrNull,
  saveBody,
  suggestKey,
  type UnitBody,
  useDeleteUnit,
  useSaveUnit,
} from './incubation-forms-api.ts';
import './incubation-forms-messages.ts';
import { StaleNotice } from './stale-notice.tsx';
import { statusLabel, useNumber } from './unit-facts.tsx';

type Kind = keyof typeof unitKinds;
type Draft = {
  key: string;
  kind: Kind;
  nameJa: string;
  nameEn: string;
  floorAreaM2: string;
  floorLoadTPerM2: string;
  ceilingHeightM: string;
  craneT: string;
  powerKva: string;
  ehv: boolean;
  cleanClass: string;
  seismicIsolation: boolean;
  monthlyRentJpy: string;
  status: Unit['status'];
};

const numberFields = ['floorLoadTPerM2', 'ceilingHeightM', 'craneT', 'powerKva', 'monthlyRentJpy'] as const;
const text = (n: number | undefined) => (n === undefined ? '' : String(n));

const draftFrom = (u: Unit | null): Draft => ({
  key: u?.key ?? suggestKey('unit'),
  kind: u?.kind ?? 'factory',
  nameJa: u?.name.ja ?? '',
  nameEn: u?.name.en ?? '',
  floorAreaM2: text(u?.floorAreaM2),
  floorLoadTPerM2: text(u?.floorLoadTPerM2),
  ceilingHeightM: text(u?.ceilingHeightM),
  craneT: text(u?.craneT),
  powerKva: text(u?.powerKva),
  ehv: u?.ehv ?? false,
  cleanClass: text(u?.cleanClass),
  seismicIsolation: u?.seismicIsolation ?? false,
  monthlyRentJpy: text(u?.monthlyRentJpy),
  status: u?.status ?? 'free',
});

/** The body with every field; an empty optional number is `null` (cleared on edit, left out on create). */
const bodyFrom = (d: Draft) => ({
  key: d.key.trim(),
  kind: d.kind,
  name: bilingualText(d.nameJa, d.nameEn),
  floorAreaM2: d.floorAreaM2.trim() === '' ? Number.NaN : Number(d.floorAreaM2),
  ...Object.fromEntries(numberFields.map((k) => [k, numberOrNull(d[k])])),
  cleanClass: numberOrNull(d.cleanClass),
  ehv: d.ehv,
  seismicIsolation: d.seismicIsolation,
  status: d.status,
});

/** Add a unit (unit = null) or edit one; field errors from the server show beside their fields. */
function UnitForm({
  facility,
  unit,
  onDone,
  onReload,
}: {
  facility: Facility;
  unit: Unit | null;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t, pick } = useI18n();
  const initial = draftFrom(unit);
  const [draft, setDraft] = useState(initial);
  const save = useSaveUnit(facility.id, unit);
  const set = (k: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const err = (p: string) => errorsAt(save.error, p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = saveBody(unit !== null, bodyFrom(initial), bodyFrom(draft));
    if (body === null) return onDone();
    save.mutate(body as UnitBody, { onSuccess: onDone });
  };
  const number = (k: keyof Draft, label: string, hint?: string) => (
    <FormField label={label} hint={hint} errors={err(k)}>
      {(p) => (
        <input
          {...p}
          name={k}
          type="number"
          inputMode="decimal"
          step="any"
          value={draft[k] as string}
          onChange={set(k)}
        />
      )}
    </FormField>
  );
  const title = unit ? `${t('incubationFormsEditUnit')}: ${pick(unit.name)}` : t('incubationFormsAddUnit');
  const unexplained =
    save.error &&
    !isStaleEdit(save.error) &&
    !(save.error instanceof ApiError && save.error.details.length > 0);
  return (
    <form className="card incubation-form unit-form" onSubmit={submit} noValidate aria-label={title}>
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
      <FormField label={t('incubationFormsKind')} errors={err('kind')}>
        {(p) => (
          <select {...p} name="kind" value={draft.kind} onChange={set('kind')}>
            {(Object.keys(unitKinds) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {pick(unitKinds[k])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('incubationFormsNameJa')} errors={err('name')}>
        {(p) => <input {...p} name="nameJa" lang="ja" value={draft.nameJa} onChange={set('nameJa')} />}
      </FormField>
      <FormField label={t('incubationFormsNameEn')} errors={[]}>
        {(p) => <input {...p} name="nameEn" lang="en" value={draft.nameEn} onChange={set('nameEn')} />}
      </FormField>
      <div className="form-grid">
        {number('floorAreaM2', t('incubationFormsArea'))}
        {number('floorLoadTPerM2', t('incubationFormsFloorLoad'))}
        {number('ceilingHeightM', t('incubationFormsCeiling'))}
        {number('craneT', t('incubationFormsCrane'))}
        {number('powerKva', t('incubationFormsPower'))}
        {number('monthlyRentJpy', t('incubationFormsRent'), t('incubationFormsEmptyHint'))}
        <FormField label={t('incubationFormsCleanClass')} errors={err('cleanClass')}>
          {(p) => (
            <select {...p} name="cleanClass" value={draft.cleanClass} onChange={set('cleanClass')}>
              <option value="">{t('incubationFormsNoClean')}</option>
              {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
                <option key={n} value={String(n)}>
                  {t('incubationFormsCleanClassN', { n })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('incubationFormsStatus')} errors={err('status')}>
          {(p) => (
            <select {...p} name="status" value={draft.status} onChange={set('status')}>
              {(Object.keys(statusLabel) as Unit['status'][]).map((s) => (
                <option key={s} value={s}>
                  {t(statusLabel[s])}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.ehv}
          onChange={(e) => setDraft({ ...draft, ehv: e.target.checked })}
        />
        {t('incubationFormsEhv')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.seismicIsolation}
          onChange={(e) => setDraft({ ...draft, seismicIsolation: e.target.checked })}
        />
        {t('incubationFormsSeismic')}
      </label>
      {unexplained ? <ErrorMessage error={save.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {unit ? t('incubationFormsSave') : t('incubationFormsAddUnit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('incubationFormsCancel')}
        </button>
      </div>
    </form>
  );
}

/** The facility's units as a list, each with edit and delete, and a button to add one. */
export function UnitEditor({ facility, onReload }: { facility: Facility; onReload: () => void }) {
  const { t, pick } = useI18n();
  const n = useNumber();
  // 'new', a unit's id, or nothing open.
  const [open, setOpen] = useState<string | null>(null);
  const remove = useDeleteUnit();
  return (
    <section aria-labelledby="edit-units" className="incubation-editor">
      <h2 id="edit-units">{t('incubationFormsUnits')}</h2>
      {isStaleEdit(remove.error) && (
        <StaleNotice
          onReload={() => {
            remove.reset();
            onReload();
          }}
        />
      )}
      {remove.error && !isStaleEdit(remove.error) ? <ErrorMessage error={remove.error} /> : null}
      {facility.units.length === 0 && <p className="muted">{t('incubationFormsNone')}</p>}
      <ul className="editor-list">
        {facility.units.map((u) =>
          open === u.id ? (
            <li key={u.id}>
              <UnitForm facility={facility} unit={u} onDone={() => setOpen(null)} onReload={onReload} />
            </li>
          ) : (
            <li key={u.id} className="editor-row" data-unit={u.key}>
              <span>
                <strong>{pick(u.name)}</strong> · {pick(unitKinds[u.kind])} · {n(u.floorAreaM2)} m²
                {u.monthlyRentJpy !== undefined && <> · ¥{n(u.monthlyRentJpy)}</>} ·{' '}
                {t(statusLabel[u.status])}
              </span>
              <span className="editor-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`${t('incubationFormsEdit')}: ${pick(u.name)}`}
                  onClick={() => setOpen(u.id)}
                >
                  {t('incubationFormsEdit')}
                </button>
                <ConfirmButton
                  className="button button-small button-secondary"
                  disabled={remove.isPending}
                  title={t('incubationFormsDeleteUnitTitle')}
                  body={<p>{t('incubationFormsDeleteItemBody', { name: pick(u.name) })}</p>}
                  confirmLabel={t('incubationFormsDelete')}
                  onConfirm={() => remove.mutate(u)}
                >
                  {t('incubationFormsDelete')}
                </ConfirmButton>
              </span>
            </li>
          ),
        )}
      </ul>
      {open === 'new' ? (
        <UnitForm facility={facility} unit={null} onDone={() => setOpen(null)} onReload={onReload} />
      ) : (
        <button type="button" className="button" onClick={() => setOpen('new')}>
          {t('incubationFormsAddUnit')}
        </button>
      )}
    </section>
  );
}
