import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openDatabase } from '../server/db/client.ts';
import type { Config } from '../server/env.ts';
import { backupDatabase, restoreDatabase } from '../server/lib/backup.ts';
import { AppError } from '../server/lib/errors.ts';
import { openPlatform } from '../server/platform.ts';
import type { CliIo } from './main.ts';

type Common = { dataDir?: string; databaseUrl?: string };

/** One line per table on stderr when it is done; on a terminal, a running count for the long ones too. */
function tableProgress(verb: string, io: CliIo) {
  const started = Date.now();
  return (table: string, done: number, total: number) => {
    const line = `${verb} ${table.padEnd(22)} ${String(done).padStart(8)} / ${total} rows`;
    if (done === total) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.err(io.interactive ? `\r${line}  ${seconds} s\n` : `${line}  ${seconds} s\n`);
    } else if (io.interactive) io.err(`\r${line}`);
  };
}

const target = (config: Config) =>
  config.databaseUrl ? 'the PostgreSQL database' : path.resolve(config.dataDir);

/** `backup FILE` and `restore FILE [--force]`: the whole database, either engine (src/server/lib/backup.ts). */
export function addBackupCommands(
  program: Command,
  withDb: (cmd: Command) => Command,
  configFrom: (opts: Common) => Config,
  io: CliIo,
) {
  withDb(
    program
      .command('backup')
      .description('write every table to FILE (JSON lines; gzip when FILE ends in .gz)'),
  )
    .argument('<file>', 'backup file to write; it holds personal data and password hashes: keep it secret')
    .action(async (file: string, opts: Common) => {
      const config = configFrom(opts);
      // The database as it is: no migrations, no reference sync, so a backup never changes what it copies.
      if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'pgdata')))
        throw new AppError('not_found', `No database in ${path.resolve(config.dataDir)}`);
      const database = await openDatabase(
        config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
      );
      try {
        const started = Date.now();
        const header = await backupDatabase(database.db, database.engine, file, tableProgress('backup ', io));
        const rows = header.tables.reduce((n, t) => n + t.rows, 0);
        const size = fs.statSync(file).size;
        io.out(
          `${rows} rows in ${header.tables.length} tables from ${target(config)} written to ${file} ` +
            `(${(size / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
            `schema at migration ${header.migrations.length})\n`,
        );
      } finally {
        await database.close();
      }
    });

  withDb(program.command('restore').description('restore a backup into an empty database, all or nothing'))
    .argument('<file>', 'backup file written by `fusion-cluster backup`')
    .option('--force', 'replace whatever the target database holds')
    .action(async (file: string, opts: Common & { force?: boolean }) => {
      if (!fs.existsSync(file)) throw new AppError('not_found', `No such file: ${file}`);
      const config = configFrom(opts);
      // Migrated to this version's schema first; the backup may be from this level or an older one.
      const { database } = await openPlatform(config);
      try {
        const started = Date.now();
        const { header, tables } = await restoreDatabase(database.db, file, {
          force: opts.force,
          progress: tableProgress('restore', io),
        });
        const rows = tables.reduce((n, t) => n + t.rows, 0);
        io.out(
          `${rows} rows in ${tables.length} tables restored into ${target(config)} in ` +
            `${((Date.now() - started) / 1000).toFixed(1)} s (a ${header.engine} backup made ${header.createdAt})\n`,
        );
      } finally {
        await database.close();
      }
    });
}
