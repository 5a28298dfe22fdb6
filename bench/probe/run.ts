/**
 * The hardening probe (issue 12, "How to know it worked"): starts the built server — one process on a
 * temporary PGlite directory, two processes sharing a throwaway PostgreSQL database — and replays each
 * defect over real HTTP on 127.0.0.1. Fails (exit 1) on any 5xx, anonymity leak, double state or lost
 * update, and prints the requests per check and in total.
 *
 *   npm run probe [-- --engines pglite,postgres --concurrency 6 --rounds 3 --fuzz 24 --seed 12]
 *
 * Run `npm run build` first when the sources changed: the probe tests what `npm start` runs.
 */
import { parseArgs } from 'node:util';
import { anonymity, exhaustion, fuzz, type Options, races, roleMatrix, setUp, type World } from './checks.ts';
import { bounded, Tally, Target } from './client.ts';
import { type Engine, postgresServerUrl, start } from './servers.ts';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'pglite,postgres' },
    concurrency: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '3' },
    fuzz: { type: 'string', default: '24' },
    seed: { type: 'string', default: '12' },
  },
});
const options: Options = {
  concurrency: Number(values.concurrency),
  rounds: Number(values.rounds),
  fuzzPerOperation: Number(values.fuzz),
  seed: Number(values.seed),
};
const engines = values.engines.split(',').map((e) => e.trim()) as Engine[];
for (const e of engines) if (e !== 'pglite' && e !== 'postgres') throw new Error(`unknown engine ${e}`);

type Check = { name: string; limitMs: number; fn: (t: Tally, target: Target, w: World) => Promise<void> };
const checks: Check[] = [
  { name: 'role matrix', limitMs: 90_000, fn: (t, target, w) => roleMatrix(t, target, w) },
  { name: 'fuzz', limitMs: 90_000, fn: (t, target, w) => fuzz(t, target, w, options) },
  { name: 'anonymity', limitMs: 60_000, fn: (t, target, w) => anonymity(t, target, w) },
  { name: 'races', limitMs: 90_000, fn: (t, target, w) => races(t, target, w, options) },
  { name: 'exhaustion', limitMs: 60_000, fn: (t, target, w) => exhaustion(t, target, w) },
];

async function probe(
  engine: Engine,
): Promise<{ tallies: Array<Tally & { seconds: number }>; seconds: number }> {
  const started = performance.now();
  console.log(
    `\n== ${engine}${engine === 'postgres' ? ` (two processes, ${new URL(postgresServerUrl).host})` : ' (one process)'}`,
  );
  const running = await start(engine);
  const tallies: Array<Tally & { seconds: number }> = [];
  try {
    const target = new Target(running.bases);
    const setup = Object.assign(new Tally('setup'), { seconds: 0 });
    const t0 = performance.now();
    const world = await bounded(setup, 60_000, () => setUp(setup, target));
    setup.seconds = (performance.now() - t0) / 1000;
    tallies.push(setup);
    if (world) {
      for (const check of checks) {
        const t = Object.assign(new Tally(check.name), { seconds: 0 });
        const t1 = performance.now();
        await bounded(t, check.limitMs, () => check.fn(t, target, world));
        t.seconds = (performance.now() - t1) / 1000;
        tallies.push(t);
        console.log(
          `${check.name.padEnd(12)} ${String(t.requests).padStart(6)} requests ${t.seconds.toFixed(1).padStart(6)} s  ${t.failures.length ? `${t.failures.length} FAILED` : 'ok'}`,
        );
      }
    }
    if (tallies.some((t) => t.failures.some((f) => f.includes(' 5')))) {
      // The servers' own words about a 5xx.
      const errors = running
        .logs()
        .split('\n')
        .filter((l) => /error|Error/.test(l))
        .slice(0, 20);
      if (errors.length) console.log(`server log (first errors):\n${errors.join('\n')}`);
    }
  } finally {
    await running.stop();
  }
  return { tallies, seconds: (performance.now() - started) / 1000 };
}

let failed = false;
const summary: string[] = [];
for (const engine of engines) {
  let result: Awaited<ReturnType<typeof probe>>;
  try {
    result = await probe(engine);
  } catch (err) {
    failed = true;
    console.error(`${engine}: the probe could not run: ${err instanceof Error ? err.message : String(err)}`);
    summary.push(`${engine}: did not run`);
    continue;
  }
  const total = result.tallies.reduce((n, t) => n + t.requests, 0);
  const failures = result.tallies.flatMap((t) => t.failures.map((f) => `${t.name}: ${f}`));
  for (const f of failures.slice(0, 60)) console.log(`  FAIL ${f}`);
  if (failures.length > 60) console.log(`  … ${failures.length - 60} more`);
  const per = result.tallies.map((t) => `${t.name} ${t.requests}`).join(', ');
  summary.push(
    `${engine}: ${total} requests (${per}) in ${result.seconds.toFixed(1)} s, ${failures.length ? `${failures.length} failures` : 'no failures'}`,
  );
  if (failures.length) failed = true;
}
console.log(`\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
