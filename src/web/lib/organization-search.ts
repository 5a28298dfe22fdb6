/**
 * The directory's search lives in the URL so a search can be shared, bookmarked and reloaded. Shared with the
 * industry map, which reads the same filters (features do not import each other).
 */

export const pageSize = 20;

export const filterNames = [
  'cluster',
  'technology',
  'kind',
  'role',
  'region',
  'prefecture',
  'membership',
] as const;
export type FilterName = (typeof filterNames)[number];

/** The list's orders (the API's `sort`); relevance, the default, is left out of the URL. */
export const sorts = ['relevance', 'name', 'updated'] as const;
export type Sort = (typeof sorts)[number];

export type OrganizationSearch = { q: string; offset: number; sort: Sort } & Record<FilterName, string>;

export function parseSearch(search: string): OrganizationSearch {
  const params = new URLSearchParams(search);
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  const sort = params.get('sort');
  const result: OrganizationSearch = {
    q: params.get('q') ?? '',
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
    sort: sorts.find((s) => s === sort) ?? 'relevance',
    cluster: '',
    technology: '',
    kind: '',
    role: '',
    region: '',
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
  if (search.sort !== 'relevance') params.set('sort', search.sort);
  if (search.offset > 0) params.set('offset', String(search.offset));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API query of the filters: the list's, the map's points and the facet counts. */
export function toApiQuery(search: OrganizationSearch): Record<string, string> {
  const query: Record<string, string> = {};
  if (search.q) query.q = search.q;
  for (const name of filterNames) if (search[name]) query[name] = search[name];
  return query;
}

/** The list's and the export's query: the filters in the order on screen, so an export is what is shown. */
export function toListQuery(search: OrganizationSearch): Record<string, string> {
  const query = toApiQuery(search);
  return search.sort === 'relevance' ? query : { ...query, sort: search.sort };
}
