import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultRows } from '../db/client.ts';
import { organizations } from '../db/schema/index.ts';
import { upsertRelations } from '../modules/industry-map/industry-map.relations.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { testEngine } from '../test/test-database.ts';
import { createDirectoryFacets } from './directory-snapshot.ts';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  for (const key of ['alpha', 'beta', 'gamma'])
    await t.addOrganization({
      key,
      technologies: ['MAG.hts'],
      location: { country: 'JP', prefecture: '青森県' },
    });
  await upsertRelations(t.db, [{ from: 'alpha', to: 'beta', type: 'partnership' }]);
  admin = await t.signIn('admin');
});

const idOf = async (key: string) =>
  (await t.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.key, key)))[0]!.id;

const revisions = async () =>
  Object.fromEntries(
    resultRows<{ key: string; revision: number }>(
      await t.db.execute(sql`select key, revision::float8 as revision from organizations`),
    ).map((r) => [r.key, r.revision]),
  );

describe('directory revision stamps', () => {
  it('gives every row of one transaction the same revision, above every earlier one', async () => {
    const before = await revisions();
    expect(before.alpha! < before.beta! && before.beta! < before.gamma!).toBe(true);
    await t.db.transaction(async (tx) => {
      await tx.update(organizations).set({ city: '六ヶ所村' }).where(eq(organizations.key, 'alpha'));
      await tx.update(organizations).set({ city: '三沢市' }).where(eq(organizations.key, 'beta'));
    });
    const after = await revisions();
    expect(after.alpha).toBe(after.beta);
    expect(after.alpha).toBeGreaterThan(before.gamma!);
    expect(after.gamma).toBe(before.gamma);
  });
});

describe('the directory snapshot', () => {
  it('holds every organisation and relation, and answers from memory while nothing changes', async () => {
    const facets = createDirectoryFacets(t.db, t.deps.reference);
    const first = await facets.current();
    expect([...first.byKey.keys()].sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect([...first.relations.values()].map((r) => r.type)).toEqual(['partnership']);
    expect(first.byKey.get('alpha')!.region).toBe('aomori');
    let computed = 0;
    const count = () => ++computed;
    expect(await first.memo('n', count)).toBe(1);
    const again = await facets.current();
    expect(again).toBe(first);
    expect(await again.memo('n', count)).toBe(1);
  });

  it('sees another process’s edit by re-reading only the changed row', async () => {
    const facets = createDirectoryFacets(t.db, t.deps.reference);
    const first = await facets.current();
    const gamma = first.byKey.get('gamma');
    const alphaId = await idOf('alpha');
    const patch = await t.request('PATCH', `/api/organizations/${alphaId}`, {
      as: admin,
      body: { technologies: ['CRY.cryocoolers'] },
    });
    expect(patch.status).toBe(200);
    const next = await facets.current();
    expect(next.version).not.toBe(first.version);
    expect(next.byId.get(alphaId)!.technologies).toEqual(['CRY.cryocoolers']);
    // The same object: gamma was not read again.
    expect(next.byKey.get('gamma')).toBe(gamma);
    expect(await next.memo('n', () => 'fresh')).toBe('fresh');
  });

  it('follows a renamed key, a deletion and the relations it takes with it', async () => {
    const facets = createDirectoryFacets(t.db, t.deps.reference);
    await facets.current();
    await t.db.update(organizations).set({ key: 'alpha-2' }).where(eq(organizations.key, 'alpha'));
    let snap = await facets.current();
    expect(snap.byKey.has('alpha')).toBe(false);
    expect(snap.byKey.get('alpha-2')!.key).toBe('alpha-2');
    const beta = await idOf('beta');
    const removed = await t.request('DELETE', `/api/organizations/${beta}`, { as: admin });
    expect(removed.status).toBe(204);
    snap = await facets.current();
    expect([...snap.byKey.keys()].sort()).toEqual(['alpha-2', 'gamma']);
    expect(snap.byId.has(beta)).toBe(false);
    expect(snap.relations.size).toBe(0);
    expect(snap.inNameOrder().map((o) => o.key)).toEqual(['alpha-2', 'gamma']);
  });

  it('starts again when the database is emptied and refilled', async () => {
    const facets = createDirectoryFacets(t.db, t.deps.reference);
    expect((await facets.current()).byId.size).toBe(3);
    await t.reset();
    expect((await facets.current()).byId.size).toBe(0);
    await t.addOrganization({ key: 'delta' });
    expect([...(await facets.current()).byKey.keys()]).toEqual(['delta']);
  });
});

// Two writers at once need two connections: PostgreSQL only (PGlite has one).
describe.skipIf(testEngine !== 'postgres')('concurrent writers', () => {
  it('take revisions in commit order, so a reader in between misses nothing', async () => {
    const facets = createDirectoryFacets(t.db, t.deps.reference);
    await facets.current();
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstWrote!: () => void;
    const firstWriting = new Promise<void>((resolve) => {
      firstWrote = resolve;
    });
    const first = t.db.transaction(async (tx) => {
      await tx.update(organizations).set({ city: 'first' }).where(eq(organizations.key, 'alpha'));
      firstWrote();
      await firstHolds;
    });
    await firstWriting;
    let secondDone = false;
    const second = t.db
      .update(organizations)
      .set({ city: 'second' })
      .where(eq(organizations.key, 'beta'))
      .then(() => {
        secondDone = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The second writer waits for the first one's revision to commit; a reader now sees neither.
    expect(secondDone).toBe(false);
    const between = await facets.current();
    expect(between.byKey.get('alpha')!.city).toBeNull();
    releaseFirst();
    await Promise.all([first, second]);
    const after = await facets.current();
    expect([after.byKey.get('alpha')!.city, after.byKey.get('beta')!.city]).toEqual(['first', 'second']);
    const r = await revisions();
    expect(r.beta).toBeGreaterThan(r.alpha!);
  });
});
