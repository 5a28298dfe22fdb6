import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';

/** The audit log's filters as the API takes them (instants, not days). */
export type AuditFilter = {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  record?: string;
  from?: string;
  to?: string;
};

export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  audit: (filter: AuditFilter, offset: number) => [...adminKeys.all, 'audit', filter, offset] as const,
  auditVocabulary: () => [...adminKeys.all, 'audit-vocabulary'] as const,
};

export const adminQueries = {
  users: () =>
    queryOptions({ queryKey: adminKeys.users(), queryFn: () => api.get<ResponseOf<'listUsers'>>('/users') }),
  audit: (filter: AuditFilter, limit: number, offset: number) =>
    queryOptions({
      queryKey: adminKeys.audit(filter, offset),
      queryFn: () => api.get<ResponseOf<'listAuditEntries'>>('/audit', { ...filter, limit, offset }),
    }),
  auditVocabulary: () =>
    queryOptions({
      queryKey: adminKeys.auditVocabulary(),
      queryFn: () => api.get<ResponseOf<'getAuditVocabulary'>>('/audit/vocabulary'),
      staleTime: 60_000,
    }),
};
