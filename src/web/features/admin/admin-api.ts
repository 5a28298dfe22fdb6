import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import type { ResponseOf } from '../../lib/api-types.ts';

export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  audit: (offset: number) => [...adminKeys.all, 'audit', offset] as const,
};

export const adminQueries = {
  users: () =>
    queryOptions({ queryKey: adminKeys.users(), queryFn: () => api.get<ResponseOf<'listUsers'>>('/users') }),
  audit: (limit: number, offset: number) =>
    queryOptions({
      queryKey: adminKeys.audit(offset),
      queryFn: () => api.get<ResponseOf<'listAuditEntries'>>('/audit', { limit, offset }),
    }),
};
