import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, uploadFile } from '../../lib/api-client.ts';
import type { ResponseOf, Schemas } from '../../lib/api-types.ts';

export type Aftercare = Schemas['ConsultationAftercare'];
export type CaseFile = Schemas['ConsultationFile'];
export type DeskFlag = Schemas['DeskFlag'];
export type FlagList = Schemas['DeskFlagList'];

const keys = {
  // The case's version is in the key: a close or reopen on the case page starts or ends a round.
  aftercare: (id: string, version: number) => ['desk', 'aftercare', id, version] as const,
  files: (id: string) => ['desk', 'files', id] as const,
  flags: (status: string) => ['desk', 'flags', status] as const,
  allFlags: ['desk', 'flags'] as const,
  one: (id: string) => ['desk', 'one', id] as const,
};

export const useAftercare = (id: string, version: number) =>
  useQuery(
    queryOptions({
      queryKey: keys.aftercare(id, version),
      queryFn: () => api.get<Aftercare>(`/desk/consultations/${encodeURIComponent(id)}/aftercare`),
    }),
  );

export const useCaseFiles = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.files(id),
      queryFn: () =>
        api.get<ResponseOf<'listConsultationFiles'>>(`/desk/consultations/${encodeURIComponent(id)}/files`),
    }),
  );

export function useUploadCaseFile(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<CaseFile>(`/desk/consultations/${encodeURIComponent(id)}/files`, file, { name: file.name }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: keys.files(id) }),
        qc.invalidateQueries({ queryKey: keys.one(id) }),
      ]),
  });
}

export function useRaiseFlag(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: string; note: string }) =>
      api.post<DeskFlag>(`/desk/consultations/${encodeURIComponent(id)}/flags`, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: keys.allFlags }),
        qc.invalidateQueries({ queryKey: keys.one(id) }),
      ]),
  });
}

export const useFlags = (status: string) =>
  useQuery(
    queryOptions({
      queryKey: keys.flags(status),
      queryFn: () => api.get<FlagList>('/desk/flags', { ...(status ? { status } : {}), limit: 200 }),
    }),
  );

export function useResolveFlag() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, resolution, version }: { id: string; resolution: string; version: number }) =>
      api.post<DeskFlag>(`/desk/flags/${encodeURIComponent(id)}/resolve`, {
        version,
        ...(resolution.trim() ? { resolution } : {}),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.allFlags }),
  });
}
