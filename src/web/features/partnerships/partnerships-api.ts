import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, uploadFile } from '../../lib/api-client.ts';
import type { RequestOf, ResponseOf, Schemas } from '../../lib/api-types.ts';

export type AgreementList = ResponseOf<'listAgreements'>;
export type Agreement = Schemas['Agreement'];
export type AgreementInput = RequestOf<'createAgreement'>;
export type AgreementPatch = RequestOf<'updateAgreement'>;
export type ActivityInput = RequestOf<'recordAgreementActivity'>;
export type BulletinList = ResponseOf<'listBulletins'>;
export type Bulletin = Schemas['Bulletin'];
export type BulletinInput = RequestOf<'publishBulletin'>;

/** The feature's query keys and fetches, in one place (every mutation refreshes `all`). */
export const partnershipQueries = {
  all: ['partnerships'] as const,
  agreements: () =>
    queryOptions({
      queryKey: ['partnerships', 'agreements'],
      queryFn: () => api.get<AgreementList>('/partnerships'),
    }),
  agreement: (id: string) =>
    queryOptions({
      queryKey: ['partnerships', 'agreement', id],
      queryFn: () => api.get<Agreement>(`/partnerships/${encodeURIComponent(id)}`),
    }),
  bulletins: (tag: string, kind: string) =>
    queryOptions({
      queryKey: ['partnerships', 'bulletins', tag, kind],
      queryFn: () => api.get<BulletinList>('/bulletins', { tag, kind, limit: 100 }),
    }),
  bulletin: (id: string) =>
    queryOptions({
      queryKey: ['partnerships', 'bulletin', id],
      queryFn: () => api.get<Bulletin>(`/bulletins/${encodeURIComponent(id)}`),
    }),
  subscriptions: (enabled: boolean) =>
    queryOptions({
      enabled,
      queryKey: ['partnerships', 'subscriptions'],
      queryFn: () => api.get<{ tags: string[] }>('/bulletins/subscriptions'),
    }),
};

export const useAgreements = () => useQuery(partnershipQueries.agreements());
export const useAgreement = (id: string) => useQuery(partnershipQueries.agreement(id));
export const useBulletins = (tag: string, kind: string) => useQuery(partnershipQueries.bulletins(tag, kind));
export const useBulletin = (id: string) => useQuery(partnershipQueries.bulletin(id));
export const useSubscriptions = (enabled: boolean) => useQuery(partnershipQueries.subscriptions(enabled));

function usePartnershipsMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: partnershipQueries.all }),
  });
}

export const useSaveAgreement = (existing?: { id: string; version: number }) =>
  usePartnershipsMutation((body: AgreementInput | AgreementPatch) =>
    existing
      ? api.patch<Agreement>(
          `/partnerships/${encodeURIComponent(existing.id)}`,
          body,
          ifMatch(existing.version),
        )
      : api.post<Agreement>('/partnerships', body),
  );

export const useRecordActivity = (agreementId: string) =>
  usePartnershipsMutation((body: ActivityInput) =>
    api.post<Agreement>(`/partnerships/${encodeURIComponent(agreementId)}/activities`, body),
  );

export type Activity = Agreement['activities'][number];

/** Edits an activity under its own version (412 when someone else saved it in between). */
export const useEditActivity = () =>
  usePartnershipsMutation(({ activity, body }: { activity: Activity; body: ActivityInput }) =>
    api.patch<Agreement>(
      `/partnerships/activities/${encodeURIComponent(activity.id)}`,
      body,
      ifMatch(activity.version),
    ),
  );

export const useDeleteActivity = () =>
  usePartnershipsMutation((activity: Activity) =>
    api.delete(`/partnerships/activities/${encodeURIComponent(activity.id)}`, ifMatch(activity.version)),
  );

export const useSaveBulletin = (existing?: { id: string; version: number }) =>
  usePartnershipsMutation((body: BulletinInput) =>
    existing
      ? api.patch<Bulletin>(`/bulletins/${encodeURIComponent(existing.id)}`, body, ifMatch(existing.version))
      : api.post<Bulletin>('/bulletins', body),
  );

export const useSaveSubscriptions = () =>
  usePartnershipsMutation((tags: string[]) =>
    api.put<{ tags: string[] }>('/bulletins/subscriptions', { tags }),
  );

export type AllianceGroupList = ResponseOf<'listAllianceGroups'>;
export type AllianceGroup = Schemas['AllianceGroup'];

export const allianceQueries = {
  groups: () =>
    queryOptions({
      queryKey: ['partnerships', 'alliance', 'groups'],
      queryFn: () => api.get<AllianceGroupList>('/alliance/groups'),
    }),
  group: (id: string) =>
    queryOptions({
      queryKey: ['partnerships', 'alliance', 'group', id],
      queryFn: () => api.get<AllianceGroup>(`/alliance/groups/${encodeURIComponent(id)}`),
    }),
};

export const useAllianceGroups = (enabled: boolean) => useQuery({ ...allianceQueries.groups(), enabled });
export const useAllianceGroup = (id: string, enabled: boolean) =>
  useQuery({ ...allianceQueries.group(id), enabled });

export const useRecordMeeting = (groupId: string) =>
  usePartnershipsMutation((body: RequestOf<'recordAllianceMeeting'>) =>
    api.post<AllianceGroup>(`/alliance/groups/${encodeURIComponent(groupId)}/meetings`, body),
  );
export const useAddDocument = (groupId: string) =>
  usePartnershipsMutation((body: RequestOf<'addAllianceDocument'>) =>
    api.post<AllianceGroup>(`/alliance/groups/${encodeURIComponent(groupId)}/documents`, body),
  );
export const useCompleteAction = () =>
  usePartnershipsMutation((itemId: string) =>
    api.post<AllianceGroup>(`/alliance/action-items/${encodeURIComponent(itemId)}/done`),
  );

export type AllianceMeeting = AllianceGroup['meetings'][number];
export type MeetingInput = RequestOf<'recordAllianceMeeting'>;

export const useEditMeeting = () =>
  usePartnershipsMutation(({ meeting, body }: { meeting: AllianceMeeting; body: MeetingInput }) =>
    api.patch<AllianceGroup>(
      `/alliance/meetings/${encodeURIComponent(meeting.id)}`,
      body,
      ifMatch(meeting.version),
    ),
  );

export const useDeleteMeeting = () =>
  usePartnershipsMutation((meeting: AllianceMeeting) =>
    api.delete(`/alliance/meetings/${encodeURIComponent(meeting.id)}`, ifMatch(meeting.version)),
  );

/** Uploads a file for the group (the body is the file; its name, title and audience go in the query). */
export const useUploadDocument = (groupId: string) =>
  usePartnershipsMutation(
    ({
      file,
      title,
      lang,
      visibility,
    }: {
      file: File;
      title: string;
      lang: 'ja' | 'en';
      visibility: string;
    }) =>
      uploadFile<AllianceGroup>(`/alliance/groups/${encodeURIComponent(groupId)}/files`, file, {
        name: file.name,
        visibility,
        ...(title.trim() ? { [lang === 'ja' ? 'titleJa' : 'titleEn']: title.trim() } : {}),
      }),
  );

export const useDeleteDocument = () =>
  usePartnershipsMutation((documentId: string) =>
    api.delete(`/alliance/documents/${encodeURIComponent(documentId)}`),
  );
