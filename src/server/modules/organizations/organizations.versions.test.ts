import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Edits carry a version (DESIGN.md §3): reads send it as the ETag, writes honour If-Match with 412, and two
// simultaneous edits of different fields both land even without If-Match. Half the simultaneous requests go
// through a second server process on the same database (PostgreSQL; on PGlite the same app).

let t: TestApp;
let other: TestApp['request'];
let admin: Session;
let member: Session;
let id: string;

beforeAll(async () => {
  t = await createTestApp();
  other = await t.peer();
});

beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
  const org = await t.addOrganization({ key: 'acme', name: { en: 'Acme' }, kind: 'company' });
  id = org.id;
  member = await t.signIn('member', id);
});

const patch = (body: object, headers: Record<string, string> = {}, via = t.request) =>
  via('PATCH', `/api/organizations/${id}`, { as: member, body, headers });

describe('organisation versions', () => {
  it('a read sends the version as a strong ETag, and every write moves it', async () => {
    const read = await t.request('GET', `/api/organizations/${id}`);
    expect(read.res.headers.get('etag')).toBe('"1"');
    expect(read.res.headers.get('cache-control')).toContain('private');
    expect(read.json.version).toBe(1);
    const saved = await patch({ description: { en: 'Naka' } }, { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.res.headers.get('etag')).toBe('"2"');
    expect(saved.json.version).toBe(2);
  });

  it('refuses a write based on an old version with 412 and leaves the record as it was', async () => {
    expect((await patch({ description: { en: 'Naka' } }, { 'if-match': '"1"' })).status).toBe(200);
    const stale = await patch({ description: { en: 'Mito' } }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.json.error.code).toBe('precondition_failed');
    expect(stale.json.error.details[0].path).toBe('header.if-match');
    expect((await t.request('GET', `/api/organizations/${id}`)).json.description.en).toBe('Naka');
    // A list naming the current version, "*", and the current version weakened by a proxy all pass.
    expect((await patch({ description: { en: 'Tokai' } }, { 'if-match': '"1", "2"' })).status).toBe(200);
    expect((await patch({ description: { en: 'Tokai' } }, { 'if-match': '*' })).status).toBe(200);
    expect((await patch({ description: { en: 'Hitachi' } }, { 'if-match': 'W/"4"' })).status).toBe(200);
  });

  it('refuses a malformed If-Match with 400 rather than ignoring it', async () => {
    for (const bad of ['3', '"3', 'W/3', '"3" "4"', '**']) {
      const res = await patch({ description: { en: 'Mito' } }, { 'if-match': bad });
      expect(res.status, bad).toBe(400);
      expect(res.json.error.details[0].path, bad).toBe('header.if-match');
    }
    expect((await t.request('GET', `/api/organizations/${id}`)).json.version).toBe(1);
  });

  it('an import that changes the profile moves the version, so a form opened before it gets 412', async () => {
    const bundle = (city: string) => ({
      format: 'fusion-cluster-bundle',
      version: 1,
      organizations: [{ key: 'acme', name: { en: 'Acme' }, kind: 'company', location: { city } }],
    });
    expect((await t.request('POST', '/api/import', { as: admin, body: bundle('Naka') })).status).toBe(200);
    expect((await t.request('GET', `/api/organizations/${id}`)).res.headers.get('etag')).toBe('"2"');
    expect((await patch({ website: 'https://acme.example' }, { 'if-match': '"1"' })).status).toBe(412);
    // The same bundle again changes nothing, and so does not move the version.
    await t.request('POST', '/api/import', { as: admin, body: bundle('Naka') });
    expect((await t.request('GET', `/api/organizations/${id}`)).json.version).toBe(2);
  });

  it('deletes only the version named', async () => {
    const del = (tag: string) =>
      t.request('DELETE', `/api/organizations/${id}`, { as: admin, headers: { 'if-match': tag } });
    await patch({ description: { en: 'Naka' } });
    expect((await del('"1"')).status).toBe(412);
    expect((await del('"2"')).status).toBe(204);
  });

  it('two simultaneous edits of different fields both land (8 rounds), with or without If-Match', async () => {
    for (let round = 0; round < 8; round++) {
      const [a, b] = await Promise.all([
        patch({ description: { en: `City ${round}` } }, {}, t.request),
        patch({ website: `https://r${round}.example` }, {}, other),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const now = (await t.request('GET', `/api/organizations/${id}`)).json;
      expect(now.description.en).toBe(`City ${round}`);
      expect(now.website).toBe(`https://r${round}.example`);
    }
  });

  it('two simultaneous edits based on one version: one lands, the other is 412 (8 rounds)', async () => {
    for (let round = 0; round < 8; round++) {
      const tag = (await t.request('GET', `/api/organizations/${id}`)).res.headers.get('etag')!;
      const results = await Promise.all([
        patch({ description: { en: `City ${round}` } }, { 'if-match': tag }, t.request),
        patch({ website: `https://r${round}.example` }, { 'if-match': tag }, other),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    }
    expect((await t.request('GET', `/api/organizations/${id}`)).json.version).toBe(9);
  });
});
