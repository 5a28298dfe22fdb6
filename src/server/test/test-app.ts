import { afterAll } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { openDatabase } from '../db/client.ts';
import { organizations, users } from '../db/schema/index.ts';
import { loadConfig } from '../env.ts';
import { createSession, sessionCookie } from '../lib/auth.ts';
import type { Role } from '../lib/http.ts';
import { hashPassword } from '../lib/passwords.ts';
import { loadReferenceData } from '../lib/reference-data.ts';
import { type OrganizationInput, organizationInputSchema, toValues } from '../modules/organizations/index.ts';
import { createDeps } from '../platform.ts';
import { createTestDatabase, emptyTables, testDatabaseUrl } from './test-database.ts';

export const testPassword = 'correct-horse-battery';
const reference = loadReferenceData();
let passwordHash: Promise<string> | undefined;

export type Session = { cookie: string; csrf: string };
type RequestOptions = {
  body?: unknown;
  as?: Session;
  headers?: Record<string, string>;
  raw?: string;
  /** The socket's remote address, as @hono/node-server would pass it; unset, the request has no socket. */
  peer?: string;
};

/** The real app on a real engine, driven through HTTP as a client would. One per test file. */
export async function createTestApp(configOverrides: Record<string, string> = {}) {
  const database: Database = await createTestDatabase();
  const peers: Database[] = [];
  afterAll(async () => {
    for (const other of peers) await other.close();
    await database.close();
  });
  const config = loadConfig({ DEMO_DATA: 'false', ...configOverrides });
  const deps = createDeps(database, config, reference);
  const app = createApp(deps);
  const request = requester(app);

  /**
   * What a second server process on the same database answers: on PostgreSQL its own client, pool and app
   * (sessions live in the database, so the same cookies work); PGlite is one process, so the same app.
   */
  async function peer() {
    if (database.engine !== 'postgres') return request;
    const other = await openDatabase({ databaseUrl: testDatabaseUrl(database.db) });
    peers.push(other);
    return requester(createApp(createDeps(other, config, reference)));
  }

  async function login(email: string, password = testPassword): Promise<Session> {
    const res = await request('POST', '/api/auth/login', { body: { email, password } });
    if (res.status !== 200)
      throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.json)}`);
    const cookie = res.res.headers.get('set-cookie')!.split(';')[0]!;
    return { cookie, csrf: res.json.csrfToken };
  }

  /** Inserts an organisation directly (factory): the bundle form with sensible defaults. */
  async function addOrganization(partial: Partial<OrganizationInput> & { key: string }) {
    const input = organizationInputSchema.parse({ name: { en: partial.key }, kind: 'company', ...partial });
    const [row] = await database.db.insert(organizations).values(toValues(input, reference)).returning();
    return row!;
  }

  /**
   * Creates an account of the given role with a session made directly, as sign-in would make it. Checking a
   * password hash is deliberately slow and a suite signs in about a thousand times, so only the tests of
   * sign-in itself (and of what happens at sign-in: its audit row, its notices) go through `login`.
   */
  async function signIn(role: Role, organizationId: string | null = null): Promise<Session & { id: string }> {
    passwordHash ??= hashPassword(testPassword);
    const email = `${role}-${Math.random().toString(36).slice(2, 10)}@test.example`;
    const [user] = await database.db
      .insert(users)
      .values({ email, name: role, role, organizationId, passwordHash: await passwordHash })
      .returning();
    return { ...(await sessionFor(user!.id)), id: user!.id };
  }

  async function sessionFor(userId: string): Promise<Session> {
    const s = await createSession(database.db, config, userId);
    return { cookie: `${sessionCookie}=${s.token}`, csrf: s.csrfToken };
  }

  /**
   * A crowd of accounts of one role, each with a session made directly: signing in checks a password hash
   * (deliberately slow), which 100 times over would be most of a concurrency test's time.
   */
  async function crowd(role: Role, n: number): Promise<(Session & { id: string })[]> {
    const rows = await database.db
      .insert(users)
      .values(
        Array.from({ length: n }, (_, i) => ({
          email: `${role}-crowd-${i}-${Math.random().toString(36).slice(2, 8)}@test.example`,
          name: `${role} ${i}`,
          role,
          passwordHash: 'unused',
        })),
      )
      .returning({ id: users.id });
    return Promise.all(rows.map(async (u) => ({ ...(await sessionFor(u.id)), id: u.id })));
  }

  return {
    app,
    deps,
    /** The open database itself, for what the app does not reach: locks, a second client (see test-database.ts). */
    database,
    db: database.db,
    engine: database.engine,
    request,
    peer,
    login,
    signIn,
    crowd,
    addOrganization,
    reset: () => emptyTables(database),
  };
}

function requester(app: ReturnType<typeof createApp>) {
  return async function request(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined || options.raw !== undefined)
      headers['content-type'] ??= 'application/json';
    if (options.as) {
      headers.cookie = options.as.cookie;
      if (method !== 'GET') headers['x-csrf-token'] ??= options.as.csrf;
    }
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    // A socket address for the request, as a real connection would have (the login limiter reads it).
    const env = options.peer ? { incoming: { socket: { remoteAddress: options.peer } } } : undefined;
    const res = await app.request(path, { method, headers, body }, env);
    const type = res.headers.get('content-type') ?? '';
    const json = type.includes('application/json') ? await res.json() : undefined;
    return { status: res.status, json, res };
  };
}

/** Everyone who is not an admin, with the status a admin-only route must answer them. */
export const nonAdmins = [
  ['anonymous', null, 401],
  ['member', 'member', 403],
  ['reviewer', 'reviewer', 403],
  ['agency', 'agency', 403],
  ['person', 'person', 403],
] as const;

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
