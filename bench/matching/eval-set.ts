// The labelled sets in data/eval as engine documents and graded judgements: matching.json (tuned on),
// dev.json, dev2.json and dev3.json (each written and graded without the engine; read once fresh, then tuned
// on) and heldout.json (written and graded without the engine; reported on, never tuned on: HELDOUT.md).

import fs from 'node:fs';
import path from 'node:path';
import type { MatchDoc, MatchQuery } from '../../src/core/matching/index.ts';
import { organizationDoc, postDoc } from '../../src/core/matching/index.ts';
import { dataRoot, type ReferenceData } from '../../src/server/lib/reference-data.ts';

type Text = { ja?: string; en?: string };
type EvalSeed = { key: string; organization: string; title: Text; body: Text; technologies: string[] };
type EvalNeed = EvalSeed & {
  /** matching.json says `language`, heldout.json `lang`: normalised here, never in the files. */
  language?: 'ja' | 'en';
  lang?: 'ja' | 'en';
  kinds?: string[];
  seeksRoles?: string[];
  location?: { lat: number; lng: number };
  relevant: Record<string, number>;
};
type BundleOrg = {
  key: string;
  kind?: string;
  name: Text;
  description?: Text;
  technologies?: string[];
  roles?: string[];
  clusters?: string[];
  location?: { lat?: number; lng?: number; country?: string };
  published?: boolean;
};
/**
 * The sets' hard negatives: real organisations of other trades, ranked as extra records, never relevant.
 * Their country is a field of their own, not of a location.
 */
type HardNegative = BundleOrg & { hardNegative: true; targets: string[]; country?: string };
const countryOf = (o: BundleOrg | HardNegative) =>
  o.location?.country ?? ('country' in o ? o.country : undefined) ?? null;

export type EvalSetName = 'matching' | 'dev' | 'dev2' | 'dev3' | 'heldout';

export type EvalCase = {
  key: string;
  language: 'ja' | 'en';
  /** heldout.json's kinds of need (plain, multi, variant); empty for an ordinary technical need. */
  kinds: string[];
  organizationId: string;
  query: MatchQuery;
  /** Plain text of the need, for engines that take a string. */
  text: string;
  /** doc id → grade (2 relevant, 1 partly relevant). */
  grades: Map<string, number>;
};

export function loadEvalSet(ref: ReferenceData, name: EvalSetName = 'matching') {
  const bundle = JSON.parse(fs.readFileSync(path.join(dataRoot, 'demo', 'bundle.json'), 'utf8')) as {
    organizations: BundleOrg[];
    facilities?: Array<{ organization: string; published?: boolean }>;
  };
  const operators = new Set(
    (bundle.facilities ?? []).filter((f) => f.published !== false).map((f) => f.organization),
  );
  const set = JSON.parse(fs.readFileSync(path.join(dataRoot, 'eval', `${name}.json`), 'utf8')) as {
    seeds: EvalSeed[];
    needs: EvalNeed[];
    organizations?: HardNegative[];
  };
  const negatives = set.organizations ?? [];
  const label = (code: string) => ref.technologies.get(code)?.label;
  const orgs = new Map(bundle.organizations.map((o) => [o.key, o]));
  const orgId = (key: string) => `org:${key}`;
  for (const item of [...set.seeds, ...set.needs]) {
    for (const code of item.technologies) {
      if (!ref.technologies.has(code)) throw new Error(`${item.key}: unknown code ${code}`);
    }
  }
  const docs: MatchDoc[] = [...bundle.organizations, ...negatives].map((o) =>
    organizationDoc(
      {
        id: orgId(o.key),
        key: o.key,
        name: o.name,
        description: o.description ?? {},
        technologies: o.technologies ?? [],
        roles: o.roles ?? [],
        kind: o.kind,
        lat: o.location?.lat,
        lng: o.location?.lng,
        country: countryOf(o),
        published: o.published ?? true,
        operatesFacilities: operators.has(o.key),
        clusters: o.clusters,
      },
      label,
    ),
  );
  for (const s of set.seeds) {
    const owner = orgs.get(s.organization)!;
    docs.push(
      postDoc(
        {
          ...s,
          id: `seed:${s.key}`,
          kind: 'seed',
          organizationId: orgId(s.organization),
          visibility: 'public',
        },
        {
          roles: owner.roles ?? [],
          lat: owner.location?.lat,
          lng: owner.location?.lng,
          country: countryOf(owner),
        },
      ),
    );
  }
  const cases: EvalCase[] = set.needs.map((n) => {
    const owner = orgs.get(n.organization)!;
    return {
      key: n.key,
      language: (n.language ?? n.lang)!,
      kinds: n.kinds ?? [],
      organizationId: orgId(n.organization),
      query: {
        organizationId: orgId(n.organization),
        title: [n.title.ja, n.title.en],
        body: [n.body.ja, n.body.en],
        technologies: n.technologies,
        roles: owner.roles ?? [],
        clusters: owner.clusters ?? [],
        country: countryOf(owner),
        seeksRoles: n.seeksRoles ?? [],
        location: n.location ?? null,
      },
      text: [n.title.ja, n.title.en, n.body.ja, n.body.en].filter(Boolean).join(' '),
      grades: new Map(Object.entries(n.relevant).filter(([id]) => id !== orgId(n.organization))),
    };
  });
  const hardNegatives = new Set(negatives.map((o) => orgId(o.key)));
  return { docs, cases, hardNegatives };
}
