import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../env.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngine } from '../../test/test-database.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_KB: '4' });
});

describe('system', () => {
  it('reports the engine and that every shipped migration is applied', async () => {
    const { status, json } = await t.request('GET', '/api/health');
    expect(status).toBe(200);
    expect(json.engine).toBe(testEngine);
    expect(json.migrations.applied).toBeGreaterThan(0);
    expect(json.migrations.upToDate).toBe(true);
  });

  it('tells the web app to draw the offline basemap when no tile URL is configured', async () => {
    const { status, json } = await t.request('GET', '/api/config');
    expect(status).toBe(200);
    expect(json).toEqual({ map: { tileUrl: null, tileAttribution: null } });
  });

  it('passes a configured tile URL and its attribution to the web app', async () => {
    const gsi = 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png';
    // The same database under another configuration: one PGlite per test file (DESIGN.md §7).
    const config = loadConfig({ MAP_TILE_URL: gsi, MAP_TILE_ATTRIBUTION: '地理院タイル' });
    const online = createApp({ ...t.deps, config });
    const json = await (await online.request('/api/config')).json();
    expect(json.map).toEqual({ tileUrl: gsi, tileAttribution: '地理院タイル' });
  });

  it('answers unknown API routes with a 404 in the error shape', async () => {
    const { status, json } = await t.request('GET', '/api/no-such-thing');
    expect(status).toBe(404);
    expect(json).toEqual({ error: { code: 'not_found', message: expect.any(String), details: [] } });
  });

  it('refuses a body over the size limit with 413', async () => {
    const admin = await t.signIn('admin');
    const { status, json } = await t.request('POST', '/api/organizations', {
      as: admin,
      body: { key: 'big', name: { en: 'x'.repeat(8000) }, kind: 'company' },
    });
    expect(status).toBe(413);
    expect(json.error.code).toBe('payload_too_large');
  });

  it('answers malformed JSON with a 400 naming the body', async () => {
    const admin = await t.signIn('admin');
    const { status, json } = await t.request('POST', '/api/organizations', { as: admin, raw: '{"key": ' });
    expect(status).toBe(400);
    expect(json.error.details[0].path).toBe('body');
  });

  it('serves an OpenAPI 3.1 document where every operation has an id and a tag', async () => {
    const { status, json } = await t.request('GET', '/api/openapi.json');
    expect(status).toBe(200);
    expect(json.openapi).toBe('3.1.0');
    const operations = Object.values(
      json.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>,
    ).flatMap((p) => Object.values(p));
    expect(operations.length).toBeGreaterThan(15);
    for (const op of operations) {
      expect(op.operationId).toBeTruthy();
      expect(op.tags?.length).toBeGreaterThan(0);
    }
    // A shared component is never nullable itself: a nullable use wraps it (lib/http.ts orNull).
    const components = json.components.schemas as Record<string, { type?: unknown; nullable?: boolean }>;
    const nullable = Object.entries(components)
      .filter(([, s]) => s.nullable || (Array.isArray(s.type) && s.type.includes('null')))
      .map(([name]) => name);
    expect(nullable).toEqual([]);
  });

  it('serves the reference UI from local files, not a CDN', async () => {
    const page = await t.app.request('/api/docs');
    const html = await page.text();
    expect(html).toContain('/api/docs/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await t.app.request('/api/docs/swagger-ui-bundle.js');
    expect(script.status).toBe(200);
  });
});
