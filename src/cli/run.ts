// The command's entry point: bin/fusion-cluster.mjs runs its built copy (dist/cli/run.js); the CLI tests run
// this source through tsx, so they test the code as it is now rather than the last build.
import { main } from './main.ts';

process.exitCode = await main(process.argv);
