import fs from 'node:fs';
import { Command, Option } from 'commander';
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

/** Flags win over the environment; both go through the one validated config. */
function configFrom(opts: Common & { port?: string }) {
  return loadConfig({
    ...process.env,
    ...(opts.dataDir ? { DATA_DIR: opts.dataDir } : {}),
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...(opts.port ? { PORT: opts.port } : {}),
  });
}

const withDb = (cmd: Command) =>
  cmd
    .option('--data-dir <dir>', 'embedded database directory (env DATA_DIR, default ./.data)')
    .option('--database-url <url>', 'PostgreSQL instead of the embedded database (env DATABASE_URL)');

function progressBar(phase: string, done: number, total: number) {
  if (!process.stderr.isTTY && phase === 'writing' && done !== total && done % 5000 !== 0) return;
  const pct = total ? Math.floor((done / total) * 100) : 0;
  const line = `${phase.padEnd(10)} ${String(done).padStart(7)} / ${total} (${pct}%)`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${phase === 'done' ? '\n' : ''}`);
  else process.stderr.write(`${line}\n`);
}

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

export async function main(argv: string[]) {
  const program = new Command('fusion-cluster').description('Fusion Cluster Hub command line');

  withDb(program.command('serve').description('serve the API and the web app'))
    .option('--port <port>', 'port (env PORT, default 3000)')
    .option('--no-demo', 'start on an empty database instead of loading the demo data')
    .action(async (opts: Common & { port?: string; demo: boolean }) => {
      const config = configFrom(opts);
      await ensureWebBuilt((l) => console.log(l));
      await startServer(config, { demo: opts.demo && config.demoData, webRoot });
    });

  withDb(program.command('import').description('import a data bundle (JSON), all or nothing'))
    .argument('<file>', 'bundle file')
    .action(async (file: string, opts: Common) => {
      const bundle = readJsonFile(file);
      const { deps, database } = await openPlatform(configFrom(opts));
      try {
        const result = await importBundle(deps.db, deps.reference, null, bundle, progressBar);
        // Every section the import wrote, so that a new one (needs, seeds, …) is never silently left out.
        const { ignored: _ignored, ...sections } = result;
        for (const [section, o] of Object.entries(sections)) {
          console.log(`${section}: ${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged`);
        }
        if (result.ignored.length)
          console.log(`ignored sections (not yet supported): ${result.ignored.join(', ')}`);
      } finally {
        await database.close();
      }
    });

  withDb(program.command('export').description('export the data bundle (JSON) to a file or stdout'))
    .argument('[file]', 'output file; stdout when omitted')
    .action(async (file: string | undefined, opts: Common) => {
      const { deps, database } = await openPlatform(configFrom(opts));
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
        else process.stdout.write(text);
        if (file) console.error(`${bundle.organizations.length} organizations written to ${file}`);
      } finally {
        await database.close();
      }
    });

  addBackupCommands(program, withDb, configFrom);

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
        const { deps, database } = await openPlatform(configFrom(opts));
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
            password: opts.password ?? process.env.FCH_PASSWORD,
          });
          const created = await createUser(deps.db, null, input);
          const [orgs] = await deps.db.select({ n: count() }).from(organizations);
          console.log(
            `created ${created.role} ${created.email} (${created.id}); ${orgs?.n ?? 0} organisations in the database`,
          );
        } finally {
          await database.close();
        }
      },
    );

  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = 1;
    if (err instanceof ConfigError) console.error(err.message);
    else if (err instanceof AppError) {
      console.error(`${err.code}: ${err.message}`);
      for (const d of (err.details ?? []).slice(0, 50)) console.error(`  ${d.path}: ${d.message}`);
    } else if (err && typeof err === 'object' && 'issues' in err) {
      for (const i of (err as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues) {
        console.error(`  ${i.path.join('.')}: ${i.message}`);
      }
    } else throw err;
  }
}
