import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resultRows } from '../db/client.ts';
import { organizations } from '../db/schema/index.ts';
import { upsertRelations } from '../modules/industry-map/index.ts';
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

  it('gives a reused key to its new organisation and keeps name order through renames', async () => {
    const facets = createDirectoryFacets(t.db, t.deps.reference);
    expect((await facets.current()).inNameOrder().map((o) => o.key)).toEqual(['alpha', 'beta', 'gamma']);
    // alpha is deleted and its key given to a new profile before this process looks again.
    await t.request('DELETE', `/api/organizations/${await idOf('alpha')}`, { as: admin });
    const reborn = await t.addOrganization({ key: 'alpha', name: { en: 'zeta' } });
    let snap = await facets.current();
    expect(snap.byKey.get('alpha')?.id).toBe(reborn.id);
    // Two keys swap places in one transaction.
    await t.db.transaction(async (tx) => {
      await tx.update(organizations).set({ key: 'tmp' }).where(eq(organizations.key, 'beta'));
      await tx.update(organizations).set({ key: 'beta' }).where(eq(organizations.key, 'gamma'));
      await tx.update(organizations).set({ key: 'gamma' }).where(eq(organizations.key, 'tmp'));
    });
    snap = await facets.current();
    expect([...snap.byKey].map(([key, o]) => `${key}=${o.key}`).sort()).toEqual([
      'alpha=alpha',
      'beta=beta',
      'gamma=gamma',
    ]);
    expect(snap.byKey.get('beta')!.sortName).toBe('gamma');
    expect(snap.inNameOrder().map((o) => o.sortName)).toEqual(['beta', 'gamma', 'zeta']);
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

describe.skipIf(testEngine !== 'postgres')('a refresh already running', () => {
  it('is not trusted by a request that saw a later write: it gets a refresh of its own', async () => {
    let opened!: () => void;
    const refreshOpened = new Promise<void>((resolve) => {
      opened = resolve;
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let gated = true;
    // The first refresh takes its database snapshot, then waits at the gate while a write commits.
    const slow = new Proxy(t.db, {
      get(target, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
        return (run: (tx: typeof t.db) => Promise<unknown>, config: object) =>
          target.transaction(async (tx) => {
            await tx.execute(sql`select 1`);
            if (gated) {
              gated = false;
              opened();
              await gate;
            }
            return run(tx);
          }, config);
      },
    });
    const facets = createDirectoryFacets(slow, t.deps.reference);
    const early = facets.current();
    await refreshOpened;
    await t.db.update(organizations).set({ city: '八戸市' }).where(eq(organizations.key, 'alpha'));
    const late = facets.current();
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect((await early).byKey.get('alpha')!.city).toBeNull();
    expect((await late).byKey.get('alpha')!.city).toBe('八戸市');
  });
});
