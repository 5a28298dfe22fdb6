import { sql } from 'drizzle-orm';
import { type Db, resultRows } from '../../db/client.ts';

const inCluster = (cluster: string | undefined) =>
  cluster ? sql`and clusters @> ARRAY[${cluster}]::text[]` : sql``;

/** Distinct published organisations per code, a parent counting each organisation under it once. */
export async function countByTechnology(db: Db): Promise<Map<string, number>> {
  const rows = resultRows<{ code: string; n: number }>(
    await db.execute(sql`
      with x as (select o.id, u.code from organizations o, unnest(o.technologies) as u(code) where o.published)
      select code, count(distinct id)::int as n from (
        select id, code from x
        union all
        select x.id, t.parent_code from x join technologies t on t.code = x.code where t.parent_code is not null
      ) y group by code`),
  );
  return new Map(rows.map((r) => [r.code, r.n]));
}

/** Associations that published organisations (of the cluster) name as memberships, in name order. */
export async function selectMembershipsInUse(db: Db, cluster: string | undefined) {
  return resultRows<{ key: string; name: { ja?: string; en?: string } }>(
    await db.execute(sql`select key, name from organizations where published and key in
      (select distinct unnest(memberships) from organizations where published ${inCluster(cluster)})
      order by sort_name`),
  );
}

export async function selectPrefecturesInUse(db: Db, cluster: string | undefined) {
  return resultRows<{ country: string | null; prefecture: string; organizations: number }>(
    await db.execute(sql`select country, prefecture, count(*)::int as organizations from organizations
      where published and prefecture is not null ${inCluster(cluster)}
      group by country, prefecture order by country, prefecture`),
  );
}
