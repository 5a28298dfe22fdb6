// Records as the matching engine sees them, built the same way by the server, the benchmark and tests.

import type { MatchDoc, MatchQuery, MatchVisibility } from './types.ts';

type Text = { ja?: string; en?: string };
export type TechnologyLabel = (code: string) => Text | undefined;

export type OrganizationLike = {
  id: string;
  key: string;
  name: Text;
  description: Text;
  technologies: readonly string[];
  roles: readonly string[];
  /** The organisation's kind (core/directory vocabulary): stands in for roles left empty. */
  kind?: string;
  lat?: number | null;
  lng?: number | null;
  /** ISO 3166 code of the country it is in. */
  country?: string | null;
  published: boolean;
  /** Whether it lets or lends a published facility on the platform (incubation: rental units, equipment). */
  operatesFacilities?: boolean;
  /** The clusters it belongs to (FACILITY_CODES). */
  clusters?: readonly string[];
};

/**
 * The code an organisation carries for the facilities it runs on the platform, whether or not its profile
 * picked it, per cluster whose taxonomy has one: fusion's shared facilities, whose scope note names rental
 * workshops, labs and offices. A lay need for premises is matched on it (partner-kinds.ts), and an incubation
 * office whose profile is one line about its buildings would otherwise be found only by "rental factory".
 * The other clusters' taxonomies have no such code, so their organisations are given none of fusion's.
 */
export const FACILITY_CODES: Readonly<Record<string, string>> = { fusion: 'RES.shared-facilities' };

/**
 * Roles an organisation of a kind plays when its profile names none: a support body that rents workshops
 * and a prefecture's desk are what a lay need for premises or permits is looking for, and a role left
 * empty in a form must not hide them from it. Companies and start-ups play too many different roles to guess.
 */
export const ROLES_OF_KIND: Readonly<Record<string, readonly string[]>> = {
  'support-body': ['public', 'services'],
  government: ['public'],
  association: ['public'],
  university: ['research'],
  'research-institute': ['research'],
  financial: ['services'],
};

export type PostLike = {
  id: string;
  key: string;
  kind: 'need' | 'seed';
  organizationId: string;
  title: Text;
  body: Text;
  technologies: readonly string[];
  seeksRoles?: readonly string[];
  location?: { lat?: number | null; lng?: number | null; radiusKm?: number | null } | null;
  visibility: 'public' | 'members' | 'anonymous';
  expiresAt?: Date | string | null;
  closed?: boolean;
};

const place = (lat?: number | null, lng?: number | null) =>
  lat != null && lng != null ? { lat, lng } : null;

/**
 * A profile counts as a capability. Its technology labels join its text in both languages: a profile
 * written only in Japanese still says "High-temperature superconducting tape" through its codes.
 */
export function organizationDoc(org: OrganizationLike, label: TechnologyLabel): MatchDoc {
  const facilityCodes = org.operatesFacilities
    ? (org.clusters ?? []).flatMap((c) => FACILITY_CODES[c] ?? [])
    : [];
  const technologies = [...new Set([...org.technologies, ...facilityCodes])];
  const labels = technologies.map(label);
  return {
    id: org.id,
    key: org.key,
    type: 'organization',
    organizationId: org.id,
    title: [org.name.ja, org.name.en],
    body: [org.description.ja, org.description.en, ...labels.flatMap((l) => [l?.ja, l?.en])],
    technologies,
    roles: org.roles.length > 0 ? org.roles : (ROLES_OF_KIND[org.kind ?? ''] ?? []),
    location: place(org.lat, org.lng),
    country: org.country ?? null,
    visibility: org.published ? 'public' : 'hidden',
  };
}

/**
 * A need or seed; the owner's roles, place and country stand in for the post's own, except that an anonymous
 * post is placed only where it says and in no country: the owner's coordinates behind its distances would
 * locate the owner (three queries from chosen points trilaterate it, through the score as much as through
 * the km), and its country would narrow down who it is.
 */
export function postDoc(
  post: PostLike,
  owner: { roles: readonly string[]; lat?: number | null; lng?: number | null; country?: string | null },
): MatchDoc {
  const expires = post.expiresAt == null ? null : new Date(post.expiresAt).getTime();
  const visibility: MatchVisibility = post.closed ? 'hidden' : post.visibility;
  return {
    id: post.id,
    key: post.key,
    type: post.kind,
    organizationId: post.organizationId,
    title: [post.title.ja, post.title.en],
    body: [post.body.ja, post.body.en],
    technologies: post.technologies,
    roles: owner.roles,
    seeksRoles: post.seeksRoles ?? [],
    location:
      post.visibility === 'anonymous'
        ? place(post.location?.lat, post.location?.lng)
        : place(post.location?.lat ?? owner.lat, post.location?.lng ?? owner.lng),
    country: post.visibility === 'anonymous' ? null : (owner.country ?? null),
    visibility,
    expiresAt: expires,
  };
}

/**
 * What a post asks of the index: its texts and codes, the roles on each side, where distance counts from,
 * and its owner's clusters (for the codes its words name) and country (for the public bodies that act
 * there), except for an anonymous post, whose matches others may see: which clusters or country its owner
 * is in would narrow down who it is.
 */
export function postQuery(
  post: PostLike,
  owner: { roles: readonly string[]; clusters?: readonly string[]; country?: string | null },
  options: { distance?: boolean } = {},
): MatchQuery {
  const lat = post.location?.lat;
  const lng = post.location?.lng;
  return {
    organizationId: post.organizationId,
    title: [post.title.ja, post.title.en],
    body: [post.body.ja, post.body.en],
    technologies: post.technologies,
    roles: owner.roles,
    clusters: post.visibility === 'anonymous' ? [] : (owner.clusters ?? []),
    country: post.visibility === 'anonymous' ? null : (owner.country ?? null),
    seeksRoles: post.kind === 'need' ? (post.seeksRoles ?? []) : [],
    location:
      options.distance !== false && lat != null && lng != null
        ? { lat, lng, scaleKm: post.location?.radiusKm ?? undefined }
        : null,
  };
}
