/**
 * The accounts page's organisation picker (and the CLI's --organization): GET /api/organizations/lookup scans
 * the names of the in-memory directory (the search index holds words and bigrams, not half-typed names; a SQL
 * scan of the table took 5 s at 100,000 on PGlite). This prints its latency over generated directories, so a
 * slow picker at scale shows up as a figure, not a timed test.
 *   npx tsx bench/directory/organization-lookup.ts [--sizes 10000,100000] [--engines pglite,postgres] [--rounds 20]
 */
import { parseArgs } from 'node:util';
import { loadReferenceData } from '../../src/server/lib/reference-data.ts';
import { importBundle } from '../../src/server/modules/bundle/index.ts';
import { appWithAdmin } from '../admin-app.ts';
import { availableEngines, percentile } from '../lib.ts';
import { generateOrganizations } from './generate.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    engines: { type: 'string', default: 'pglite,postgres' },
    rounds: { type: 'string', default: '20' },
  },
});
const reference = loadReferenceData();

// What an admin types: the start of a name in either language, a key, a word that fits many.
const inputs = ['東北', 'Tohoku', 'bench-org-4', 'Magnet', 'x'];

for (const engine of availableEngines(values.engines)) {
  for (const size of values.sizes.split(',').map(Number)) {
    const { database, app, cookie } = await appWithAdmin(engine, 'fch_bench_lookup', reference);
    await importBundle(database.db, reference, null, generateOrganizations(size, reference), () => {});
    const times: number[] = [];
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const q of inputs) {
        const started = performance.now();
        const res = await app.request(`/api/organizations/lookup?q=${encodeURIComponent(q)}`, {
          headers: { cookie },
        });
        await res.json();
        times.push(performance.now() - started);
        if (res.status !== 200) throw new Error(`lookup ${q}: ${res.status}`);
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `${engine} ${size.toLocaleString('en')} organisations: lookup p50 ${percentile(times, 50).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms (${times.length} requests)`,
    );
    await database.close();
  }
}
