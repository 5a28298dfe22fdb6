import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Needs and seeds carry an edit version like organisations (see organizations.versions.test.ts): ETag on
// reads and writes, If-Match honoured with 412, simultaneous edits of different fields both kept. Half the
// simultaneous requests go through a second server process on the same database (PostgreSQL).

let t: TestApp;
let other: TestApp['request'];
let admin: Session;
let member: Session;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  other = await t.peer();
});

beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
  const org = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  organizationId = org.id;
  member = await t.signIn('member', org.id);
});

describe.each(['needs', 'seeds'])('%s versions', (plural) => {
  // Posted by the coordinator, since only it chooses a post's key (the import below matches on it); the
  // organisation's member edits it.
  async function post() {
    const res = await t.request('POST', `/api/${plural}`, {
      as: admin,
      body: {
        key: 'post-1',
        organizationId,
        category: plural === 'needs' ? 'supplier' : 'product',
        title: { en: 'Gyrotron' },
        technologies: ['HCD.gyrotron'],
      },
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  }
  const patch = (id: string, body: object, headers: Record<string, string> = {}, via = t.request) =>
    via('PATCH', `/api/${plural}/${id}`, { as: member, body, headers });

  it('sends the version as the ETag and refuses a stale or malformed If-Match', async () => {
    const id = await post();
    const read = await t.request('GET', `/api/${plural}/${id}`, { as: member });
    expect(read.res.headers.get('etag')).toBe('"1"');
    const saved = await patch(id, { quantity: '2 units' }, { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.res.headers.get('etag')).toBe('"2"');
    const stale = await patch(id, { quantity: '3 units' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.json.error.code).toBe('precondition_failed');
    expect((await patch(id, { quantity: '3 units' }, { 'if-match': '2' })).status).toBe(400);
    // Renewing is a write too.
    const renewed = await t.request('POST', `/api/${plural}/${id}/renew`, { as: member });
    expect(renewed.res.headers.get('etag')).toBe('"3"');
    const del = (tag: string) =>
      t.request('DELETE', `/api/${plural}/${id}`, { as: member, headers: { 'if-match': tag } });
    expect((await del('"2"')).status).toBe(412);
    expect((await del('"3"')).status).toBe(204);
  });

  it('an import that changes the post moves its version', async () => {
    const id = await post();
    const bundle = {
      format: 'fusion-cluster-bundle',
      version: 1,
      organizations: [{ key: 'acme', name: { en: 'Acme' }, kind: 'company' }],
      [plural]: [
        {
          key: 'post-1',
          organization: 'acme',
          category: plural === 'needs' ? 'supplier' : 'product',
          title: { en: 'Gyrotron, 170 GHz' },
          technologies: ['HCD.gyrotron'],
          visibility: 'public',
        },
      ],
    };
    const imported = await t.request('POST', '/api/import', { as: admin, body: bundle });
    expect(imported.status, JSON.stringify(imported.json)).toBe(200);
    const read = await t.request('GET', `/api/${plural}/${id}`, { as: member });
    expect(read.json.title.en).toBe('Gyrotron, 170 GHz');
    expect(read.res.headers.get('etag')).toBe('"2"');
  });

  it('two simultaneous edits of different fields both land; on one version, one is 412 (8 rounds)', async () => {
    const id = await post();
    for (let round = 0; round < 8; round++) {
      const both = await Promise.all([
        patch(id, { quantity: `${round} units` }, {}, t.request),
        patch(id, { timeline: `${round} months` }, {}, other),
      ]);
      expect(both.map((r) => r.status)).toEqual([200, 200]);
      const now = (await t.request('GET', `/api/${plural}/${id}`, { as: member })).json;
      expect([now.quantity, now.timeline]).toEqual([`${round} units`, `${round} months`]);
      const tag = `"${now.version}"`;
      const one = await Promise.all([
        patch(id, { quantity: `${round} lots` }, { 'if-match': tag }, t.request),
        patch(id, { timeline: `${round} years` }, { 'if-match': tag }, other),
      ]);
      expect(one.map((r) => r.status).sort()).toEqual([200, 412]);
    }
  });
});
