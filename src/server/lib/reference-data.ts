import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type ClusterPlan, readClusterPlan } from '../../core/cluster/plan.ts';
import { taxonomyProblems } from '../../core/directory/taxonomy-check.ts';
import { createGlossary, type Glossary, type GlossaryEntry } from '../../core/text/index.ts';
import type { Db } from '../db/client.ts';
import type { LocalizedText } from '../db/schema/index.ts';
import {
  applicationFields,
  clusterMilestones,
  clusterPhases,
  clusters,
  skills,
  technologies,
} from '../db/schema/index.ts';
import { AppError, type ErrorDetail } from './errors.ts';
import { say } from './locale.ts';
import { unknownValue } from './messages.ts';

export const dataRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');

export type Technology = {
  code: string;
  cluster: string;
  parent: string | null;
  label: LocalizedText;
  /** What the category covers, in the words buyers and lay people use: matching reads a need's codes from it. */
  scope?: LocalizedText;
};
export type Skill = { code: string; cluster: string; label: LocalizedText };
export type Cluster = {
  key: string;
  name: LocalizedText;
  technologies: Technology[];
  skills: Skill[];
  /** Phases, milestones and context facts: optional in the file, empty lists when absent. */
  plan: ClusterPlan;
};
export type ApplicationField = { code: string; label: LocalizedText };

/** Taxonomies, application fields and the glossary: data the product ships, read once at start. */
export type ReferenceData = {
  clusters: Cluster[];
  technologies: Map<string, Technology>;
  /** The skills taxonomy (talent: programmes, and later openings and staffing tables), per cluster. */
  skills: Map<string, Skill>;
  applications: Map<string, ApplicationField>;
  glossary: Glossary;
  /** The glossary as shipped: the matching engine builds its concepts from the entries. */
  glossaryEntries: GlossaryEntry[];
  /** General vocabularies in their spellings (data/synonyms.json: Sudachi's synonym dictionary and reviewed mined pairs). */
  synonymEntries: GlossaryEntry[];
  /** A code and all its descendants: filtering by a parent includes its children. */
  withDescendants(code: string): string[];
};

/** Each code the taxonomy does not know, at `${at}[i]`: every module that takes technology codes says it so. */
export function unknownTechnologies(ref: ReferenceData, codes: readonly string[], at: string): ErrorDetail[] {
  return codes.flatMap((code, i) =>
    ref.technologies.has(code) ? [] : [{ path: `${at}[${i}]`, message: unknownValue('code', code) }],
  );
}

type ClusterFile = {
  key: string;
  name: LocalizedText;
  technologies: Array<{ code: string; parent?: string; label: LocalizedText; scope?: LocalizedText }>;
  skills?: Array<{ code: string; label: LocalizedText }>;
};

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

export function loadReferenceData(root = dataRoot): ReferenceData {
  const clusterDir = path.join(root, 'clusters');
  const files = fs.readdirSync(clusterDir).filter((f) => f.endsWith('.json'));
  // fusion first: it is the cluster every module is built for.
  const raw = files.map((f) => readJson<ClusterFile>(path.join(clusterDir, f)));
  const problems = taxonomyProblems(raw.map((c, i) => ({ ...c, file: files[i] as string })));
  if (problems.length > 0) throw new Error(`data/clusters: ${problems.join('; ')}`);
  raw.sort((a, b) => (a.key === 'fusion' ? -1 : b.key === 'fusion' ? 1 : a.key.localeCompare(b.key)));
  const plans = new Map(
    raw.map((c) => {
      const { plan, problems } = readClusterPlan(c as unknown as Record<string, unknown>);
      if (problems.length > 0)
        throw new Error(
          `data/clusters/${c.key}.json: ${problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`,
        );
      return [c.key, plan] as const;
    }),
  );
  const clusterList: Cluster[] = raw.map((c) => ({
    key: c.key,
    name: c.name,
    technologies: c.technologies.map((t) => ({
      code: t.code,
      cluster: c.key,
      parent: t.parent ?? null,
      label: t.label,
      ...(t.scope ? { scope: t.scope } : {}),
    })),
    skills: (c.skills ?? []).map((k) => ({ code: k.code, cluster: c.key, label: k.label })),
    plan: plans.get(c.key)!,
  }));
  const technologyMap = new Map(clusterList.flatMap((c) => c.technologies.map((t) => [t.code, t] as const)));
  const children = new Map<string, string[]>();
  for (const t of technologyMap.values()) {
    if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.code]);
  }
  const withDescendants = (code: string): string[] => [
    code,
    ...(children.get(code) ?? []).flatMap(withDescendants),
  ];
  const applications = readJson<ApplicationField[]>(path.join(root, 'applications.json'));
  const glossaryEntries = readJson<{ entries: GlossaryEntry[] }>(path.join(root, 'glossary.json')).entries;
  const glossary = createGlossary(glossaryEntries);
  // Sudachi's vocabularies, then the hand-reviewed ones mined from the directory (data/glossary-mined.md).
  const synonymFile = readJson<{ entries: GlossaryEntry[]; mined?: { entries: GlossaryEntry[] } }>(
    path.join(root, 'synonyms.json'),
  );
  const synonymEntries = [...synonymFile.entries, ...(synonymFile.mined?.entries ?? [])];
  return {
    clusters: clusterList,
    technologies: technologyMap,
    skills: new Map(clusterList.flatMap((c) => c.skills.map((k) => [k.code, k] as const))),
    applications: new Map(applications.map((a) => [a.code, a])),
    glossary,
    glossaryEntries,
    synonymEntries,
    withDescendants,
  };
}

/** Mirrors the shipped taxonomy into the database so SQL can join and count on it. */
export async function syncReferenceData(db: Db, ref: ReferenceData): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [i, c] of ref.clusters.entries()) {
      await tx
        .insert(clusters)
        .values({ key: c.key, name: c.name, sort: i })
        .onConflictDoUpdate({ target: clusters.key, set: { name: c.name, sort: i } });
    }
    const techRows = ref.clusters.flatMap((c) =>
      c.technologies.map((t, i) => ({
        code: t.code,
        clusterKey: c.key,
        parentCode: t.parent,
        label: t.label,
        sort: i,
      })),
    );
    if (techRows.length > 0) {
      await tx
        .insert(technologies)
        .values(techRows)
        .onConflictDoUpdate({
          target: technologies.code,
          set: {
            clusterKey: sql`excluded.cluster_key`,
            parentCode: sql`excluded.parent_code`,
            label: sql`excluded.label`,
            sort: sql`excluded.sort`,
          },
        });
    }
    const skillRows = ref.clusters.flatMap((c) =>
      c.skills.map((k, i) => ({ code: k.code, clusterKey: c.key, label: k.label, sort: i })),
    );
    if (skillRows.length > 0) {
      await tx
        .insert(skills)
        .values(skillRows)
        .onConflictDoUpdate({
          target: skills.code,
          set: {
            clusterKey: sql`excluded.cluster_key`,
            label: sql`excluded.label`,
            sort: sql`excluded.sort`,
          },
        });
    }
    await syncPlans(tx as unknown as Db, ref);
    const appRows = [...ref.applications.values()].map((a, i) => ({ code: a.code, label: a.label, sort: i }));
    if (appRows.length > 0) {
      await tx
        .insert(applicationFields)
        .values(appRows)
        .onConflictDoUpdate({
          target: applicationFields.code,
          set: { label: sql`excluded.label`, sort: sql`excluded.sort` },
        });
    }
  });
}

/**
 * The clusters' phases and shipped milestones. A phase is the file's; a milestone's title, scope, target and
 * source are the file's, while the actual date a coordinator recorded stays (the file's applies when none is).
 */
async function syncPlans(tx: Db, ref: ReferenceData) {
  for (const c of ref.clusters) {
    await tx.delete(clusterPhases).where(sql`${clusterPhases.clusterKey} = ${c.key}`);
    if (c.plan.phases.length > 0)
      await tx.insert(clusterPhases).values(
        c.plan.phases.map((p) => ({
          clusterKey: c.key,
          ordinal: p.ordinal,
          name: p.name,
          support: p.support,
          source: p.source,
        })),
      );
    for (const m of c.plan.milestones) {
      await tx
        .insert(clusterMilestones)
        .values({
          clusterKey: c.key,
          key: m.key,
          scope: m.scope,
          title: m.title,
          targetDate: m.targetDate,
          actualDate: m.actualDate ?? null,
          source: m.source,
          shipped: true,
        })
        .onConflictDoUpdate({
          target: [clusterMilestones.clusterKey, clusterMilestones.key],
          set: {
            scope: sql`excluded.scope`,
            title: sql`excluded.title`,
            targetDate: sql`excluded.target_date`,
            source: sql`excluded.source`,
            actualDate: sql`coalesce(${clusterMilestones.actualDate}, excluded.actual_date)`,
            shipped: true,
          },
        });
    }
  }
}

/** A cluster filter must name a cluster this platform hosts; the error names the parameter. */
export function assertKnownCluster(ref: ReferenceData, cluster: string | undefined, path = 'query.cluster') {
  if (cluster && !ref.clusters.some((k) => k.key === cluster)) {
    throw new AppError('validation_failed', say({ ja: 'クラスターがありません', en: 'Unknown cluster' }), [
      { path, message: unknownValue('cluster', cluster) },
    ]);
  }
}
