import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { unitFileMaxBytes, unitFileMaxCount } from '../../../core/incubation/index.ts';
import { ConfirmButton } from '../../components/confirm-dialog.tsx';
import { FormField } from '../../components/form-field.tsx';
import { Alert, ErrorMessage } from '../../components/status-message.tsx';
import { ApiError, api, uploadFile } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.ts';
import type { Facility, Unit } from './incubation-api.ts';
import './unit-media-messages.ts';

type UnitFile = ResponseOf<'listUnitFiles'>['items'][number];

const filesKey = (unitId: string) => ['incubation', 'unit-files', unitId] as const;
const mb = unitFileMaxBytes / 1024 / 1024;

/** Each unit's photo strip and floor-plan link; for the owner's members and admins, upload and delete. */
export function UnitMediaSection({ facility }: { facility: Facility }) {
  const { t } = useI18n();
  const { user } = useSession();
  const canEdit =
    user?.role === 'admin' || (user?.role === 'member' && user.organizationId === facility.organization.id);
  const lists = useQueries({
    queries: facility.units.map((u) => ({
      queryKey: filesKey(u.id),
      queryFn: () => api.get<ResponseOf<'listUnitFiles'>>(`/facility-units/${u.id}/files`),
    })),
  });
  // A visitor sees the section only where there is something to see; the owner always, to upload.
  const any = lists.some((l) => (l.data?.items.length ?? 0) > 0);
  if (facility.units.length === 0 || (!canEdit && !any)) return null;
  return (
    <section aria-labelledby="facility-unit-media" className="unit-media">
      <h2 id="facility-unit-media">{t('unitMediaTitle')}</h2>
      {facility.units.map((u, i) => (
        <UnitMedia key={u.id} unit={u} files={lists[i]!} canEdit={canEdit} />
      ))}
    </section>
  );
}

type FilesQuery = { data?: ResponseOf<'listUnitFiles'>; isError: boolean; error: unknown };

function UnitMedia({ unit, files, canEdit }: { unit: Unit; files: FilesQuery; canEdit: boolean }) {
  const { t, pick } = useI18n();
  const name = pick(unit.name);
  const photos = files.data?.items.filter((f) => f.kind === 'photo') ?? [];
  const plan = files.data?.items.find((f) => f.kind === 'floor-plan');
  if (!canEdit && files.data && files.data.items.length === 0) return null;
  return (
    <div className="unit-media-unit" data-unit={unit.key}>
      <h3>{name}</h3>
      {files.isError && <ErrorMessage error={files.error} />}
      {files.data && files.data.items.length === 0 && <p className="muted">{t('unitMediaNone')}</p>}
      {photos.length > 0 && (
        <ul className="unit-photo-strip" aria-label={t('unitMediaPhotos', { unit: name })}>
          {photos.map((p, i) => (
            <li key={p.id}>
              <a href={p.url} target="_blank" rel="noreferrer">
                <img
                  src={p.url}
                  alt={pick(p.caption) || t('unitMediaPhotoAlt', { unit: name, n: i + 1 })}
                  loading="lazy"
                />
              </a>
              {canEdit && <DeleteFile file={p} />}
            </li>
          ))}
        </ul>
      )}
      {plan && (
        <p className="unit-floor-plan">
          <a href={plan.url} target="_blank" rel="noreferrer">
            {plan.contentType === 'application/pdf' ? t('unitMediaFloorPlanPdf') : t('unitMediaFloorPlan')}
          </a>
          {pick(plan.caption) ? ` — ${pick(plan.caption)}` : ''}
          {canEdit && <DeleteFile file={plan} />}
        </p>
      )}
      {canEdit && <UploadForm unit={unit} />}
    </div>
  );
}

function DeleteFile({ file }: { file: UnitFile }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete(`/unit-files/${file.id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: filesKey(file.unitId) }),
  });
  return (
    <>
      <ConfirmButton
        className="button button-secondary button-small"
        disabled={remove.isPending}
        title={t('unitMediaDeleteTitle')}
        body={<p>{t('unitMediaDeleteBody')}</p>}
        confirmLabel={t('unitMediaDelete')}
        onConfirm={() => remove.mutate()}
      >
        {t('unitMediaDelete')}
      </ConfirmButton>
      {remove.isError && <ErrorMessage error={remove.error} />}
    </>
  );
}

function UploadForm({ unit }: { unit: Unit }) {
  const { t, pick } = useI18n();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<'photo' | 'floor-plan'>('photo');
  const [captionJa, setCaptionJa] = useState('');
  const [captionEn, setCaptionEn] = useState('');
  const [progress, setProgress] = useState(0);
  const [formKey, setFormKey] = useState(0);
  const upload = useMutation({
    mutationFn: (f: File) =>
      uploadFile<UnitFile>(
        `/facility-units/${unit.id}/files`,
        f,
        { kind, captionJa, captionEn },
        setProgress,
      ),
    onSuccess: () => {
      setFile(null);
      setCaptionJa('');
      setCaptionEn('');
      setFormKey((k) => k + 1);
      return client.invalidateQueries({ queryKey: filesKey(unit.id) });
    },
  });
  const tooLarge = !!file && file.size > unitFileMaxBytes;
  const errors = (path: string) => (upload.error instanceof ApiError ? upload.error.detailsFor(path) : []);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || tooLarge) return;
    setProgress(0);
    upload.mutate(file);
  };
  return (
    <form className="unit-media-upload" onSubmit={onSubmit} key={formKey} aria-busy={upload.isPending}>
      <fieldset disabled={upload.isPending}>
        <legend>{t('unitMediaUploadLegend', { unit: pick(unit.name) })}</legend>
        <FormField
          label={t('unitMediaFile')}
          hint={t('unitMediaHint', { mb, max: unitFileMaxCount.photo })}
          errors={[...errors('body'), ...errors('header.content-type')]}
        >
          {(p) => (
            <input
              {...p}
              type="file"
              accept={
                kind === 'photo'
                  ? 'image/jpeg,image/png,image/webp'
                  : 'image/jpeg,image/png,image/webp,application/pdf'
              }
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <FormField label={t('unitMediaKind')} errors={errors('query.kind')}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as 'photo' | 'floor-plan')}>
              <option value="photo">{t('unitMediaKindPhoto')}</option>
              <option value="floor-plan">{t('unitMediaKindPlan')}</option>
            </select>
          )}
        </FormField>
        <FormField label={t('unitMediaCaptionJa')} errors={errors('query.captionJa')}>
          {(p) => (
            <input
              {...p}
              lang="ja"
              value={captionJa}
              maxLength={300}
              onChange={(e) => setCaptionJa(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('unitMediaCaptionEn')} errors={errors('query.captionEn')}>
          {(p) => (
            <input
              {...p}
              lang="en"
              value={captionEn}
              maxLength={300}
              onChange={(e) => setCaptionEn(e.target.value)}
            />
          )}
        </FormField>
        {tooLarge && <Alert>{t('unitMediaTooLarge', { mb })}</Alert>}
        <div className="form-actions">
          <button type="submit" className="button" disabled={!file || tooLarge}>
            {t('unitMediaUpload')}
          </button>
          {upload.isPending && (
            <span role="status">
              <progress max={1} value={progress} />{' '}
              {t('unitMediaUploading', { percent: Math.round(progress * 100) })}
            </span>
          )}
        </div>
        {upload.isError &&
          !errors('body').length &&
          !errors('query.kind').length &&
          !errors('header.content-type').length && <ErrorMessage error={upload.error} />}
        {upload.isSuccess && <p role="status">{t('unitMediaUploaded')}</p>}
      </fieldset>
    </form>
  );
}
