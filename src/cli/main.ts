import fs from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { count } from 'drizzle-orm';
import { organizations } from '../server/db/schema/index.ts';
import { ConfigError, loadConfig } from '../server/env.ts';
import { AppError } from '../server/lib/errors.ts';
import { roles } from '../server/lib/http.ts';
import { parseJsonBounded } from '../server/lib/json-body.ts';
import { startServer } from '../server/main.ts';
import { exportBundle, importBundle } from '../server/modules/bundle/index.ts';
import { resolveOrganization } from '../server/modules/organizations/index.ts';
import { createUser, userInputSchema } from '../server/modules/users/index.ts';
import { openPlatform } from '../server/platform.ts';
import { addBackupCommands } from './backup-commands.ts';
import { ensureWebBuilt, webRoot } from './web-build.ts';

type Common = { dataDir?: string; databaseUrl?: string };

/**
 * What a command reads and writes besides its arguments: the process's environment and streams when run as
 * a command, a test's own when called in its process (a new Node process per call costs seconds).
 */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** stderr is a terminal: progress redraws one line instead of printing many. */
  interactive: boolean;
};

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  interactive: Boolean(process.stderr.isTTY),
};

/** Flags win over the environment; both go through the one validated config. */
function configFrom(env: NodeJS.ProcessEnv, opts: Common & { port?: string }) {
  return loadConfig({
    ...env,
    ...(opts.dataDir ? { DATA_DIR: opts.dataDir } : {}),
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...(opts.port ? { PORT: opts.port } : {}),
  });
}

const withDb = (cmd: Command) =>
  cmd
    .option('--data-dir <dir>', 'embedded database directory (env DATA_DIR, default ./.data)')
    .option('--database-url <url>', 'PostgreSQL instead of the embedded database (env DATABASE_URL)');

const progressBar = (io: CliIo) => (phase: string, done: number, total: number) => {
  if (!io.interactive && phase === 'writing' && done !== total && done % 5000 !== 0) return;
  const pct = total ? Math.floor((done / total) * 100) : 0;
  const line = `${phase.padEnd(10)} ${String(done).padStart(7)} / ${total} (${pct}%)`;
  if (io.interactive) io.err(`\r${line}${phase === 'done' ? '\n' : ''}`);
  else io.err(`${line}\n`);
};

/**
 * A JSON file given on the command line, read with the same bound as a request body (nesting depth), so a
 * hostile bundle is refused with a message instead of a stack overflow; errors name the file, not "body".
 */
function readJsonFile(file: string): unknown {
  try {
    return parseJsonBounded(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw new AppError(
      err.code,
      `${file}: ${err.message}`,
      err.details?.map((d) => ({ ...d, path: d.path.replace(/^body/, file) })),
    );
  }
}

/** Runs the command ARGV names (process.argv's shape); resolves to its exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = new Command('fusion-cluster').description('Fusion Cluster Hub command line');
  // Set before the commands are added, which inherit them: help and usage errors are written through io and
  // end in an exit code instead of ending the process.
  program.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  const configOf = (opts: Common & { port?: string }) => configFrom(io.env, opts);
  const say = (text: string) => io.out(`${text}\n`);

  withDb(program.command('serve').description('serve the API and the web app'))
    .option('--port <port>', 'port (env PORT, default 3000)')
    .option('--no-demo', 'start on an empty database instead of loading the demo data')
    .action(async (opts: Common & { port?: string; demo: boolean }) => {
      const config = configOf(opts);
      await ensureWebBuilt(say);
      await startServer(config, { demo: opts.demo && config.demoData, webRoot });
    });

  withDb(program.command('import').description('import a data bundle (JSON), all or nothing'))
    .argument('<file>', 'bundle file')
    .action(async (file: string, opts: Common) => {
      const bundle = readJsonFile(file);
      const { deps, database } = await openPlatform(configOf(opts));
      try {
        const result = await importBundle(deps.db, deps.reference, null, bundle, progressBar(io));
        // Every section the import wrote, so that a new one (needs, seeds, …) is never silently left out.
        const { ignored: _ignored, ...sections } = result;
        for (const [section, o] of Object.entries(sections)) {
          say(`${section}: ${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged`);
        }
        if (result.ignored.length) say(`ignored sections (not yet supported): ${result.ignored.join(', ')}`);
      } finally {
        await database.close();
      }
    });

  withDb(program.command('export').description('export the data bundle (JSON) to a file or stdout'))
    .argument('[file]', 'output file; stdout when omitted')
    .action(async (file: string | undefined, opts: Common) => {
      const { deps, database } = await openPlatform(configOf(opts));
      try {
        const bundle = await exportBundle(deps.db, {
          id: 'cli',
          email: 'cli',
          name: 'cli',
          role: 'admin',
          organizationId: null,
          csrfToken: '',
        });
        const text = `${JSON.stringify(bundle, null, 2)}\n`;
        if (file) fs.writeFileSync(file, text);
        else io.out(text);
        if (file) io.err(`${bundle.organizations.length} organizations written to ${file}\n`);
      } finally {
        await database.close();
      }
    });

  addBackupCommands(program, withDb, configOf, io);

  const user = program.command('user').description('accounts');
  withDb(user.command('create').description('create an account (the first admin, typically)'))
    .requiredOption('--email <email>')
    .requiredOption('--name <name>')
    .addOption(new Option('--role <role>').choices(roles).makeOptionMandatory())
    .option(
      '--organization <name|key|id>',
      "the member's organisation: its name (Japanese or English), key or id",
    )
    .option('--password <password>', 'password; or set FCH_PASSWORD')
    .action(
      async (
        opts: Common & {
          email: string;
          name: string;
          role: string;
          organization?: string;
          password?: string;
        },
      ) => {
        const { deps, database } = await openPlatform(configOf(opts));
        try {
          // The same organisation a person picks by name in the accounts page: name, key or id.
          const organizationId = opts.organization
            ? (await resolveOrganization(deps.directory, opts.organization)).id
            : null;
          const input = userInputSchema.parse({
            email: opts.email,
            name: opts.name,
            role: opts.role,
            organizationId,
            password: opts.password ?? io.env.FCH_PASSWORD,
          });
          const created = await createUser(deps.db, null, input);
          const [orgs] = await deps.db.select({ n: count() }).from(organizations);
          say(
            `created ${created.role} ${created.email} (${created.id}); ${orgs?.n ?? 0} organisations in the database`,
          );
        } finally {
          await database.close();
        }
      },
    );

  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // commander has written the help or the usage error
    if (err instanceof ConfigError) io.err(`${err.message}\n`);
    else if (err instanceof AppError) {
      io.err(`${err.code}: ${err.message}\n`);
      for (const d of (err.details ?? []).slice(0, 50)) io.err(`  ${d.path}: ${d.message}\n`);
    } else if (err && typeof err === 'object' && 'issues' in err) {
      for (const i of (err as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues) {
        io.err(`  ${i.path.join('.')}: ${i.message}\n`);
      }
    } else throw err;
    return 1;
  }
}
