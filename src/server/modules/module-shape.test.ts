import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The shape docs/architecture.md describes ("Module shape"): every module has these files in these roles.
const modulesDir = path.dirname(new URL(import.meta.url).pathname);
const modules = fs
  .readdirSync(modulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const roleFiles = (m: string) => [
  `${m}.routes.ts`,
  `${m}.service.ts`,
  `${m}.queries.ts`,
  `${m}.schemas.ts`,
  `${m}.test.ts`,
  'index.ts',
];
// Extra files are named for what they are, with a role suffix from this list.
const extraRoles =
  /\.(routes|service|queries|schemas|test|fuzz\.test|export|report|bundle|jobs|search-index|analysis|demo|relations|board)\.ts$/;

const read = (m: string, file: string) => fs.readFileSync(path.join(modulesDir, m, file), 'utf8');

// SQL lives in `*.queries.ts` only. Elsewhere a file calls those functions and opens transactions, but does not
// import drizzle, write sql`…`, build a statement on a database handle (`db`, `tx`, `ctx.db`, … then `.select(`
// or the like, on the same line or the next) or import a table from the schema (type imports are fine).
const sqlUses: [string, RegExp][] = [
  ['imports drizzle-orm', /from 'drizzle-orm/],
  ['writes sql``', /\bsql(<[^>]*>)?`|\bsql\.(join|raw|empty)\b/],
  [
    'builds a statement on the database',
    /\b(db|tx|trx|database)\s*\.\s*(select|selectDistinct|selectDistinctOn|insert|update|delete|execute|\$count|query)\b/,
  ],
];
const schemaImports = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*'[^']*\/db\/schema[^']*'/g;

/** What a file does with SQL that belongs in a queries file; empty when nothing. */
function sqlOutsideQueries(source: string): string[] {
  const found = sqlUses.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
  for (const [, typeOnly, names] of source.matchAll(schemaImports)) {
    const values = typeOnly
      ? []
      : names!
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type '));
    if (values.length) found.push(`imports a table: ${values.join(', ')}`);
  }
  return found;
}

describe.each(modules)('module %s', (m) => {
  const files = fs.readdirSync(path.join(modulesDir, m));

  it('has every role file', () => {
    expect(files).toEqual(expect.arrayContaining(roleFiles(m)));
  });

  it('names each other file for its role', () => {
    for (const file of files.filter((f) => f !== 'index.ts')) expect(file).toMatch(extraRoles);
  });

  it('declares its routes with their access, and keeps SQL and access checks out of them', () => {
    for (const file of files.filter((f) => f.endsWith('.routes.ts'))) {
      const source = read(m, file);
      expect(source, file).toContain('defineRoute(');
      expect(source, file).not.toMatch(/\bcreateRoute\(/);
      expect(source, file).not.toMatch(/from 'drizzle-orm'|\bsql`/);
      expect(source, file).not.toMatch(/\brequire(User|Role)\(|signedInForWrites/);
    }
  });

  it('keeps all SQL in its queries files', () => {
    const others = files.filter((f) => f.endsWith('.ts') && !/\.queries\.ts$|\.test\.ts$/.test(f));
    for (const file of others) expect(sqlOutsideQueries(read(m, file)), file).toEqual([]);
  });
});

describe('the SQL check', () => {
  it.each([
    ["import { eq } from 'drizzle-orm';", 'imports drizzle-orm'],
    ['const n = sql<number>`count(*)`;', 'writes sql``'],
    ['await tx.insert(t).values(v);', 'builds a statement on the database'],
    ['const rows = await ctx.db\n    .select()\n    .from(t);', 'builds a statement on the database'],
    ['db.$count(t)', 'builds a statement on the database'],
    ["import { type X, surveys } from '../../db/schema/index.ts';", 'imports a table: surveys'],
  ])('finds %j', (source, what) => {
    expect(sqlOutsideQueries(source)).toEqual([what]);
  });

  it.each([
    "import type { LocalizedText } from '../../db/schema/index.ts';",
    "import { type LocalizedText } from '../../db/schema/index.ts';",
    'owners.delete(id); hmac.update(text); await db.transaction(async (tx) => f(tx));',
    'await insertPost(tx, kind, values);',
  ])('lets %j pass', (source) => {
    expect(sqlOutsideQueries(source)).toEqual([]);
  });
});
