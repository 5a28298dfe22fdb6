import fs from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Db } from './db/client.ts';
import { organizations, users } from './db/schema/index.ts';
import { dataRoot, type ReferenceData } from './lib/reference-data.ts';
import { importBundle } from './modules/bundle/index.ts';
import { demoPartnerKey, loadDemoDesk } from './modules/desk/index.ts';
import { loadDemoEvents } from './modules/events/index.ts';
import { loadDemoCall } from './modules/incubation/index.ts';
import { loadDemoPartnerships } from './modules/partnerships/index.ts';
import { loadDemoPublic } from './modules/public/index.ts';
import { loadSyntheticSurvey } from './modules/surveys/index.ts';
import { loadPlacementDemo, loadTalentDemo, loadWorkforceDemo } from './modules/talent/index.ts';
import { createUser } from './modules/users/index.ts';

/** For local use only; README and `npm start` state them. */
export const demoAccounts = {
  admin: {
    email: 'admin@demo.fusion-cluster.jp',
    password: 'demo-admin-2026',
    name: 'Demo coordinator / デモ事務局',
  },
  member: {
    email: 'member@demo.fusion-cluster.jp',
    password: 'demo-member-2026',
    name: 'Demo member / デモ会員',
  },
  reviewer: {
    email: 'reviewer@demo.fusion-cluster.jp',
    password: 'demo-reviewer-2026',
    name: 'Demo reviewer / デモ審査員',
  },
  trainee: {
    email: 'trainee@demo.fusion-cluster.jp',
    password: 'demo-trainee-2026',
    name: 'Demo trainee / デモ受講者',
  },
  /** An invented graduate of the illustrative KOSEN course who agreed to be shown to employers. */
  graduate: {
    email: 'graduate@demo.fusion-cluster.jp',
    password: 'demo-graduate-2026',
    name: 'Demo graduate (illustrative) / デモ修了者（例示）',
  },
  /** A partner's staff (agency role) at the real regional support centre the demo refers cases to. */
  agency: {
    email: 'agency@demo.fusion-cluster.jp',
    password: 'demo-agency-2026',
    name: 'Demo partner (21 Aomori) / デモ支援機関',
  },
  memberOrganizationKey: 'kyoto-fusioneering',
};

export const demoBundlePath = path.join(dataRoot, 'demo', 'bundle.json');
/**
 * Real Tohoku organisations of the semiconductor, mobility/aerospace and offshore-wind clusters and Aomori
 * suppliers (issue 18), kept apart from the fusion bundle and imported after it: its relations may point at the
 * bundle's organisations.
 */
export const demoTohokuPath = path.join(dataRoot, 'demo', 'tohoku.json');

/** Loads the demo bundle and accounts into an empty database; a database with any account is left alone. */
export async function seedDemo(db: Db, ref: ReferenceData): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;
  const bundle = JSON.parse(fs.readFileSync(demoBundlePath, 'utf8'));
  await importBundle(db, ref, null, bundle);
  await importBundle(db, ref, null, JSON.parse(fs.readFileSync(demoTohokuPath, 'utf8')));
  await loadSyntheticSurvey(db);
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.key, demoAccounts.memberOrganizationKey));
  await createUser(db, null, { ...demoAccounts.admin, role: 'admin' });
  await createUser(db, null, { ...demoAccounts.member, role: 'member', organizationId: org?.id ?? null });
  await createUser(db, null, { ...demoAccounts.reviewer, role: 'reviewer' });
  await loadDemoCall(db);
  await loadDemoEvents(db, new Date());
  const trainee = await createUser(db, null, { ...demoAccounts.trainee, role: 'person' });
  await loadTalentDemo(db, {
    id: trainee.id,
    name: demoAccounts.trainee.name,
    email: demoAccounts.trainee.email,
  });
  const graduate = await createUser(db, null, { ...demoAccounts.graduate, role: 'person' });
  await loadPlacementDemo(db, {
    id: graduate.id,
    name: demoAccounts.graduate.name,
    email: demoAccounts.graduate.email,
  });
  await loadWorkforceDemo(db, new Date());
  const [partner] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.key, demoPartnerKey));
  await createUser(db, null, { ...demoAccounts.agency, role: 'agency', organizationId: partner?.id ?? null });
  await loadDemoDesk(db, new Date(), demoAccounts.memberOrganizationKey);
  await loadDemoPublic(db, new Date());
  await loadDemoPartnerships(db, new Date());
  return true;
}
