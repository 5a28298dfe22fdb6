/**
 * The directory's search lives in the URL so a search can be shared, bookmarked and reloaded. Shared with the
 * industry map, which reads the same filters (features do not import each other).
 */

export const pageSize = 20;

export const filterNames = ['cluster', 'technology', 'kind', 'role', 'prefecture', 'membership'] as const;
export type FilterName = (typeof filterNames)[number];

export type OrganizationSearch = { q: string; offset: number } & Record<FilterName, string>;

export function parseSearch(search: string): OrganizationSearch {
  const params = new URLSearchParams(search);
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  const result: OrganizationSearch = {
    q: params.get('q') ?? '',
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
    cluster: '',
    technology: '',
    kind: '',
    role: '',
    prefecture: '',
    membership: '',
  };
  for (const name of filterNames) result[name] = params.get(name) ?? '';
  return result;
}

export function formatSearch(search: OrganizationSearch): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const name of filterNames) if (search[name]) params.set(name, search[name]);
  if (search.offset > 0) params.set('offset', String(search.offset));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API query for the list and the export: the same filters, so an export is exactly what is on screen. */
export function toApiQuery(search: OrganizationSearch): Record<string, string> {
  const query: Record<string, string> = {};
  if (search.q) query.q = search.q;
  for (const name of filterNames) if (search[name]) query[name] = search[name];
  return query;
}
