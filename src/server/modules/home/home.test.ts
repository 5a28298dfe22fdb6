import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let seeker: Session & { id: string };
let supplier: Session;
let seekerOrg: { id: string };
let supplierOrg: { id: string };
let silentOrg: { id: string };

beforeAll(async () => {
  t = await createTestApp();
});

const post = async (kind: 'needs' | 'seeds', as: Session, body: object) => {
  const res = await t.request('POST', `/api/${kind}`, { as, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { id: string };
};
const gyrotron = (title: string) => ({
  category: 'product',
  title: { en: title },
  technologies: ['HCD.gyrotron'],
});
const home = async (as?: Session) => {
  const res = await t.request('GET', '/api/home', { as });
  expect(res.status).toBe(200);
  return res.json;
};

beforeEach(async () => {
  await t.reset();
  seekerOrg = await t.addOrganization({ key: 'seeker-co', name: { en: 'Seeker Co.' }, roles: ['developer'] });
  supplierOrg = await t.addOrganization({
    key: 'supplier-co',
    name: { en: 'Supplier Co.' },
    roles: ['component-supplier'],
    location: { country: 'JP', prefecture: '青森県' },
  });
  silentOrg = await t.addOrganization({ key: 'silent-co', name: { en: 'Silent Co.' } });
  admin = await t.signIn('admin');
  seeker = await t.signIn('member', seekerOrg.id);
  supplier = await t.signIn('member', supplierOrg.id);
});

describe('GET /api/home', () => {
  it('gives a visitor the cluster in figures and nothing private', async () => {
    await post('seeds', supplier, gyrotron('Gyrotron'));
    const h = await home();
    expect(h).toMatchObject({
      kind: 'visitor',
      figures: { organizations: 3, inAomori: 1, openSeeds: 1, openNeeds: 0 },
    });
    expect(h.figures.accounts).toBeNull();
    expect(h).not.toHaveProperty('unanswered');
  });

  it('shows a member its posts with matches new since the previous sign-in, and what awaits its answer', async () => {
    const need = await post('needs', seeker, { ...gyrotron('Gyrotron for ECRH'), category: 'supplier' });
    await post('seeds', supplier, gyrotron('Gyrotron, 170 GHz'));
    // A visit, then a new seed, then the next visit: only the seed added in between is new.
    const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, seeker.id));
    await t.login(row!.email);
    const later = await post('seeds', supplier, gyrotron('Gyrotron, 28 GHz'));
    const again = await t.login(row!.email);
    const first = (await home(again)).posts.find((p: { id: string }) => p.id === need.id);
    expect(first).toMatchObject({ kind: 'need', matches: expect.any(Number) });
    expect(first.matches).toBeGreaterThanOrEqual(2);
    expect(first.newMatches).toBe(1);

    const intro = await t.request('POST', '/api/introductions', {
      as: supplier,
      body: { fromKind: 'seed', fromId: later.id, toType: 'need', toId: need.id, message: 'Shall we talk?' },
    });
    expect(intro.status, JSON.stringify(intro.json)).toBe(201);
    const h = await home(again);
    expect(h.kind).toBe('member');
    expect(h.awaitingAnswer.map((i: { id: string }) => i.id)).toEqual([intro.json.id]);
    expect(h.notices.unread).toBe(1);
    // The requester sees it among its introductions, not as something to answer.
    const theirs = await home(supplier);
    expect(theirs.awaitingAnswer).toEqual([]);
    expect(theirs.introductions[0]).toMatchObject({ id: intro.json.id, side: 'requester' });
  });

  it('gives the coordinator requests to answer, requests nobody can answer, and new organisations', async () => {
    const need = await post('needs', seeker, { ...gyrotron('Gyrotron for ECRH'), category: 'supplier' });
    const seed = await post('seeds', supplier, gyrotron('Gyrotron'));
    const toSilent = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: {
        fromKind: 'need',
        fromId: need.id,
        toType: 'organization',
        toId: silentOrg.id,
        message: 'Hello',
      },
    });
    const toSupplier = await t.request('POST', '/api/introductions', {
      as: seeker,
      body: { fromKind: 'need', fromId: need.id, toType: 'seed', toId: seed.id, message: 'Hello' },
    });
    expect([toSilent.status, toSupplier.status]).toEqual([201, 201]);
    const h = await home(admin);
    expect(h.kind).toBe('coordinator');
    expect(h.unanswered.map((i: { id: string }) => i.id)).toEqual([toSupplier.json.id]);
    expect(h.noAccount.map((i: { id: string }) => i.id)).toEqual([toSilent.json.id]);
    expect(h.noAccount[0]).toMatchObject({ recipientHasAccount: false, to: { key: 'silent-co' } });
    expect(h.newOrganizations).toMatchObject({ total: 3, items: expect.any(Array) });
    expect(h.newOrganizations.items).toHaveLength(3);
    expect(h.figures).toMatchObject({ organizations: 3, openIntroductions: 2, openNeeds: 1 });
    expect(h.figures.accounts).toBeGreaterThanOrEqual(3);
  });
});
