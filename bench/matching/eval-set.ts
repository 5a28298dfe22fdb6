// The labelled set in data/eval/matching.json as engine documents and graded judgements.

import fs from 'node:fs';
import path from 'node:path';
import type { MatchDoc, MatchQuery } from '../../src/core/matching/index.ts';
import { organizationDoc, postDoc } from '../../src/core/matching/index.ts';
import { dataRoot, type ReferenceData } from '../../src/server/lib/reference-data.ts';

type Text = { ja?: string; en?: string };
type EvalSeed = { key: string; organization: string; title: Text; body: Text; technologies: string[] };
type EvalNeed = EvalSeed & {
  language: 'ja' | 'en';
  seeksRoles?: string[];
  location?: { lat: number; lng: number };
  relevant: Record<string, number>;
};
type BundleOrg = {
  key: string;
  name: Text;
  description?: Text;
  technologies?: string[];
  roles?: string[];
  location?: { lat?: number; lng?: number };
  published?: boolean;
};

export type EvalCase = {
  key: string;
  language: 'ja' | 'en';
  organizationId: string;
  query: MatchQuery;
  /** Plain text of the need, for engines that take a string. */
  text: string;
  /** doc id → grade (2 relevant, 1 partly relevant). */
  grades: Map<string, number>;
};

export function loadEvalSet(ref: ReferenceData) {
  const bundle = JSON.parse(fs.readFileSync(path.join(dataRoot, 'demo', 'bundle.json'), 'utf8')) as {
    organizations: BundleOrg[];
  };
  const set = JSON.parse(fs.readFileSync(path.join(dataRoot, 'eval', 'matching.json'), 'utf8')) as {
    seeds: EvalSeed[];
    needs: EvalNeed[];
  };
  const label = (code: string) => ref.technologies.get(code)?.label;
  const orgs = new Map(bundle.organizations.map((o) => [o.key, o]));
  const orgId = (key: string) => `org:${key}`;
  for (const item of [...set.seeds, ...set.needs]) {
    for (const code of item.technologies) {
      if (!ref.technologies.has(code)) throw new Error(`${item.key}: unknown code ${code}`);
    }
  }
  const docs: MatchDoc[] = bundle.organizations.map((o) =>
    organizationDoc(
      {
        id: orgId(o.key),
        key: o.key,
        name: o.name,
        description: o.description ?? {},
        technologies: o.technologies ?? [],
        roles: o.roles ?? [],
        lat: o.location?.lat,
        lng: o.location?.lng,
        published: o.published ?? true,
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
        { roles: owner.roles ?? [], lat: owner.location?.lat, lng: owner.location?.lng },
      ),
    );
  }
  const cases: EvalCase[] = set.needs.map((n) => {
    const owner = orgs.get(n.organization)!;
    return {
      key: n.key,
      language: n.language,
      organizationId: orgId(n.organization),
      query: {
        organizationId: orgId(n.organization),
        title: [n.title.ja, n.title.en],
        body: [n.body.ja, n.body.en],
        technologies: n.technologies,
        roles: owner.roles ?? [],
        seeksRoles: n.seeksRoles ?? [],
        location: n.location ?? null,
      },
      text: [n.title.ja, n.title.en, n.body.ja, n.body.en].filter(Boolean).join(' '),
      grades: new Map(Object.entries(n.relevant).filter(([id]) => id !== orgId(n.organization))),
    };
  });
  return { docs, cases };
}
