/**
 * Does the server keep answering reads while a large bundle is imported? Imports n generated organisations
 * through `POST /api/import?async=true` and, every 100 ms until the job ends, reads `/api/health`,
 * `GET /api/organizations?limit=1` and polls the job; prints the worst and 95th-percentile latency of each.
 *   npx tsx bench/directory/import-responsiveness.ts [--size 20000] [--engines pglite,postgres]
 */
import { parseArgs } from 'node:util';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { appWithAdmin } from '../admin-app.ts';
import { availableEngines, percentile } from '../lib.ts';
import { generateOrganizations } from './generate.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '20000' },
    engines: { type: 'string', default: 'pglite' },
    interval: { type: 'string', default: '100' },
    verbose: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const intervalMs = Number(values.interval);
const reference = loadReferenceData();

async function benchOne(engine: string) {
  const { database, app, cookie, csrfToken } = await appWithAdmin(engine, 'fch_bench_import', reference);
  const body = JSON.stringify(generateOrganizations(size, reference));

  const started = performance.now();
  const res = await app.request('/api/import?async=true', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body,
  });
  const job = (await res.json()) as { id: string };
  const accepted = performance.now() - started;

  // PGlite runs in this thread: while it works, no request is even accepted. So a probe's latency counts from
  // when it was due (every interval from the start), not from when the loop got round to sending it.
  const latencies: Record<string, number[]> = { health: [], organizations: [], job: [] };
  const phases: string[] = [];
  const timed = async (name: string, path: string, due: number) => {
    const r = await app.request(path, { headers: { cookie } });
    const json = (await r.json()) as { state?: string };
    latencies[name]!.push(performance.now() - due);
    if (name === 'job')
      phases.push(
        `${Math.round((due - started) / 100) / 10}s:${(json as { phase?: string }).phase}:+${Math.round(performance.now() - due)}ms`,
      );
    return json;
  };
  let state = 'running';
  let finished: { state: string; error?: unknown } | undefined;
  const inflight: Promise<unknown>[] = [];
  for (let k = 0; state === 'running'; k++) {
    const due = started + k * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Probes missed while the thread was busy are sent now, all at once (as clients' requests would all be
    // waiting), each timed from its own due time.
    inflight.push(
      timed('health', '/api/health', due),
      timed('organizations', '/api/organizations?limit=1', due),
    );
    const polled = timed('job', `/api/import/jobs/${job.id}`, due).then((j) => {
      if (j.state !== 'running') {
        state = j.state!;
        finished = j as typeof finished;
      }
    });
    inflight.push(polled);
    // Sending one overdue round per turn of the event loop made the probes fall behind by themselves whenever
    // the server did something between turns: the backlog is sent in one go, then the loop yields.
    const nextDue = started + (k + 1) * intervalMs;
    if (wait <= 0 && nextDue > performance.now()) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(inflight);
  const totalS = (performance.now() - started) / 1000;
  const count = await app.request('/api/organizations?limit=1');
  const total = ((await count.json()) as { total: number }).total;
  await database.close();
  const summary = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { n: xs.length, p95Ms: Math.round(percentile(sorted, 95)), maxMs: Math.round(sorted.at(-1) ?? 0) };
  };
  return {
    engine,
    size,
    state: finished?.state,
    importS: Number(totalS.toFixed(1)),
    acceptedMs: Math.round(accepted),
    organizationsAfter: total,
    health: summary(latencies.health!),
    organizations: summary(latencies.organizations!),
    job: summary(latencies.job!),
    ...(values.verbose ? { phases } : {}),
  };
}

for (const engine of availableEngines(values.engines)) console.log(JSON.stringify(await benchOne(engine)));
