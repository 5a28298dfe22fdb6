import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, resultRows } from '../../db/client.ts';
import { backupDatabase, restoreDatabase } from '../../lib/backup.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// A unit's photos and floor plan through the HTTP API: the real type read from the bytes, the size and count
// limits, the floor plan replaced, who sees and who changes what, and the headers a served file carries.

let t: TestApp;
let admin: Session;
let owner: Session;
let outsider: Session;

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const other = await t.addOrganization({ key: 'other', name: { en: 'Other' } });
  owner = await t.signIn('member', acme.id);
  outsider = await t.signIn('member', other.id);
});

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const pngHeader = [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a];
/** A file of the given signature, padded to `size` bytes with a marker so each one hashes differently. */
const file = (signature: number[], size = 64, marker = 0) => {
  const bytes = new Uint8Array(size);
  bytes.set(signature);
  bytes[size - 1] = marker;
  return bytes;
};
const png = (marker = 0, size = 64) => file(pngHeader, size, marker);
const pdf = (marker = 0) => file(ascii('%PDF-1.7\n'), 64, marker);
const jpeg = (marker = 0) => file([0xff, 0xd8, 0xff, 0xe0], 64, marker);

async function upload(
  unitId: string,
  body: Uint8Array<ArrayBuffer>,
  { as = owner, kind = 'photo', type = 'image/png', query = '' } = {} as {
    as?: Session | null;
    kind?: string;
    type?: string | null;
    query?: string;
  },
) {
  const headers: Record<string, string> = {};
  if (type) headers['content-type'] = type;
  if (as) Object.assign(headers, { cookie: as.cookie, 'x-csrf-token': as.csrf });
  const res = await t.app.request(`/api/facility-units/${unitId}/files?kind=${kind}${query}`, {
    method: 'POST',
    headers,
    body,
  });
  const json = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : undefined;
  return { status: res.status, json, res };
}

async function fetchFile(url: string, as?: Session, headers: Record<string, string> = {}) {
  const res = await t.app.request(url, { headers: { ...headers, ...(as ? { cookie: as.cookie } : {}) } });
  return { status: res.status, res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function facilityWithUnit(published = true) {
  const f = await t.request('POST', '/api/facilities', {
    as: owner,
    body: { key: 'vf', organization: 'acme', name: { en: 'Venture Factory' }, published },
  });
  expect(f.status, JSON.stringify(f.json)).toBe(201);
  const u = await t.request('POST', `/api/facilities/${f.json.id}/units`, {
    as: owner,
    body: { key: 'vf-a', kind: 'factory', name: { en: 'Building A' }, floorAreaM2: 500 },
  });
  expect(u.status).toBe(201);
  return { facilityId: f.json.id as string, unitId: u.json.id as string };
}

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);
const missingUnit = '00000000-0000-4000-8000-000000000000';

describe('uploading', () => {
  it('stores a photo with its real type, hash and caption, and serves it back byte for byte', async () => {
    const { unitId } = await facilityWithUnit();
    const bytes = png(7);
    const res = await upload(unitId, bytes, { query: '&captionJa=%E5%A4%96%E8%A6%B3&captionEn=Outside' });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({
      kind: 'photo',
      contentType: 'image/png',
      byteSize: 64,
      caption: { ja: '外観', en: 'Outside' },
      sortOrder: 0,
    });
    // SHA-256 of the same bytes, computed independently.
    const expected = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(res.json.sha256).toBe(expected);
    const served = await fetchFile(res.json.url);
    expect(served.status).toBe(200);
    expect([...served.bytes]).toEqual([...bytes]);
    expect(served.res.headers.get('content-type')).toBe('image/png');
    expect(served.res.headers.get('content-disposition')).toBe('inline');
    expect(served.res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.res.headers.get('etag')).toBe(`"${expected}"`);
    expect(served.res.headers.get('cache-control')).toContain('public');
    const again = await fetchFile(res.json.url, undefined, { 'if-none-match': `"${expected}"` });
    expect(again.status).toBe(304);
    const list = await t.request('GET', `/api/facility-units/${unitId}/files`);
    expect(list.json.items.map((f: { id: string }) => f.id)).toEqual([res.json.id]);
  });

  it('takes a file sent without a specific type by its bytes, and numbers photos in order', async () => {
    const { unitId } = await facilityWithUnit();
    const a = await upload(unitId, jpeg(1), { type: 'application/octet-stream' });
    expect(a.status).toBe(201);
    expect(a.json.contentType).toBe('image/jpeg');
    const b = await upload(unitId, png(2), { type: null });
    expect(b.status).toBe(201);
    expect(b.json.sortOrder).toBe(1);
  });

  it('serves a PDF floor plan as an attachment with a safe name', async () => {
    const { unitId } = await facilityWithUnit();
    const res = await upload(unitId, pdf(), { kind: 'floor-plan', type: 'application/pdf' });
    expect(res.status).toBe(201);
    const served = await fetchFile(res.json.url);
    expect(served.res.headers.get('content-type')).toBe('application/pdf');
    expect(served.res.headers.get('content-disposition')).toBe('attachment; filename="vf-a-floor-plan.pdf"');
  });

  it('a new floor plan replaces the old one, in one step', async () => {
    const { unitId } = await facilityWithUnit();
    const first = await upload(unitId, pdf(1), { kind: 'floor-plan', type: 'application/pdf' });
    const second = await upload(unitId, png(2), { kind: 'floor-plan' });
    expect(second.status).toBe(201);
    const list = await t.request('GET', `/api/facility-units/${unitId}/files`);
    expect(list.json.items.map((f: { id: string; kind: string }) => [f.kind, f.id])).toEqual([
      ['floor-plan', second.json.id],
    ]);
    expect((await fetchFile(first.json.url)).status).toBe(404);
  });
});

describe('refusals, each naming the field', () => {
  it('refuses a text file renamed .png, and a PNG that claims to be a JPEG', async () => {
    const { unitId } = await facilityWithUnit();
    const text = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const renamed = await upload(unitId, text);
    expect(renamed.status).toBe(415);
    expect(paths(renamed.json)).toEqual(['body']);
    const liar = await upload(unitId, png(), { type: 'image/jpeg' });
    expect(liar.status).toBe(415);
    expect(paths(liar.json)).toEqual(['header.content-type']);
  });

  it('refuses a PDF as a photo (floor plans only) and an unknown kind', async () => {
    const { unitId } = await facilityWithUnit();
    const res = await upload(unitId, pdf(), { type: 'application/pdf' });
    expect(res.status).toBe(415);
    expect(paths(res.json)).toEqual(['query.kind']);
    const kind = await upload(unitId, png(), { kind: 'video' });
    expect(kind.status).toBe(400);
    expect(paths(kind.json)).toEqual(['query.kind']);
  });

  it('refuses an empty body and a file over 5 MB', async () => {
    const { unitId } = await facilityWithUnit();
    const empty = await upload(unitId, new Uint8Array(0));
    expect(empty.status).toBe(400);
    expect(paths(empty.json)).toEqual(['body']);
    const big = await upload(unitId, png(0, 5 * 1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(paths(big.json)).toEqual(['body']);
    // A declared length over the limit is refused before a byte is read, naming the body too.
    const declared = await t.app.request(`/api/facility-units/${unitId}/files?kind=photo`, {
      method: 'POST',
      headers: {
        'content-type': 'image/png',
        'content-length': String(6 * 1024 * 1024),
        cookie: owner.cookie,
        'x-csrf-token': owner.csrf,
      },
      body: png(),
    });
    expect(declared.status).toBe(413);
    expect(paths(await declared.json())).toEqual(['body']);
    const atLimit = await upload(unitId, png(0, 5 * 1024 * 1024));
    expect(atLimit.status).toBe(201);
  });

  it('refuses a 13th photo with a 409 and keeps twelve', async () => {
    const { unitId } = await facilityWithUnit();
    for (let i = 0; i < 12; i++) expect((await upload(unitId, png(i))).status).toBe(201);
    const extra = await upload(unitId, png(99));
    expect(extra.status).toBe(409);
    expect(paths(extra.json)).toEqual(['query.kind']);
    const list = await t.request('GET', `/api/facility-units/${unitId}/files`);
    expect(list.json.items).toHaveLength(12);
    // The floor plan is counted apart.
    expect((await upload(unitId, pdf(), { kind: 'floor-plan', type: 'application/pdf' })).status).toBe(201);
  });

  it('simultaneous uploads past the cap: exactly one of them fits', async () => {
    const { unitId } = await facilityWithUnit();
    for (let i = 0; i < 11; i++) expect((await upload(unitId, png(i))).status).toBe(201);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => upload(unitId, png(100 + i))));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const list = await t.request('GET', `/api/facility-units/${unitId}/files`);
    expect(list.json.items).toHaveLength(12);
  });

  it('answers 404 for an unknown unit or file, and 400 for a malformed id', async () => {
    expect((await upload(missingUnit, png())).status).toBe(404);
    expect((await t.request('GET', `/api/facility-units/${missingUnit}/files`)).status).toBe(404);
    expect((await fetchFile(`/api/unit-files/${missingUnit}`)).status).toBe(404);
    expect((await t.request('DELETE', `/api/unit-files/${missingUnit}`, { as: owner })).status).toBe(404);
    const bad = await t.request('GET', '/api/unit-files/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['path.id']);
  });
});

describe('who sees and who changes', () => {
  it('a published facility: everyone sees; only the owner and an admin upload or delete', async () => {
    const { unitId } = await facilityWithUnit(true);
    expect((await upload(unitId, png(), { as: null })).status).toBe(401);
    expect((await upload(unitId, png(), { as: outsider })).status).toBe(403);
    const byAdmin = await upload(unitId, png(1), { as: admin });
    expect(byAdmin.status).toBe(201);
    for (const who of [undefined, outsider, owner, admin])
      expect((await fetchFile(byAdmin.json.url, who)).status).toBe(200);
    expect((await t.request('DELETE', byAdmin.json.url, { as: outsider })).status).toBe(403);
    expect((await t.request('DELETE', byAdmin.json.url)).status).toBe(401);
    expect((await t.request('DELETE', byAdmin.json.url, { as: owner })).status).toBe(204);
    expect((await fetchFile(byAdmin.json.url)).status).toBe(404);
    const byOwner = await upload(unitId, png(2));
    expect((await t.request('DELETE', byOwner.json.url, { as: admin })).status).toBe(204);
    const audit = await t.request('GET', '/api/audit?entity=unit-file', { as: admin });
    expect(audit.status).toBe(200);
    const actions = audit.json.items.map((e: { action: string }) => e.action).sort();
    expect(actions).toEqual(['delete', 'delete', 'upload', 'upload']);
  });

  it('an unpublished facility: only the owner and an admin see its files; others get 404', async () => {
    const { unitId } = await facilityWithUnit(false);
    const res = await upload(unitId, png());
    expect(res.status).toBe(201);
    expect((await fetchFile(res.json.url, owner)).res.headers.get('cache-control')).toContain('private');
    expect((await fetchFile(res.json.url, admin)).status).toBe(200);
    expect((await fetchFile(res.json.url)).status).toBe(404);
    expect((await fetchFile(res.json.url, outsider)).status).toBe(404);
    expect((await t.request('GET', `/api/facility-units/${unitId}/files`, { as: outsider })).status).toBe(
      404,
    );
    expect((await t.request('GET', `/api/facility-units/${unitId}/files`, { as: owner })).status).toBe(200);
    // An outsider cannot learn that the unit exists by uploading either.
    expect((await upload(unitId, png(), { as: outsider })).status).toBe(404);
    expect((await t.request('DELETE', res.json.url, { as: outsider })).status).toBe(404);
  });

  it('deleting a unit deletes its files', async () => {
    const { unitId } = await facilityWithUnit();
    const res = await upload(unitId, png());
    const unit = await t.request('GET', `/api/facility-units/${unitId}`);
    const del = await t.request('DELETE', `/api/facility-units/${unitId}`, {
      as: owner,
      headers: { 'if-match': unit.res.headers.get('etag')! },
    });
    expect(del.status).toBe(204);
    expect((await fetchFile(res.json.url)).status).toBe(404);
  });
});

describe('the operator backup', () => {
  it('carries the files byte for byte into a restored database', async () => {
    const { unitId } = await facilityWithUnit();
    const bytes = png(42, 300);
    const res = await upload(unitId, bytes);
    expect(res.status).toBe(201);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-media-backup-'));
    const file = path.join(dir, 'backup.jsonl');
    await backupDatabase(t.db, t.engine, file);
    const target = await openDatabase({ dataDir: path.join(dir, 'data') });
    try {
      await target.migrate();
      await restoreDatabase(target.db, file);
      const rows = resultRows<{ content: Uint8Array; sha256: string }>(
        await target.db.execute(sql`select content, sha256 from unit_files where id = ${res.json.id}`),
      );
      expect(rows).toHaveLength(1);
      expect([...new Uint8Array(rows[0]!.content)]).toEqual([...bytes]);
      expect(rows[0]!.sha256).toBe(res.json.sha256);
    } finally {
      await target.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
