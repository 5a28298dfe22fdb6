/**
 * How much memory does the server take to import a large bundle? Writes a bundle of about --mb megabytes to a
 * temporary file (organisations padded with long source URLs, so the size is in the body rather than in the
 * number of rows), serves the app on a real socket, streams the file to `POST /api/import` as an admin and
 * samples `process.memoryUsage()` every 20 ms from before the request until its answer; prints the baseline
 * and the peaks above it. The client streams from disk, so what grows is the server's.
 *   node --expose-gc --import tsx bench/directory/import-memory.ts [--mb 100] [--engines pglite]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { appWithAdmin } from '../admin-app.ts';
import { availableEngines } from '../lib.ts';
import { generateOrganizations } from './generate.ts';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
    engines: { type: 'string', default: 'pglite' },
    'write-to': { type: 'string' },
    // Collect garbage before every sample (every 250 ms): the peak of live memory, which is what runs out.
    live: { type: 'boolean', default: false },
  },
});
const targetBytes = Number(values.mb) * 1024 * 1024;
const reference = loadReferenceData();
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number) => Math.round(n / 1024 / 1024);

/** Writes the bundle to a file, one organisation at a time; returns the number of organisations. */
function writeBundle(file: string): number {
  const perOrganization = 8_600; // bytes, about: four 2,000-character source URLs and the record itself
  const n = Math.ceil(targetBytes / perOrganization);
  const bundle = generateOrganizations(n, reference);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, `{"format":"${bundle.format}","version":${bundle.version},"organizations":[`);
  bundle.organizations.forEach((org, i) => {
    const pad = 'x'.repeat(1_950);
    const sources = [0, 1, 2, 3].map((s) => ({
      url: `https://example.org/bench/${i}/${s}/${pad}`,
      asOf: '2026-01-01',
    }));
    fs.writeSync(fd, (i ? ',' : '') + JSON.stringify({ ...org, sources }));
  });
  fs.writeSync(fd, ']}');
  fs.closeSync(fd);
  return n;
}

/** The bundle is made in a child process, so that its objects do not weigh on this one's baseline. */
function bundleFile(): { file: string; bytes: number; organizations: number } {
  const file = path.join(os.tmpdir(), `fch-import-memory-${process.pid}.json`);
  const out = execFileSync(process.execPath, [
    '--import',
    'tsx',
    process.argv[1]!,
    '--mb',
    values.mb,
    '--write-to',
    file,
  ]);
  return { file, bytes: fs.statSync(file).size, organizations: Number(out.toString()) };
}

async function benchOne(engine: string) {
  const { database, app, cookie, csrfToken } = await appWithAdmin(
    engine,
    'fch_bench_import_memory',
    reference,
  );
  const { file, bytes, organizations } = bundleFile();

  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;

  gc();
  const base = process.memoryUsage();
  const peak = {
    rss: base.rss,
    heapUsed: base.heapUsed,
    arrayBuffers: base.arrayBuffers,
    heapAndExternal: base.heapUsed + base.external,
  };
  const sampler = setInterval(
    () => {
      if (values.live) gc();
      const m = process.memoryUsage();
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
      peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
      peak.heapAndExternal = Math.max(peak.heapAndExternal, m.heapUsed + m.external);
    },
    values.live ? 250 : 20,
  );
  const started = performance.now();
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/import',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': bytes,
          cookie,
          'x-csrf-token': csrfToken,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    fs.createReadStream(file).pipe(req);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  server.close();
  await database.close();
  fs.rmSync(file, { force: true });
  const result =
    answer.status === 200
      ? (JSON.parse(answer.body) as { organizations: unknown }).organizations
      : answer.body.slice(0, 300);
  return {
    engine,
    live: values.live,
    bodyMB: mb(bytes),
    organizations,
    status: answer.status,
    result,
    seconds: Number(seconds.toFixed(1)),
    baseMB: { rss: mb(base.rss), heapUsed: mb(base.heapUsed) },
    peakAboveBaseMB: {
      rss: mb(peak.rss - base.rss),
      heapUsed: mb(peak.heapUsed - base.heapUsed),
      arrayBuffers: mb(peak.arrayBuffers - base.arrayBuffers),
      // Large strings made from buffers live outside the heap (external), so heapUsed alone misleads.
      heapAndExternal: mb(peak.heapAndExternal - base.heapUsed - base.external),
    },
  };
}

if (values['write-to']) process.stdout.write(String(writeBundle(values['write-to'])));
else
  for (const engine of availableEngines(values.engines)) console.log(JSON.stringify(await benchOne(engine)));
