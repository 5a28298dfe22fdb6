import fs from 'node:fs';
import path from 'node:path';
import { defaultPhase } from '../../../core/talent/index.ts';
import type { Db } from '../../db/client.ts';
import type { LocalizedText } from '../../db/schema/directory.ts';
import { dataRoot } from '../../lib/reference-data.ts';
import { insertPlannedFacility, profileByKey, replaceStaffing, siteIdByKey } from './workforce.queries.ts';

// The demo's staffing tables and planned facilities, from data/talent/workforce.json. Every staffing figure is
// an estimate with its basis stated (ITER's published workforce scaled down, or our judgement where nothing is
// published); the planned facilities are illustrative, their start years relative to the clock. No hiring plan is
// invented: the demo's tenants are real companies that have stated none.

type WorkforceFile = {
  staffing: Record<
    string,
    { basis: LocalizedText; sources: { url: string }[]; rows: [string, number, number[]][] }
  >;
  plannedFacilities: {
    site: string;
    profile: string;
    startInYears: number;
    name: LocalizedText;
    note: LocalizedText;
  }[];
};

export const workforceDataPath = path.join(dataRoot, 'talent', 'workforce.json');

export async function loadWorkforceDemo(db: Db, now: Date, file = workforceDataPath) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as WorkforceFile;
  for (const [profile, table] of Object.entries(data.staffing)) {
    if (!(await profileByKey(db, profile))) continue;
    const urls = table.sources.map((s) => s.url).join(', ');
    const basis = urls
      ? { ja: `${table.basis.ja}（出典：${urls}）`, en: `${table.basis.en} (sources: ${urls})` }
      : table.basis;
    await replaceStaffing(
      db,
      profile,
      table.rows.flatMap(([skill, level, headcounts]) =>
        headcounts.map((headcount, yearOffset) => ({
          profileKey: profile,
          skillCode: skill,
          level,
          yearOffset,
          headcount,
          basis,
        })),
      ),
    );
  }
  const year = now.getUTCFullYear();
  for (const f of data.plannedFacilities) {
    const [siteId, profile] = await Promise.all([siteIdByKey(db, f.site), profileByKey(db, f.profile)]);
    if (!siteId || !profile) continue;
    await insertPlannedFacility(db, {
      clusterKey: 'fusion',
      siteId,
      profileKey: profile.key,
      name: f.name,
      constructionStartYear: year + f.startInYears,
      phase: defaultPhase(profile.facilityType),
      note: f.note,
      illustrative: true,
    });
  }
}
