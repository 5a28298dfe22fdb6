import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { appSecrets } from '../db/schema/index.ts';

const cache = new WeakMap<Db, Map<string, Promise<string>>>();

/**
 * A random secret the platform creates on first use and keeps in its own database, so links signed with
 * it stay valid across restarts and processes without anyone configuring a key. Read once per process.
 */
export function appSecret(db: Db, name: string): Promise<string> {
  const byName = cache.get(db) ?? new Map<string, Promise<string>>();
  cache.set(db, byName);
  let secret = byName.get(name);
  if (!secret) {
    secret = createOrRead(db, name);
    byName.set(name, secret);
  }
  return secret;
}

async function createOrRead(db: Db, name: string): Promise<string> {
  await db
    .insert(appSecrets)
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, name));
  if (!row) throw new Error(`secret ${name} could not be stored`);
  return row.value;
}
