import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { loadReferenceData, syncReferenceData } from '../lib/reference-data.ts';
import { dropCheckoutDatabases, postgresTemplateName, withAdminConnection } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Creating and migrating a database takes seconds; do it once per run and let every test file copy the
 * result (a PGlite data-dir dump, or a PostgreSQL template database).
 */
export default async function setup(project: TestProject) {
  // Global setup runs in the main process, outside the project's env: the project name says the engine.
  const engine = project.name;
  if (engine === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('FCH_TEST_ENGINE=postgres needs TEST_DATABASE_URL');
    // What a killed run left, and the template of the run before.
    await dropCheckoutDatabases(url);
    await withAdminConnection(url, (sql) =>
      sql.unsafe(`create database ${postgresTemplateName} encoding 'UTF8' template template0`),
    );
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${postgresTemplateName}`;
    const database = await openDatabase({ databaseUrl: templateUrl.toString() });
    await database.migrate();
    await syncReferenceData(database.db, loadReferenceData());
    await database.close();
    // The run's end: whatever a test file did not drop goes now, and the template with it, so a server
    // shared by runs and clones does not fill up.
    return () => dropCheckoutDatabases(url);
  }
  const database = await openDatabase({ memory: true });
  await database.migrate();
  await syncReferenceData(database.db, loadReferenceData());
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fch-template-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
}
