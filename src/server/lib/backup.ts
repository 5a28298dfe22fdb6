import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, type Engine, resultRows } from '../db/client.ts';
import { AppError } from './errors.ts';
import { jsonDepthExceeds, maxJsonDepth, parseJsonBounded } from './json-body.ts';

/**
 * The operator's backup: every row of every table, written by the platform itself rather than by pg_dump or
 * a PGlite data-dir tarball, so that one file restores on either engine (a PGlite backup into PostgreSQL and
 * back) and no PostgreSQL client tools are needed on the host. The file is JSON lines:
 *   1. a header: format, version, engine, the applied migrations, and per table its columns and row count;
 *   2. per table, in foreign-key order: a `["table", name]` line, then one line per row as `to_jsonb(row)`
 *      (always an object, so it cannot be taken for a marker); 3. an `["end", tables]` line.
 * Values travel in PostgreSQL's own JSON form and come back through jsonb_populate_recordset, so neither
 * driver's type parsing (dates, bigints, arrays) touches them. A name ending in `.gz` is gzip-compressed.
 */
export const backupFormat = 'fusion-cluster-backup';
export const backupVersion = 1;

export type BackupTable = { name: string; columns: string[]; rows: number };
export type BackupHeader = {
  format: typeof backupFormat;
  version: number;
  createdAt: string;
  engine: Engine;
  /** drizzle's record of applied migrations: `when` of each journal entry, and the SQL file's hash. */
  migrations: Array<{ createdAt: string; hash: string }>;
  tables: BackupTable[];
};
export type BackupProgress = (table: string, done: number, total: number) => void;

/**
 * Tables the platform fills from what it ships: the taxonomy; the desk's topics, written by their migration;
 * the clusters' phases and shipped milestones, mirrored from data/clusters at start. A restore still replaces
 * them with the backup's, and a test's reset keeps them.
 */
export const shippedTables = [
  'clusters',
  'technologies',
  'application_fields',
  'skills',
  'desk_topics',
  'cluster_phases',
  'cluster_milestones',
];
/** Tables the platform fills for itself on a fresh database: their rows do not make a target "in use". */
const bookkeeping = new Set([...shippedTables, 'matching_version', 'data_versions']);
const pageSize = 2000;
const insertBatch = 500;

type TableInfo = { name: string; columns: string[]; primaryKey: string[]; identityAlways: boolean };

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const rowsOf = async <T>(db: Db, query: SQL) => resultRows<T>(await db.execute(query));

/** The public schema's tables, parents before children, with their writable columns. */
async function listTables(db: Db): Promise<TableInfo[]> {
  const tables = await rowsOf<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`,
  );
  const columns = await rowsOf<{ table: string; column: string; identity: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column", a.attidentity::text as identity
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
          and a.attgenerated = '' order by c.relname, a.attnum`,
  );
  const keys = await rowsOf<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
        join lateral unnest(i.indkey) with ordinality k(attnum, pos) on true
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
        where n.nspname = 'public' and i.indisprimary order by c.relname, k.pos`,
  );
  const edges = await rowsOf<{ child: string; parent: string }>(
    db,
    sql`select c.relname as child, p.relname as parent from pg_constraint f
        join pg_class c on c.oid = f.conrelid join pg_class p on p.oid = f.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where f.contype = 'f' and n.nspname = 'public'`,
  );
  const info = new Map<string, TableInfo>(
    tables.map((t) => [t.name, { name: t.name, columns: [], primaryKey: [], identityAlways: false }]),
  );
  for (const c of columns) {
    const t = info.get(c.table);
    if (!t) continue;
    t.columns.push(c.column);
    if (c.identity === 'a') t.identityAlways = true;
  }
  for (const k of keys) info.get(k.table)?.primaryKey.push(k.column);
  return dependencyOrder([...info.values()], edges);
}

/** Parents first (Kahn's algorithm, alphabetical among equals so every backup lists tables alike). */
function dependencyOrder(tables: TableInfo[], edges: Array<{ child: string; parent: string }>) {
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const ordered: TableInfo[] = [];
  const left = new Map(tables.map((t) => [t.name, t]));
  while (left.size) {
    const ready = [...left.values()].filter((t) => [...parents.get(t.name)!].every((p) => !left.has(p)));
    // A cycle of foreign keys would need deferred constraints; the schema has none, so say so plainly.
    if (!ready.length) throw new Error(`foreign keys form a cycle among: ${[...left.keys()].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      left.delete(t.name);
    }
  }
  return ordered;
}

async function appliedMigrations(db: Db) {
  return rowsOf<{ createdAt: string; hash: string }>(
    db,
    sql`select created_at::text as "createdAt", hash from drizzle.__drizzle_migrations order by created_at, id`,
  );
}

async function* backupLines(db: Db, engine: Engine, progress: BackupProgress): AsyncGenerator<string> {
  const tables = await listTables(db);
  const counts: BackupTable[] = [];
  for (const t of tables) {
    const [row] = await rowsOf<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${ident(t.name)}`));
    counts.push({ name: t.name, columns: t.columns, rows: row?.n ?? 0 });
  }
  const header: BackupHeader = {
    format: backupFormat,
    version: backupVersion,
    createdAt: new Date().toISOString(),
    engine,
    migrations: await appliedMigrations(db),
    tables: counts,
  };
  yield `${JSON.stringify(header)}\n`;
  for (const [i, t] of tables.entries()) {
    const total = counts[i]!.rows;
    yield `${JSON.stringify(['table', t.name])}\n`;
    // Ordered by primary key so the same data gives the same file; ctid when a table has none.
    const order = t.primaryKey.length ? t.primaryKey.map(ident).join(', ') : 'ctid';
    let done = 0;
    progress(t.name, 0, total);
    for (let offset = 0; offset < total; offset += pageSize) {
      const page = await rowsOf<{ row: string }>(
        db,
        sql.raw(
          `select to_jsonb(t)::text as row from ${ident(t.name)} t order by ${order} limit ${pageSize} offset ${offset}`,
        ),
      );
      let chunk = '';
      for (const r of page) chunk += `${r.row}\n`;
      yield chunk;
      done += page.length;
      progress(t.name, done, total);
    }
  }
  yield `${JSON.stringify(['end', tables.length])}\n`;
}

/**
 * Writes a consistent snapshot (one repeatable-read transaction, so a running PostgreSQL server may keep
 * serving) to FILE, through a temporary file renamed at the end: a failed backup leaves no file behind.
 */
export async function backupDatabase(
  db: Db,
  engine: Engine,
  file: string,
  progress: BackupProgress = () => {},
): Promise<BackupHeader> {
  const tmp = `${file}.partial`;
  let header: BackupHeader | undefined;
  try {
    await db.transaction(
      async (tx) => {
        const lines = backupLines(tx as unknown as Db, engine, progress);
        const first = await lines.next();
        header = JSON.parse(first.value as string);
        async function* all() {
          yield first.value as string;
          yield* lines;
        }
        const out = fs.createWriteStream(tmp, { mode: 0o600 });
        if (file.endsWith('.gz')) await pipeline(Readable.from(all()), zlib.createGzip(), out);
        else await pipeline(Readable.from(all()), out);
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return header!;
}

/** Opens a backup file (gzip or not, told by its first bytes) as a stream of lines. */
function openLines(file: string): AsyncIterator<string> {
  const fd = fs.openSync(file, 'r');
  const magic = Buffer.alloc(2);
  fs.readSync(fd, magic, 0, 2, 0);
  fs.closeSync(fd);
  const raw = fs.createReadStream(file);
  const input = magic[0] === 0x1f && magic[1] === 0x8b ? raw.pipe(zlib.createGunzip()) : raw;
  return readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
}

const refuse = (message: string) => new AppError('conflict', message);

/** Reads and checks a backup's header against the code's migrations; refuses a backup from a newer schema. */
export async function readBackupHeader(file: string, known: Array<{ createdAt: string }>) {
  const lines = openLines(file);
  const first = await lines.next();
  await lines.return?.();
  let header: BackupHeader;
  try {
    // Bounded like a request body: a hostile or corrupt file must not exhaust the stack.
    header = parseJsonBounded(first.value ?? '') as BackupHeader;
  } catch {
    throw refuse(`${file} is not a Fusion Cluster Hub backup (its first line is not JSON)`);
  }
  if (header?.format !== backupFormat) throw refuse(`${file} is not a Fusion Cluster Hub backup`);
  if (header.version > backupVersion)
    throw refuse(`${file} is backup format ${header.version}; this version reads up to ${backupVersion}`);
  const knownSet = new Set(known.map((m) => m.createdAt));
  const unknown = header.migrations.filter((m) => !knownSet.has(m.createdAt));
  if (unknown.length)
    throw refuse(
      `${file} comes from a newer schema (${header.migrations.length} migrations; this version knows ` +
        `${known.length}): restore it with the version that made it, or a later one`,
    );
  return header;
}

export type RestoreOptions = { force?: boolean; progress?: BackupProgress };
export type RestoreResult = { header: BackupHeader; tables: Array<{ name: string; rows: number }> };

/** Which of the tables NAMES hold at least one row, in the order given; one query for all of them. */
export async function tablesHoldingRows(db: Db, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const probes = names.map(
    (name) => sql`select ${name}::text as name where exists (select 1 from ${sql.identifier(name)})`,
  );
  const found = new Set(
    (await rowsOf<{ name: string }>(db, sql.join(probes, sql` union all `))).map((r) => r.name),
  );
  return names.filter((name) => found.has(name));
}

/**
 * Restores FILE into a migrated database, all or nothing: one transaction empties every table and loads
 * the backup's rows parent-first, checks each table's count against the header, and moves every serial
 * sequence past the highest id. A target holding data is refused unless `force`. User triggers are off
 * while loading, so stamps such as the directory revision come back as they were; the version rows get a
 * new epoch afterwards, so a server process that saw the old database rebuilds its in-memory indexes.
 */
export async function restoreDatabase(db: Db, file: string, options: RestoreOptions = {}) {
  const progress = options.progress ?? (() => {});
  const header = await readBackupHeader(file, await appliedMigrations(db));
  const tables = await listTables(db);
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const t of header.tables) {
    const target = byName.get(t.name);
    if (!target) throw refuse(`the backup has a table this schema does not: ${t.name}`);
    const missing = t.columns.filter((c) => !target.columns.includes(c));
    if (missing.length)
      throw refuse(`the backup has columns this schema does not: ${t.name}.${missing.join(', ')}`);
  }
  if (!options.force) {
    const inUse = await tablesHoldingRows(
      db,
      tables.map((t) => t.name).filter((name) => !bookkeeping.has(name)),
    );
    if (inUse.length)
      throw refuse(
        `the target database holds data (${inUse.join(', ')}); restore into an empty one, or pass --force to replace it`,
      );
  }
  const loaded: Array<{ name: string; rows: number }> = [];
  await db.transaction(async (tx) => {
    const all = tables.map((t) => ident(t.name));
    for (const t of all) await tx.execute(sql.raw(`alter table ${t} disable trigger user`));
    // A table newer than the backup keeps only the rows its migration seeded (the bookkeeping ones).
    const inBackup = new Set(header.tables.map((t) => t.name));
    const emptied = tables.filter((t) => inBackup.has(t.name) || !bookkeeping.has(t.name));
    await tx.execute(sql.raw(`truncate ${emptied.map((t) => ident(t.name)).join(', ')}`));
    const lines = openLines(file);
    await lines.next(); // the header, read above
    const expected = new Map(header.tables.map((t) => [t.name, t]));
    let current: { table: BackupTable; info: TableInfo; batch: string[]; done: number } | undefined;
    let ended = false;
    const flush = async () => {
      if (!current?.batch.length) return;
      const { info, table } = current;
      const cols = table.columns.map(ident).join(', ');
      const overriding = info.identityAlways ? 'overriding system value' : '';
      await tx.execute(
        sql`${sql.raw(`insert into ${ident(info.name)} (${cols}) ${overriding} select ${cols} from jsonb_populate_recordset(null::${ident(info.name)}, `)}${`[${current.batch.join(',')}]`}::jsonb)`,
      );
      current.done += current.batch.length;
      current.batch = [];
      progress(info.name, current.done, table.rows);
    };
    const finish = async () => {
      if (!current) return;
      await flush();
      if (current.done !== current.table.rows)
        throw refuse(
          `${file}: ${current.table.name} has ${current.done} rows, the header says ${current.table.rows}`,
        );
      loaded.push({ name: current.table.name, rows: current.done });
      current = undefined;
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (!line) continue;
      if (ended) throw refuse(`${file}: data after the end marker`);
      // Rows go to PostgreSQL as text; markers are read here. Either, nested deeper than any table's
      // JSON columns do, is a damaged file, refused by name rather than by a stack overflow.
      if (jsonDepthExceeds(line))
        throw refuse(`${file}: a line nested more than ${maxJsonDepth} levels deep (not a backup's row)`);
      if (line.startsWith('[')) {
        let marker: unknown;
        try {
          marker = parseJsonBounded(line);
        } catch {
          throw refuse(`${file}: a section marker that is not JSON`);
        }
        const [kind, name] = marker as [string, string | number];
        await finish();
        if (kind === 'end') {
          ended = true;
          continue;
        }
        const table = kind === 'table' ? expected.get(String(name)) : undefined;
        if (!table) throw refuse(`${file}: a section for a table the header does not list: ${name}`);
        current = { table, info: byName.get(table.name)!, batch: [], done: 0 };
        progress(table.name, 0, table.rows);
        continue;
      }
      if (!current) throw refuse(`${file}: a row before any table section`);
      current.batch.push(line);
      if (current.batch.length >= insertBatch) await flush();
    }
    if (!ended) throw refuse(`${file} is cut short: no end marker (the copy or the backup was interrupted)`);
    if (loaded.length !== header.tables.length)
      throw refuse(`${file}: ${header.tables.length} tables in the header, ${loaded.length} in the file`);
    await resetSequences(tx as unknown as Db);
    if (byName.has('data_versions'))
      await tx.execute(sql`update data_versions set epoch = gen_random_uuid()`);
    if (byName.has('matching_version'))
      await tx.execute(sql`update matching_version set epoch = gen_random_uuid()`);
    for (const t of all) await tx.execute(sql.raw(`alter table ${t} enable trigger user`));
  });
  return { header, tables: loaded } satisfies RestoreResult;
}

/** Every sequence owned by a public column continues after the largest value restored. */
async function resetSequences(db: Db) {
  const owned = await rowsOf<{ seq: string; table: string; column: string }>(
    db,
    sql`select format('%I.%I', sn.nspname, s.relname) as seq, t.relname as "table", a.attname as "column"
        from pg_depend d
        join pg_class s on s.oid = d.objid and s.relkind = 'S'
        join pg_namespace sn on sn.oid = s.relnamespace
        join pg_class t on t.oid = d.refobjid
        join pg_namespace tn on tn.oid = t.relnamespace
        join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
        where d.deptype in ('a', 'i') and tn.nspname = 'public'`,
  );
  for (const o of owned) {
    await db.execute(
      sql.raw(
        `select setval('${o.seq.replaceAll("'", "''")}', coalesce((select max(${ident(o.column)}) from ${ident(o.table)}), 0) + 1, false)`,
      ),
    );
  }
}

/** Rows per table, for the tests and the CLI's closing line. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await listTables(db)) {
    const [row] = await rowsOf<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${ident(t.name)}`));
    out[t.name] = row?.n ?? 0;
  }
  return out;
}
