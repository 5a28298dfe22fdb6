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
});
