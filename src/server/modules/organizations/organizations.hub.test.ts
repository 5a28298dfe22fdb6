import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { resolveOrganization } from './organizations.service.ts';

// The organisation as a hub: its profile's activity (posts, relations, introductions) and its contact persons.

let t: TestApp;
let admin: Session;
let owner: Session;
let outsider: Session;
let agency: Session;
let orgId: string;
let otherId: string;
let hiddenId: string;

const post = (as: Session, kind: 'needs' | 'seeds', title: string, visibility: string) =>
  t.request('POST', `/api/${kind}`, {
    as,
    body: {
      category: kind === 'needs' ? 'supplier' : 'product',
      title: { en: title },
      technologies: ['HCD.gyrotron'],
      visibility,
    },
  });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  orgId = (await t.addOrganization({ key: 'hub-co', name: { en: 'Hub Co.', ja: 'ハブ株式会社' } })).id;
  otherId = (await t.addOrganization({ key: 'other-co', name: { en: 'Other Co.' } })).id;
  hiddenId = (await t.addOrganization({ key: 'hidden-co', name: { en: 'Hidden Co.' }, published: false })).id;
  owner = await t.signIn('member', orgId);
  outsider = await t.signIn('member', otherId);
  agency = await t.signIn('agency', orgId);
  const imported = await t.request('POST', '/api/import', {
    as: admin,
    body: {
      format: 'fusion-cluster-bundle',
      version: 1,
      relations: [
        { from: 'hub-co', to: 'other-co', type: 'supplier-customer', since: '2025' },
        { from: 'other-co', to: 'hub-co', type: 'partnership' },
        { from: 'hub-co', to: 'hidden-co', type: 'joint-research' },
      ],
    },
  });
  expect(imported.status).toBe(200);
});

const activity = (as?: Session, id = orgId) => t.request('GET', `/api/organizations/${id}/activity`, { as });
const titles = (items: Array<{ title: { en?: string } }>) => items.map((i) => i.title.en).sort();

describe('GET /api/organizations/{id}/activity', () => {
  it('shows open needs and seeds by what the viewer may read, and never an anonymous one', async () => {
    expect((await post(owner, 'needs', 'Public need', 'public')).status).toBe(201);
    expect((await post(owner, 'needs', 'Members need', 'members')).status).toBe(201);
    expect((await post(owner, 'needs', 'Anonymous need', 'anonymous')).status).toBe(201);
    expect((await post(owner, 'seeds', 'Public seed', 'public')).status).toBe(201);
    expect((await post(owner, 'seeds', 'Anonymous seed', 'anonymous')).status).toBe(201);

    const visitor = await activity();
    expect(visitor.status).toBe(200);
    expect(titles(visitor.json.needs)).toEqual(['Public need']);
    expect(titles(visitor.json.seeds)).toEqual(['Public seed']);
    for (const as of [outsider, owner, admin]) {
      const { json } = await activity(as);
      expect(titles(json.needs)).toEqual(['Members need', 'Public need']);
      expect(titles(json.seeds)).toEqual(['Public seed']);
      expect(JSON.stringify(json)).not.toContain('Anonymous');
    }
  });

  it('lists relations both ways, leaving out links to profiles the viewer cannot open', async () => {
    const rels = (json: {
      relations: Array<{ type: string; direction: string; organization: { key: string } }>;
    }) => json.relations.map((r) => `${r.direction}:${r.type}:${r.organization.key}`).sort();
    expect(rels((await activity()).json)).toEqual([
      'incoming:partnership:other-co',
      'outgoing:supplier-customer:other-co',
    ]);
    expect(rels((await activity(admin)).json)).toContain('outgoing:joint-research:hidden-co');
    expect((await activity(undefined, hiddenId)).status).toBe(404);
  });

  it("shows introductions to the organisation's own members and coordinators only", async () => {
    const need = await post(outsider, 'needs', 'Outsider asks', 'public');
    const seed = await post(owner, 'seeds', 'Asked-for seed', 'public');
    const intro = await t.request('POST', '/api/introductions', {
      as: outsider,
      body: { fromKind: 'need', fromId: need.json.id, toType: 'seed', toId: seed.json.id, message: 'Talk?' },
    });
    expect(intro.status).toBe(201);
    for (const as of [owner, admin]) {
      const { json } = await activity(as);
      expect(json.introductions).toEqual([
        expect.objectContaining({
          id: intro.json.id,
          side: 'recipient',
          state: 'requested',
          counterpart: expect.objectContaining({ key: 'other-co' }),
        }),
      ]);
    }
    const asRequester = await activity(outsider, otherId);
    expect(asRequester.json.introductions.map((i: { side: string }) => i.side)).toEqual(['requester']);
    // Outsiders, visitors and accounts that do not act for the organisation see none.
    for (const as of [undefined, outsider, agency])
      expect((await activity(as)).json.introductions).toBeNull();
  });
});

const contact = (extra: Record<string, unknown> = {}) => ({
  name: '連絡 一郎',
  title: '調達部長',
  email: 'Ichiro@Hub.example',
  phone: '+81 22-123-4567',
  consent: { at: '2026-04-01', purpose: 'Listed as the contact for procurement enquiries' },
  ...extra,
});
const contactsOf = (as?: Session, id = orgId) =>
  t.request('GET', `/api/organizations/${id}/contacts`, { as });

describe('contact persons', () => {
  it('are for signed-in users only, with the consent each gave and who recorded it', async () => {
    const created = await t.request('POST', `/api/organizations/${orgId}/contacts`, {
      as: owner,
      body: contact(),
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: '連絡 一郎',
      email: 'ichiro@hub.example',
      consent: { at: '2026-04-01', purpose: 'Listed as the contact for procurement enquiries' },
    });
    expect(created.json.consent.recordedBy).toMatch(/member/i);

    const anonymous = await contactsOf();
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(anonymous.json)).not.toContain('ichiro');
    for (const as of [outsider, agency, admin]) {
      const { status, json } = await contactsOf(as);
      expect(status).toBe(200);
      expect(json.items.map((c: { email: string }) => c.email)).toContain('ichiro@hub.example');
    }
    // An unpublished organisation's contacts are as hidden as its profile.
    expect((await contactsOf(outsider, hiddenId)).status).toBe(404);
  });

  it("are edited by the organisation's own members and coordinators, not by another organisation's", async () => {
    const { json: made } = await t.request('POST', `/api/organizations/${orgId}/contacts`, {
      as: admin,
      body: contact({ name: 'Editable Person', phone: undefined }),
    });
    const path = `/api/organizations/${orgId}/contacts/${made.id}`;
    for (const as of [outsider, agency]) {
      expect((await t.request('PATCH', path, { as, body: { title: 'Changed' } })).status).toBe(403);
      expect((await t.request('DELETE', path, { as })).status).toBe(403);
      const add = await t.request('POST', `/api/organizations/${orgId}/contacts`, { as, body: contact() });
      expect(add.status).toBe(403);
    }
    expect((await t.request('PATCH', path, { body: { title: 'Changed' } })).status).toBe(401);
    // The contact id must belong to the organisation named in the path.
    const wrongOrg = await t.request('PATCH', `/api/organizations/${otherId}/contacts/${made.id}`, {
      as: outsider,
      body: { title: 'Changed' },
    });
    expect(wrongOrg.status).toBe(404);

    const changed = await t.request('PATCH', path, {
      as: owner,
      body: { title: null, consent: { at: '2026-05-01', purpose: 'Enquiries about magnets' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ title: null, consent: { at: '2026-05-01' } });
    expect(changed.json.consent.recordedBy).not.toBe(made.consent.recordedBy);
    expect((await t.request('DELETE', path, { as: owner })).status).toBe(204);
    expect((await t.request('DELETE', path, { as: owner })).status).toBe(404);
    // The audit names the fields touched, never the personal data itself.
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, made.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
    expect(JSON.stringify(audit)).not.toContain('Editable Person');
  });

  it("takes today's consent in a time zone ahead of UTC (Japan before 9:00)", async () => {
    const tomorrowUtc = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const res = await t.request('POST', `/api/organizations/${orgId}/contacts`, {
      as: owner,
      body: contact({ name: 'Early Riser', consent: { at: tomorrowUtc, purpose: 'Listed' } }),
    });
    // Tomorrow in UTC has begun somewhere only after 10:00 UTC; before that it is still refused.
    expect(res.status).toBe(new Date().getUTCHours() >= 10 ? 201 : 400);
  });

  it.each([
    [{ name: '' }, 'body.name'],
    [{ email: 'not-mail' }, 'body.email'],
    [{ phone: 'call me' }, 'body.phone'],
    [{ consent: undefined }, 'body.consent'],
    [{ consent: { at: '2026-13-40', purpose: 'x' } }, 'body.consent.at'],
    [{ consent: { at: '2999-01-01', purpose: 'x' } }, 'body.consent.at'],
    [
      { consent: { at: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10), purpose: 'x' } },
      'body.consent.at',
    ],
    [{ consent: { at: '2026-01-01', purpose: ' ' } }, 'body.consent.purpose'],
  ])('refuses %j naming the field', async (change, path) => {
    const res = await t.request('POST', `/api/organizations/${orgId}/contacts`, {
      as: owner,
      body: contact(change),
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});

describe('GET /api/organizations/lookup (the accounts page picker)', () => {
  const lookup = (q: string, as: Session | null = admin) =>
    t.request('GET', `/api/organizations/lookup?q=${encodeURIComponent(q)}`, { as: as ?? undefined });
  const keys = (json: { items: Array<{ key: string }> }) => json.items.map((i) => i.key);

  it('finds by part of a name in either language, by key and by id, whole matches first', async () => {
    await t.addOrganization({ key: 'hub-labs', name: { en: 'Hub Co. Labs', ja: 'ハブ研究所' } });
    expect(keys((await lookup('hub co')).json)).toEqual(['hub-co', 'hub-labs']);
    expect(keys((await lookup('Hub Co. Labs')).json)).toEqual(['hub-labs']);
    expect(keys((await lookup('ﾊﾌﾞ')).json)).toEqual(['hub-co', 'hub-labs']); // half-width kana folded
    expect(keys((await lookup('ハブ株式会社')).json)).toEqual(['hub-co']);
    expect(keys((await lookup(orgId)).json)).toEqual(['hub-co']);
    expect(keys((await lookup('hidden')).json)).toEqual(['hidden-co']); // a coordinator's tool: all profiles
    expect((await lookup('100%_')).json.items).toEqual([]); // LIKE wildcards are literal
    expect((await lookup(' ')).status).toBe(400);
  });

  it('is for admins only', async () => {
    expect((await lookup('hub', null)).status).toBe(401);
    expect((await lookup('hub', owner)).status).toBe(403);
  });
});

describe("resolveOrganization (the command line's --organization)", () => {
  let works: string;
  beforeAll(async () => {
    works = (
      await t.addOrganization({ key: 'tmw', name: { ja: '東北マグネット製作所', en: 'Tohoku Magnet Works' } })
    ).id;
    await t.addOrganization({ key: 'tml', name: { ja: '東北マグネット研究所', en: 'Tohoku Magnet Labs' } });
  });
  const resolve = (text: string) => resolveOrganization(t.deps.directory, text);

  it.each([
    ['an English name, in any case', ' tohoku magnet works ', 'tmw'],
    ['a Japanese name', '東北マグネット研究所', 'tml'],
    ['a key', 'tmw', 'tmw'],
    ['a part of a name that fits one', 'Magnet Labs', 'tml'],
  ])('takes %s', async (_what, text, key) => {
    expect((await resolve(text)).key).toBe(key);
  });

  it('takes an id', async () => {
    expect((await resolve(works)).key).toBe('tmw');
  });

  it('refuses a name that fits several, listing them, and one that fits none', async () => {
    const several = resolve('東北マグネット');
    await expect(several).rejects.toMatchObject({
      code: 'conflict',
      details: [
        { path: 'organization', message: 'tml (東北マグネット研究所)' },
        { path: 'organization', message: 'tmw (東北マグネット製作所)' },
      ],
    });
    await expect(resolve('Kyushu Magnet')).rejects.toMatchObject({ code: 'not_found' });
  });
});
