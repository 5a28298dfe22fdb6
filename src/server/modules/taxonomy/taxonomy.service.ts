import { organizationKinds, supplyChainRoles } from '../../../core/directory/vocabulary.ts';
import type { Db } from '../../db/client.ts';
import { assertKnownCluster, type ReferenceData } from '../../lib/reference-data.ts';
import { countByTechnology, selectMembershipsInUse, selectPrefecturesInUse } from './taxonomy.queries.ts';

type Ctx = { db: Db; reference: ReferenceData };

export function listClusters(ref: ReferenceData) {
  const items = ref.clusters.map((k) => ({ id: k.key, key: k.key, name: k.name }));
  return { items, total: items.length };
}

/** The taxonomy in its own order, each code with how many published organisations carry it. */
export async function listTechnologies(ctx: Ctx, cluster: string | undefined) {
  assertKnownCluster(ctx.reference, cluster);
  const counts = await countByTechnology(ctx.db);
  const items = ctx.reference.clusters
    .filter((k) => !cluster || k.key === cluster)
    .flatMap((k) => k.technologies)
    .map((t) => ({ ...t, organizations: counts.get(t.code) ?? 0 }));
  return { items, total: items.length };
}

const toList = (labels: Record<string, { ja: string; en: string }>) =>
  Object.entries(labels).map(([code, label]) => ({ code, label }));

/** Every label a filter form needs, with the memberships and prefectures actually in use. */
export async function getVocabulary(ctx: Ctx, cluster: string | undefined) {
  assertKnownCluster(ctx.reference, cluster);
  const [memberships, prefectures] = await Promise.all([
    selectMembershipsInUse(ctx.db, cluster),
    selectPrefecturesInUse(ctx.db, cluster),
  ]);
  return {
    kinds: toList(organizationKinds),
    roles: toList(supplyChainRoles),
    applications: [...ctx.reference.applications.values()],
    memberships,
    prefectures,
  };
}
