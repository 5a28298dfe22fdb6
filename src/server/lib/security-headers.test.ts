import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadConfig } from '../env.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let withWeb: ReturnType<typeof createApp>;
let withTiles: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestApp();
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'fch-web-'));
  fs.writeFileSync(
    path.join(webRoot, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
  );
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'assets', 'index.js'), 'console.log(1)');
  withWeb = createApp({ ...t.deps, webRoot });
  const config = loadConfig({
    DEMO_DATA: 'false',
    MAP_TILE_URL: 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png',
  });
  withTiles = createApp({ ...t.deps, config, webRoot });
});

const directives = (res: Response) =>
  Object.fromEntries(
    (res.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

describe('security headers', () => {
  it.each([
    ['GET', '/'],
    ['HEAD', '/'],
    ['GET', '/organizations/123'],
    ['HEAD', '/api/health'],
    ['GET', '/api/health'],
    ['HEAD', '/assets/index.js'],
    ['HEAD', '/api/nothing-here'],
  ])('%s %s carries the CSP and the other security headers', async (method, url) => {
    const res = await withWeb.request(url, { method });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = directives(res);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['worker-src']).toEqual(["'self'", 'blob:']);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    if (method === 'HEAD') expect(await res.text()).toBe('');
  });

  it('sends them over a real socket too, for HEAD as for GET', async () => {
    const server = serve({ fetch: withWeb.fetch, port: 0, hostname: '127.0.0.1' });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    for (const url of ['/', '/api/health', '/directory']) {
      const head = await fetch(`http://127.0.0.1:${port}${url}`, { method: 'HEAD' });
      const get = await fetch(`http://127.0.0.1:${port}${url}`);
      expect(head.status).toBe(get.status);
      for (const name of [
        'content-security-policy',
        'x-content-type-options',
        'strict-transport-security',
        'content-type',
      ])
        expect(head.headers.get(name), `${name} on HEAD ${url}`).toBe(get.headers.get(name));
      expect(head.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('allows the configured tile host for images and fetches, and nothing else', async () => {
    const csp = directives(await withTiles.request('/'));
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://cyberjapandata.gsi.go.jp']);
    expect(csp['connect-src']).toEqual(["'self'", 'https://cyberjapandata.gsi.go.jp']);
    expect(directives(await withWeb.request('/'))['connect-src']).toEqual(["'self'"]);
  });

  it('serves a web app without inline scripts, which the policy would block', async () => {
    const html = await (await withWeb.request('/')).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../../index.html'), 'utf8');
    expect(source).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const built = path.resolve(import.meta.dirname, '../../../dist/web/index.html');
    if (fs.existsSync(built))
      expect(fs.readFileSync(built, 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
