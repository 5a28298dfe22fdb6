/** A migrated empty database with the whole app on it and an admin signed in: what the import benches drive. */
import { createApp } from '../src/server/app.ts';
import { users } from '../src/server/db/schema/index.ts';
import { loadConfig } from '../src/server/env.ts';
import { hashPassword } from '../src/server/lib/passwords.ts';
import { type ReferenceData, syncReferenceData } from '../src/server/lib/reference-data.ts';
import { createDeps } from '../src/server/platform.ts';
import { freshDatabase } from './lib.ts';

export async function appWithAdmin(engine: string, name: string, reference: ReferenceData) {
  const database = await freshDatabase(engine, name);
  await database.migrate();
  await syncReferenceData(database.db, reference);
  const app = createApp(createDeps(database, loadConfig({ DEMO_DATA: 'false' }), reference));
  const password = 'bench-password-1234';
  await database.db.insert(users).values({
    email: 'admin@bench.example',
    name: 'admin',
    role: 'admin',
    passwordHash: await hashPassword(password),
  });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@bench.example', password }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { database, app, cookie, csrfToken };
}
