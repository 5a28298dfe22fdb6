import type { LocalizedText, Organization } from '../../lib/api-types.ts';
import type { OrganizationInput } from './directory-api.ts';

/** What the form edits: every field a string or list, so inputs stay controlled. */
export type OrganizationDraft = {
  key: string;
  nameJa: string;
  nameEn: string;
  descriptionJa: string;
  descriptionEn: string;
  kind: string;
  roles: string[];
  clusters: string[];
  technologies: string[];
  applications: string[];
  memberships: string[];
  country: string;
  prefecture: string;
  city: string;
  lat: string;
  lng: string;
  website: string;
  sources: { url: string; asOf: string; note: string }[];
  published: boolean;
  illustrative: boolean;
};

export function emptyDraft(): OrganizationDraft {
  return {
    key: '',
    nameJa: '',
    nameEn: '',
    descriptionJa: '',
    descriptionEn: '',
    kind: 'company',
    roles: [],
    clusters: ['fusion'],
    technologies: [],
    applications: [],
    memberships: [],
    country: 'JP',
    prefecture: '',
    city: '',
    lat: '',
    lng: '',
    website: '',
    sources: [],
    published: true,
    illustrative: false,
  };
}

export function draftFrom(o: Organization): OrganizationDraft {
  return {
    key: o.key,
    nameJa: o.name.ja ?? '',
    nameEn: o.name.en ?? '',
    descriptionJa: o.description.ja ?? '',
    descriptionEn: o.description.en ?? '',
    kind: o.kind,
    roles: o.roles,
    clusters: o.clusters,
    technologies: o.technologies,
    applications: o.applications,
    memberships: o.memberships,
    country: o.location.country ?? '',
    prefecture: o.location.prefecture ?? '',
    city: o.location.city ?? '',
    lat: o.location.lat === undefined ? '' : String(o.location.lat),
    lng: o.location.lng === undefined ? '' : String(o.location.lng),
    website: o.website ?? '',
    sources: o.sources.map((s) => ({ url: s.url, asOf: s.asOf ?? '', note: s.note ?? '' })),
    published: o.published,
    illustrative: o.illustrative,
  };
}

// The API rejects empty strings (minLength 1): an empty field means "absent".
function text(ja: string, en: string): LocalizedText {
  const result: LocalizedText = {};
  if (ja.trim()) result.ja = ja.trim();
  if (en.trim()) result.en = en.trim();
  return result;
}

function optional<T>(value: T | undefined | ''): T | undefined {
  return value === '' ? undefined : value;
}

function toNumber(value: string): number | undefined {
  if (!value.trim()) return undefined;
  const n = Number(value);
  // A non-number goes through as NaN → the server names the field, rather than us silently dropping it.
  return Number.isFinite(n) ? n : (value as unknown as number);
}

export function draftToBody(draft: OrganizationDraft, includeKey: boolean): Partial<OrganizationInput> {
  const location = Object.fromEntries(
    Object.entries({
      country: optional(draft.country.trim()),
      prefecture: optional(draft.prefecture.trim()),
      city: optional(draft.city.trim()),
      lat: toNumber(draft.lat),
      lng: toNumber(draft.lng),
    }).filter(([, v]) => v !== undefined),
  );
  const body: Partial<OrganizationInput> = {
    name: text(draft.nameJa, draft.nameEn),
    description: text(draft.descriptionJa, draft.descriptionEn),
    // The inputs offer only the server's kinds and roles; the server checks the values again.
    kind: draft.kind as OrganizationInput['kind'],
    roles: draft.roles as OrganizationInput['roles'],
    clusters: draft.clusters,
    technologies: draft.technologies,
    applications: draft.applications,
    memberships: draft.memberships,
    location,
    sources: draft.sources
      .filter((s) => s.url.trim() || s.asOf || s.note.trim())
      .map((s) => ({
        url: s.url.trim(),
        ...(s.asOf ? { asOf: s.asOf } : {}),
        ...(s.note.trim() ? { note: s.note.trim() } : {}),
      })),
    published: draft.published,
    illustrative: draft.illustrative,
  };
  if (draft.website.trim()) body.website = draft.website.trim();
  if (includeKey) body.key = draft.key.trim();
  return body;
}
