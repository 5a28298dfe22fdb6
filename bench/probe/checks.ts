/**
 * The probe's checks, one function each: the defects of issue 12 replayed against a running server. Every
 * check counts its requests in its Tally and records what went wrong there; the client already records
 * every 5xx. Loops are bounded by the options, each check by a timeout in run.ts.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { siteSurvey } from '../../src/core/surveys/fixture.ts';
import { type Answer, rawRequest, type Session, type Tally, type Target } from './client.ts';

export type Options = { concurrency: number; rounds: number; fuzzPerOperation: number; seed: number };

const password = 'probe-password-2026';
const demoAdmin = { email: 'admin@demo.fusion-cluster.jp', password: 'demo-admin-2026' };

type Account = { email: string; password: string };
type Org = { id: string; key: string; names: string[] };

/** What the checks share: organisations, accounts, and the posts the anonymity check reads. */
export type World = {
  run: string;
  admin: Account;
  accounts: Record<'memberA' | 'memberB' | 'memberC' | 'reviewer' | 'agency' | 'person', Account>;
  orgA: Org; // owner of the anonymous need: its profile must never show through
  orgB: Org; // a supplier with a seed that matches it
  orgC: Org; // a third organisation
  anonNeedId: string;
  seedBId: string;
};

const must = (res: Answer, status: number, what: string) => {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text.slice(0, 400)}`);
  return res.json;
};

/** Organisations, accounts of every role, and the posts: through the API, as the coordinator. */
export async function setUp(t: Tally, target: Target): Promise<World> {
  const run = `${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}`;
  const admin = await target.signIn(t, 'admin', demoAdmin.email, demoAdmin.password);
  const org = async (key: string, body: object, names: string[]): Promise<Org> => {
    const res = await target.call(t, 'POST', '/api/organizations', {
      as: admin,
      body: { key, name: { en: names[0], ja: names[1] }, ...body },
    });
    return { id: must(res, 201, `create ${key}`).id, key, names };
  };
  const orgA = await org(
    `probe-owner-${run}`,
    {
      kind: 'startup',
      roles: ['developer'],
      technologies: ['DEV.stellarator', 'DIC'],
      location: { country: 'JP', prefecture: '青森県', city: '六ヶ所村', lat: 40.96, lng: 141.37 },
    },
    ['Probe Hidden Owner KK', 'プローブ秘匿所有者株式会社'],
  );
  const orgB = await org(
    `probe-supplier-${run}`,
    {
      kind: 'company',
      roles: ['materials-supplier'],
      technologies: ['MAG.hts'],
      location: { country: 'JP', prefecture: '東京都', lat: 35.68, lng: 139.76 },
    },
    ['Probe Supplier Ltd', 'プローブ供給株式会社'],
  );
  const orgC = await org(`probe-third-${run}`, { kind: 'company', roles: ['services'] }, [
    'Probe Third Co',
    'プローブ第三株式会社',
  ]);
  const account = async (name: string, role: string, organizationId: string | null): Promise<Account> => {
    const email = `${name.toLowerCase()}-${run}@probe.example`;
    const res = await target.call(t, 'POST', '/api/users', {
      as: admin,
      body: { email, name, role, organizationId, password },
    });
    must(res, 201, `create ${role} ${email}`);
    return { email, password };
  };
  const accounts = {
    memberA: await account('MemberA', 'member', orgA.id),
    memberB: await account('MemberB', 'member', orgB.id),
    memberC: await account('MemberC', 'member', orgC.id),
    // Tied to the anonymous owner's organisation: they must not act for it.
    reviewer: await account('Reviewer', 'reviewer', orgA.id),
    agency: await account('Agency', 'agency', orgA.id),
    person: await account('Person', 'person', orgA.id),
  };
  const a = await signIn(t, target, accounts.memberA, 'memberA');
  const b = await signIn(t, target, accounts.memberB, 'memberB');
  const anonNeed = must(
    await target.call(t, 'POST', '/api/needs', {
      as: a,
      body: {
        category: 'supplier',
        title: { ja: '超伝導線材の調達（プローブ）' },
        body: { ja: 'ヘリカル型炉の試験コイルに使う超伝導線材を探しています。' },
        technologies: ['MAG.hts'],
        seeksRoles: ['materials-supplier'],
        visibility: 'anonymous',
      },
    }),
    201,
    'anonymous need',
  );
  const seedB = must(
    await target.call(t, 'POST', '/api/seeds', {
      as: b,
      body: {
        category: 'product',
        title: { en: 'REBCO HTS tape in long lengths (probe)' },
        body: { en: 'High-temperature superconducting tape for fusion magnets.' },
        technologies: ['MAG.hts'],
        location: { lat: 35.68, lng: 139.76 },
      },
    }),
    201,
    'seed',
  );
  // B seeks what A offers (DIC), so reciprocity applies and could carry A's codes.
  must(
    await target.call(t, 'POST', '/api/needs', {
      as: b,
      body: {
        category: 'technology',
        title: { en: 'Plasma diagnostics for tape tests' },
        technologies: ['DIC'],
      },
    }),
    201,
    'reciprocal need',
  );
  return {
    run,
    admin: demoAdmin,
    accounts,
    orgA,
    orgB,
    orgC,
    anonNeedId: anonNeed.id,
    seedBId: seedB.id,
  };
}

const signIn = (t: Tally, target: Target, a: Account, label: string) =>
  target.signIn(t, label, a.email, a.password);

type Operation = {
  method: string;
  path: string;
  access: 'public' | 'signed-in' | { roles: string[] };
  json: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON schema from the OpenAPI document
  schema?: any;
};

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is read loosely
type OpenApi = any;

async function operations(t: Tally, target: Target): Promise<{ ops: Operation[]; doc: OpenApi }> {
  const res = await target.call(t, 'GET', '/api/openapi.json');
  const doc = must(res, 200, 'openapi.json');
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, OpenApi>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase(),
        path,
        access: op['x-access'],
        json: 'application/json' in content,
        schema: content['application/json']?.schema,
      });
    }
  }
  return { ops, doc };
}

/** Path parameters filled: a fresh UUID (or token) each, or a real id where `real` names one. */
function fill(path: string, real: Record<string, string> = {}) {
  if (real[path]) return real[path]!;
  return path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    name === 'token' ? `probe.${randomUUID()}` : randomUUID(),
  );
}

/**
 * Every operation of the OpenAPI document, signed out and as each role: never a 5xx; a gated operation
 * is 401 signed out, and 403 for a role its `x-access` does not name. Reads of real records too.
 */
export async function roleMatrix(t: Tally, target: Target, w: World) {
  const { ops } = await operations(t, target);
  const identities: Array<{ role: string; session?: Session }> = [{ role: 'signed-out' }];
  identities.push({ role: 'admin', session: await signIn(t, target, w.admin, 'admin') });
  identities.push({ role: 'member', session: await signIn(t, target, w.accounts.memberC, 'member') });
  for (const role of ['reviewer', 'agency', 'person'] as const)
    identities.push({ role, session: await signIn(t, target, w.accounts[role], role) });
  // Reads of real records as well as unknown ones (writes only ever get unknown ids here).
  const real: Record<string, string> = {
    '/api/organizations/{id}': `/api/organizations/${w.orgA.id}`,
    '/api/needs/{id}': `/api/needs/${w.anonNeedId}`,
    '/api/needs/{id}/matches': `/api/needs/${w.anonNeedId}/matches`,
    '/api/seeds/{id}': `/api/seeds/${w.seedBId}`,
    '/api/seeds/{id}/matches': `/api/seeds/${w.seedBId}/matches`,
  };
  // Signing out last, so the other operations run with a live session.
  const ordered = [
    ...ops.filter((o) => o.path !== '/api/auth/logout'),
    ...ops.filter((o) => o.path === '/api/auth/logout'),
  ];
  let checked = 0;
  for (const op of ordered) {
    for (const id of identities) {
      for (const useReal of op.method === 'GET' && real[op.path] ? [false, true] : [false]) {
        const path = fill(op.path, useReal ? real : {});
        const res = await target.call(
          t,
          op.method,
          path,
          { as: id.session, ...(op.json ? { body: {} } : {}) },
          checked++,
        );
        const where = `${op.method} ${op.path} as ${id.role}`;
        if (op.access === 'public') {
          t.expect(res.status !== 401 || op.path === '/api/auth/login', `${where}: public but 401`);
          continue;
        }
        if (!id.session) {
          t.expect(res.status === 401, `${where}: gated, expected 401, got ${res.status}`);
          continue;
        }
        if (op.access === 'signed-in') {
          t.expect(res.status !== 401, `${where}: signed in, got 401`);
          continue;
        }
        if (op.access.roles.includes(id.role)) t.expect(res.status !== 401, `${where}: got 401`);
        else t.expect(res.status === 403, `${where}: role not in x-access, expected 403, got ${res.status}`);
      }
    }
  }
}

// Values that have broken parsers and validators before: huge and tiny numbers, odd strings, wrong shapes.
const nasty: unknown[] = [
  1e308,
  -1e308,
  5e-324,
  -1,
  0,
  2 ** 53 + 2,
  '',
  ' ',
  'x'.repeat(5000),
  '\u0000',
  '\ud800',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '1970-01-01',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  null,
  true,
  [],
  [null],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
];

// biome-ignore lint/suspicious/noExplicitAny: JSON schemas
function resolve(doc: OpenApi, schema: any, depth = 0): any {
  if (!schema || depth > 8) return undefined;
  if (schema.$ref) return resolve(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()], depth + 1);
  return schema;
}

/** A body shaped like the operation's schema, with some fields swapped for nasty or random values. */
// biome-ignore lint/suspicious/noExplicitAny: JSON schemas
function shaped(doc: OpenApi, schema: any, rnd: () => number, depth = 0): unknown {
  const s = resolve(doc, schema, depth);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  if (!s || depth > 5) return pick(nasty);
  if (rnd() < 0.15) return pick(nasty);
  const variants = s.anyOf ?? s.oneOf ?? s.allOf;
  if (variants?.length) return shaped(doc, pick(variants), rnd, depth + 1);
  if (s.enum?.length) return pick(s.enum);
  const type = Array.isArray(s.type) ? pick(s.type) : s.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {}))
        if (rnd() < 0.8) out[k] = shaped(doc, v, rnd, depth + 1);
      if (rnd() < 0.1) out[`extra${Math.floor(rnd() * 100)}`] = pick(nasty);
      return out;
    }
    case 'array':
      return Array.from({ length: Math.floor(rnd() * 4) }, () => shaped(doc, s.items, rnd, depth + 1));
    case 'integer':
      return pick([0, 1, -1, 7, 100, 2 ** 31, -(2 ** 31)]);
    case 'number':
      return pick([0, 0.5, -0.5, 1, 1e9, 1e308, -1e308, 5e-324]);
    case 'boolean':
      return rnd() < 0.5;
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'email') return `probe-${Math.floor(rnd() * 1e6)}@probe.example`;
      if (s.format === 'date-time')
        return pick(['2026-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '0000-01-01']);
      return pick(['a', 'probe', 'プローブ', 'MAG.hts', 'x'.repeat(300), '=1+2', '']);
    default:
      return pick(nasty);
  }
}

/** A mulberry32 generator: the same seed gives the same bodies on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Operations whose random bodies could lock the probe out or end its session rather than test input. */
const noRandomBodies = new Set([
  'POST /api/auth/login',
  'PUT /api/account/password',
  'POST /api/account/password-reset',
]);

/**
 * Every operation with a JSON body, as a role its gate lets through (the coordinator, unless the operation is
 * for members or reviewers only): a body without Content-Type or with a wrong one is 415, one nested deeper
 * than the limit is 400, and random JSON values and schema-shaped bodies with mutated fields are never a 5xx.
 */
export async function fuzz(t: Tally, target: Target, w: World, o: Options) {
  const { ops, doc } = await operations(t, target);
  const admin = await signIn(t, target, w.admin, 'admin');
  const others = new Map<string, Session>([
    ['member', await signIn(t, target, w.accounts.memberC, 'member')],
  ]);
  for (const role of ['reviewer', 'agency', 'person'] as const)
    others.set(role, await signIn(t, target, w.accounts[role], role));
  const sessionFor = (access: Operation['access']) =>
    access === 'public'
      ? undefined
      : access === 'signed-in' || access.roles.includes('admin')
        ? admin
        : others.get(access.roles[0]!);
  const rnd = random(o.seed);
  const values = fc.sample(fc.jsonValue({ maxDepth: 4 }), { numRuns: o.fuzzPerOperation * 64, seed: o.seed });
  let next = 0;
  let sent = 0;
  const deep = `${'['.repeat(200)}1${']'.repeat(200)}`;
  const deepObject = `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`;
  for (const op of ops.filter((x) => x.json)) {
    const name = `${op.method} ${op.path}`;
    const path = () => fill(op.path);
    // Public operations signed out, where the guard must also hold; gated ones as a role let through.
    const as = sessionFor(op.access);
    for (const [contentType, raw] of [
      [null, '{}'],
      ['text/plain', '{}'],
      ['application/x-www-form-urlencoded', 'a=1'],
      ['multipart/form-data; boundary=x', '--x--'],
    ] as const) {
      const res = await target.call(t, op.method, path(), { as, raw, contentType }, sent++);
      t.expect(
        res.status === 415,
        `${name} with Content-Type ${contentType ?? '(none)'}: expected 415, got ${res.status}`,
      );
    }
    for (const raw of [deep, deepObject]) {
      const res = await target.call(
        t,
        op.method,
        path(),
        { as, raw, contentType: 'application/json' },
        sent++,
      );
      t.expect(res.status === 400, `${name} nested 100+ deep: expected 400, got ${res.status}`);
    }
    const broken = await target.call(
      t,
      op.method,
      path(),
      { as, raw: '{"a":', contentType: 'application/json' },
      sent++,
    );
    t.expect(broken.status === 400, `${name} with malformed JSON: expected 400, got ${broken.status}`);
    if (noRandomBodies.has(name)) continue;
    for (let i = 0; i < o.fuzzPerOperation; i++) {
      const body = i % 2 === 0 ? values[next++ % values.length] : shaped(doc, op.schema, rnd);
      await target.call(t, op.method, path(), { as, body: body ?? null }, sent++);
    }
  }
}

const has = (text: string, needles: string[]) => needles.find((n) => n && text.includes(n));

/**
 * An anonymous need by organisation A: what other members see of it — matches both ways, lists, detail,
 * export, introductions and notifications — carries nothing of A (id, key, names) and no match signal
 * derived from A's profile (codes, roles, km). Accounts tied to A that are not members do not act for it;
 * A's member cannot set memberships, kind, illustrative or a post key.
 */
export async function anonymity(t: Tally, target: Target, w: World) {
  const a = await signIn(t, target, w.accounts.memberA, 'memberA');
  const b = await signIn(t, target, w.accounts.memberB, 'memberB');
  const c = await signIn(t, target, w.accounts.memberC, 'memberC');
  const secrets = [w.orgA.id, w.orgA.key, ...w.orgA.names];
  const profileTraces = /DEV\.stellarator|"DIC"|"developer"|六ヶ所|青森/;
  const leak = (where: string, res: Answer) => {
    const found = has(res.text, secrets);
    t.expect(!found, `${where}: shows the anonymous owner (${found})`);
  };
  // B asks for an introduction to the anonymous need; A declines it (before any acceptance: nothing revealed).
  const asked = await target.call(t, 'POST', '/api/introductions', {
    as: b,
    body: {
      fromKind: 'seed',
      fromId: w.seedBId,
      toType: 'need',
      toId: w.anonNeedId,
      message: 'Probe: talk?',
    },
  });
  t.expect(asked.status === 201, `introduction to the anonymous need: expected 201, got ${asked.status}`);
  for (const role of ['reviewer', 'agency', 'person'] as const) {
    const s = await signIn(t, target, w.accounts[role], role);
    const res = await target.call(t, 'POST', `/api/introductions/${asked.json?.id}/transition`, {
      as: s,
      body: { to: 'accepted' },
    });
    t.expect(
      res.status === 403,
      `${role} tied to the owner accepts its introduction: expected 403, got ${res.status}`,
    );
  }
  const declined = await target.call(t, 'POST', `/api/introductions/${asked.json?.id}/transition`, {
    as: a,
    body: { to: 'declined', reason: 'Probe: not now' },
  });
  t.expect(declined.status === 200, `owner declines: expected 200, got ${declined.status}`);

  for (const [label, s] of [
    ['memberB', b],
    ['memberC', c],
  ] as const) {
    const seedMatches = await target.call(t, 'GET', `/api/seeds/${w.seedBId}/matches?limit=100`, { as: s });
    leak(`${label} GET seed matches`, seedMatches);
    const item = seedMatches.json?.items?.find((i: { id: string }) => i.id === w.anonNeedId);
    if (t.expect(!!item, `${label}: the anonymous need is not among the seed's matches`)) {
      t.expect(
        item.key === null && item.organization === null,
        `${label}: matched anonymous need names its owner`,
      );
      t.expect(
        item.signals?.reciprocity?.codes === undefined,
        `${label}: signals.reciprocity.codes of the anonymous need`,
      );
      t.expect(item.signals?.role?.roles === undefined, `${label}: signals.role.roles of the anonymous need`);
      t.expect(
        item.signals?.distance?.km == null,
        `${label}: signals.distance.km ${item.signals?.distance?.km} to the anonymous need`,
      );
      t.expect(
        !profileTraces.test(JSON.stringify(item.signals)),
        `${label}: signals carry the owner's profile: ${JSON.stringify(item.signals)}`,
      );
    }
    const needMatches = await target.call(t, 'GET', `/api/needs/${w.anonNeedId}/matches?limit=100`, {
      as: s,
    });
    t.expect(needMatches.status === 200, `${label} GET anonymous need's matches: ${needMatches.status}`);
    leak(`${label} GET anonymous need's matches`, needMatches);
    for (const m of needMatches.json?.items ?? []) {
      t.expect(
        m.signals?.reciprocity?.codes === undefined,
        `${label}: need's match ${m.id} shows reciprocity codes`,
      );
      t.expect(
        m.signals?.role?.roles === undefined,
        `${label}: need's match ${m.id} shows the owner's roles`,
      );
    }
    for (const path of [
      '/api/needs?limit=500',
      `/api/needs?limit=500&q=${encodeURIComponent('超伝導')}`,
      '/api/needs?technology=MAG.hts&limit=500',
      `/api/needs/${w.anonNeedId}`,
      '/api/notifications',
      '/api/introductions',
      `/api/introductions/${asked.json?.id}`,
    ]) {
      const res = await target.call(t, 'GET', path, { as: s });
      t.expect(
        res.status === 200 || (label === 'memberC' && path.startsWith('/api/introductions/')),
        `${label} GET ${path}: ${res.status}`,
      );
      leak(`${label} GET ${path}`, res);
    }
    const exported = await target.call(t, 'GET', '/api/export', { as: s });
    const posts = [...(exported.json?.needs ?? []), ...(exported.json?.seeds ?? [])];
    t.expect(
      !posts.some((p: { organization?: string; key?: string }) => p.organization === w.orgA.key),
      `${label} GET /api/export: lists a post of the anonymous owner`,
    );
    t.expect(
      !has(JSON.stringify(posts), ['超伝導線材の調達（プローブ）']),
      `${label} GET /api/export: carries the anonymous need`,
    );
  }
  // Visitors neither list nor match it.
  const visitorList = await target.call(t, 'GET', '/api/needs?limit=500');
  t.expect(!visitorList.text.includes(w.anonNeedId), 'visitor: the anonymous need is listed');
  const visitorMatches = await target.call(t, 'GET', `/api/seeds/${w.seedBId}/matches?limit=100`);
  t.expect(!visitorMatches.text.includes(w.anonNeedId), 'visitor: the anonymous need is matched');
  // The coordinator's fields.
  for (const [field, value] of [
    ['memberships', ['j-fusion']],
    ['kind', 'university'],
    ['illustrative', true],
    ['key', `probe-renamed-${w.run}`],
  ] as const) {
    const res = await target.call(t, 'PATCH', `/api/organizations/${w.orgA.id}`, {
      as: a,
      body: { [field]: value },
    });
    t.expect(res.status === 403, `member sets ${field} of its organisation: expected 403, got ${res.status}`);
  }
  const keyed = await target.call(t, 'POST', '/api/needs', {
    as: a,
    body: {
      key: `probe-chosen-${w.run}`,
      category: 'supplier',
      title: { en: 'Keyed' },
      technologies: ['MAG.hts'],
    },
  });
  t.expect(keyed.status === 403, `member chooses a post key: expected 403, got ${keyed.status}`);
}

const sorted = (xs: Answer[]) => xs.map((x) => x.status).sort((p, q) => p - q);
const count = (xs: Answer[], status: number) => xs.filter((x) => x.status === status).length;

/**
 * Simultaneous requests, alternating between the server processes (two on PostgreSQL): one open
 * introduction per pair, one winner per transition, both fields of two concurrent PATCHes kept, a stale
 * If-Match refused, and survey submissions through one link never lost.
 */
export async function races(t: Tally, target: Target, w: World, o: Options) {
  const n = o.concurrency;
  const a = await signIn(t, target, w.accounts.memberA, 'memberA');
  const b = await signIn(t, target, w.accounts.memberB, 'memberB');
  const admin = await signIn(t, target, w.admin, 'admin');
  const all = (fn: (i: number) => Promise<Answer>) => Promise.all(Array.from({ length: n }, (_, i) => fn(i)));
  for (let r = 0; r < o.rounds; r++) {
    const need = await target.call(t, 'POST', '/api/needs', {
      as: a,
      body: { category: 'supplier', title: { en: `Probe race need ${r}` }, technologies: ['HCD.gyrotron'] },
    });
    const seed = await target.call(t, 'POST', '/api/seeds', {
      as: b,
      body: { category: 'product', title: { en: `Probe race seed ${r}` }, technologies: ['HCD.gyrotron'] },
    });
    if (
      !t.expect(
        need.status === 201 && seed.status === 201,
        `round ${r}: posts answered ${need.status}/${seed.status}`,
      )
    )
      continue;
    const ask = {
      fromKind: 'need',
      fromId: need.json.id,
      toType: 'seed',
      toId: seed.json.id,
      message: 'Probe',
    };
    const asks = await all((i) => target.call(t, 'POST', '/api/introductions', { as: a, body: ask }, i));
    t.expect(
      count(asks, 201) === 1 && count(asks, 409) === n - 1,
      `round ${r}: ${n} identical introduction requests answered ${sorted(asks)} (one 201, the rest 409)`,
    );
    const list = await target.call(t, 'GET', '/api/introductions?limit=500', { as: a });
    const open = (list.json?.items ?? []).filter(
      (x: { from?: { id?: string } }) => x.from?.id === need.json.id,
    );
    t.expect(open.length === 1, `round ${r}: ${open.length} introductions for one pair (double state)`);
    const id = asks.find((x) => x.status === 201)?.json.id;
    if (!id) continue;
    const accepts = await all((i) =>
      target.call(t, 'POST', `/api/introductions/${id}/transition`, { as: b, body: { to: 'accepted' } }, i),
    );
    t.expect(
      count(accepts, 200) === 1 && count(accepts, 409) === n - 1,
      `round ${r}: ${n} simultaneous accepts answered ${sorted(accepts)} (one 200, the rest 409)`,
    );
    const detail = await target.call(t, 'GET', `/api/introductions/${id}`, { as: a });
    const events = (detail.json?.events ?? []).filter(
      (e: { toState?: string; to?: string }) => (e.toState ?? e.to) === 'accepted',
    );
    t.expect(
      detail.json?.state === 'accepted',
      `round ${r}: introduction is ${detail.json?.state} after the accepts`,
    );
    t.expect(events.length === 1, `round ${r}: ${events.length} 'accepted' events (double state)`);
    // Accept and decline at once on a fresh pair: exactly one happens.
    const seed2 = await target.call(t, 'POST', '/api/seeds', {
      as: b,
      body: { category: 'product', title: { en: `Probe race seed ${r}b` }, technologies: ['HCD.gyrotron'] },
    });
    const ask2 = await target.call(t, 'POST', '/api/introductions', {
      as: a,
      body: { ...ask, toId: seed2.json?.id },
    });
    if (t.expect(ask2.status === 201, `round ${r}: second introduction ${ask2.status}`)) {
      const both = await Promise.all([
        target.call(
          t,
          'POST',
          `/api/introductions/${ask2.json.id}/transition`,
          { as: b, body: { to: 'accepted' } },
          0,
        ),
        target.call(
          t,
          'POST',
          `/api/introductions/${ask2.json.id}/transition`,
          { as: b, body: { to: 'declined', reason: 'Probe' } },
          1,
        ),
      ]);
      t.expect(
        count(both, 200) === 1 && count(both, 409) === 1,
        `round ${r}: accept and decline at once answered ${sorted(both)}`,
      );
    }

    // Two PATCHes of different fields of one organisation at once (no If-Match): both land.
    const orgPath = `/api/organizations/${w.orgB.id}`;
    const description = { en: `Probe description ${w.run}-${r}` };
    const website = `https://probe-${w.run}-${r}.example/`;
    const patches = await Promise.all([
      target.call(t, 'PATCH', orgPath, { as: b, body: { description } }, 0),
      target.call(t, 'PATCH', orgPath, { as: b, body: { website } }, 1),
    ]);
    t.expect(
      count(patches, 200) === 2,
      `round ${r}: two PATCHes of different fields answered ${sorted(patches)}`,
    );
    const after = await target.call(t, 'GET', orgPath, { as: b });
    t.expect(
      after.json?.description?.en === description.en && after.json?.website === website,
      `round ${r}: lost update: description ${JSON.stringify(after.json?.description)}, website ${after.json?.website}`,
    );
    // Both with the same If-Match: one lands, the other is 412; then the stale tag again is 412.
    const etag = after.headers.get('etag');
    if (t.expect(!!etag, `round ${r}: GET ${orgPath} sends no ETag`)) {
      const guarded = await Promise.all([
        target.call(
          t,
          'PATCH',
          orgPath,
          { as: b, body: { description: { en: `guarded ${r}` } }, headers: { 'if-match': etag! } },
          0,
        ),
        target.call(
          t,
          'PATCH',
          orgPath,
          { as: b, body: { website: `https://guarded-${r}.example/` }, headers: { 'if-match': etag! } },
          1,
        ),
      ]);
      t.expect(
        count(guarded, 200) === 1 && count(guarded, 412) === 1,
        `round ${r}: two PATCHes with one If-Match answered ${sorted(guarded)} (one 200, one 412)`,
      );
      const stale = await target.call(t, 'PATCH', orgPath, {
        as: b,
        body: { description: { en: 'stale' } },
        headers: { 'if-match': etag! },
      });
      t.expect(stale.status === 412, `round ${r}: stale If-Match answered ${stale.status}`);
    }
    // The same on a need: two fields at once both land.
    const needPath = `/api/needs/${need.json.id}`;
    const needPatches = await Promise.all([
      target.call(t, 'PATCH', needPath, { as: a, body: { quantity: `q${r}` } }, 0),
      target.call(t, 'PATCH', needPath, { as: a, body: { timeline: `t${r}` } }, 1),
    ]);
    t.expect(count(needPatches, 200) === 2, `round ${r}: two need PATCHes answered ${sorted(needPatches)}`);
    const needAfter = await target.call(t, 'GET', needPath, { as: a });
    t.expect(
      needAfter.json?.quantity === `q${r}` && needAfter.json?.timeline === `t${r}`,
      `round ${r}: lost need update: quantity ${needAfter.json?.quantity}, timeline ${needAfter.json?.timeline}`,
    );
  }

  // Surveys: one personal link, first submissions at once; a draft and a submission at once.
  const created = await target.call(t, 'POST', '/api/surveys', {
    as: admin,
    body: {
      key: `probe-survey-${w.run}`,
      title: { en: 'Probe survey' },
      definition: siteSurvey,
      closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      population: { kinds: ['company'] },
    },
  });
  if (!t.expect(created.status === 201, `survey create: ${created.status} ${created.text.slice(0, 300)}`))
    return;
  const opens = await Promise.all(
    [0, 1].map((i) => target.call(t, 'POST', `/api/surveys/${created.json.id}/open`, { as: admin }, i)),
  );
  t.expect(
    count(opens, 200) === 1 && count(opens, 409) === 1,
    `opening a survey twice at once answered ${sorted(opens)}`,
  );
  const links = (opens.find((x) => x.status === 200)?.json?.links ?? []) as { link: string }[];
  const tokens = links.map((l) => new URL(l.link).pathname.split('/').pop()!);
  if (!t.expect(tokens.length >= 1 + o.rounds, `survey opened with ${tokens.length} links`)) return;
  const full = {
    'q-kind': 'company',
    'q-plan': 'plan',
    'q-facility': ['reactor'],
    'q-importance': { engineers: 'important' },
  };
  const partial = { 'q-kind': 'company' };
  const submits = await all((i) =>
    target.call(t, 'POST', `/api/survey-links/${tokens[0]}/submit`, { body: { answers: full } }, i),
  );
  t.expect(
    submits.every((x) => x.status === 200 || x.status === 409),
    `first submissions at once answered ${sorted(submits)}`,
  );
  t.expect(count(submits, 200) >= 1, `no first submission of ${n} landed`);
  const seen = await target.call(t, 'GET', `/api/survey-links/${tokens[0]}`);
  t.expect(!!seen.json?.response?.submittedAt, 'the submission through one link was lost');
  for (let r = 0; r < o.rounds; r++) {
    const token = tokens[1 + r];
    const send = [
      target.call(t, 'PUT', `/api/survey-links/${token}/draft`, { body: { answers: partial } }, r),
      target.call(t, 'POST', `/api/survey-links/${token}/submit`, { body: { answers: full } }, r + 1),
    ];
    const [draft, submit] = await Promise.all(send);
    t.expect(submit!.status === 200, `draft+submit round ${r}: submit answered ${submit!.status}`);
    t.expect(
      draft!.status === 200 || draft!.status === 409,
      `draft+submit round ${r}: draft answered ${draft!.status}`,
    );
    const view = await target.call(t, 'GET', `/api/survey-links/${token}`);
    t.expect(
      !!view.json?.response?.submittedAt &&
        JSON.stringify(view.json.response.answers) === JSON.stringify(full),
      `draft+submit round ${r}: submission lost (${JSON.stringify(view.json?.response)})`,
    );
  }
}

/** Splits CSV text into rows of cells (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * Resource exhaustion: a 413 says `Connection: close`; a signed-out oversized import is refused (401)
 * before its body is read; the public CSV export neutralises cells a spreadsheet would run as formulas.
 */
export async function exhaustion(t: Tally, target: Target, w: World) {
  const base = target.bases[0]!;
  const json = { 'content-type': 'application/json' };
  // Over the limit and sent whole, five times: the client is still uploading when the 413 is ready, and
  // the server reads the rest (bounded) before it closes, so the client reads the 413 rather than a reset.
  for (let i = 0; i < 5; i++) {
    const big = await rawRequest(t, base, 'POST', '/api/siting/evaluate', json, 2 * 1024 * 1024);
    t.expect(
      big.status === 413,
      `2 MB body (${i + 1}/5): expected 413, got ${big.status} ${big.error ?? ''}`,
    );
    t.expect(big.headers.connection === 'close', `413 answered Connection: ${big.headers.connection}`);
  }
  // 40 MB declared, 1 MB sent: the 401 must not wait for the rest of the body.
  const imported = await rawRequest(t, base, 'POST', '/api/import', json, 40 * 1024 * 1024, 1024 * 1024);
  t.expect(
    imported.status === 401,
    `signed-out 40 MB import: expected 401, got ${imported.status} ${imported.error ?? ''}`,
  );
  t.expect(imported.ms < 2000, `signed-out 40 MB import took ${imported.ms.toFixed(0)} ms to be refused`);
  const health = await target.call(t, 'GET', '/api/health');
  t.expect(health.status === 200, `health after the oversized bodies: ${health.status}`);

  const admin = await signIn(t, target, w.admin, 'admin');
  const formulas = ['=HYPERLINK("http://probe.example","x")', '+1+2', '-3+4', '@SUM(A1)', '\t=1', '\r=1'];
  const patched = await target.call(t, 'PATCH', `/api/organizations/${w.orgC.id}`, {
    as: admin,
    body: {
      description: { en: formulas[0], ja: formulas[3] },
      location: { country: 'JP', prefecture: '青森県', city: formulas[1] },
    },
  });
  t.expect(
    patched.status === 200,
    `formula-like profile fields: PATCH answered ${patched.status} ${patched.text.slice(0, 200)}`,
  );
  const renamed = await target.call(t, 'PATCH', `/api/organizations/${w.orgC.id}`, {
    as: admin,
    body: { name: { en: `${formulas[2]} ${w.orgC.names[0]}`, ja: w.orgC.names[1] } },
  });
  t.expect(renamed.status === 200, `formula-like name: PATCH answered ${renamed.status}`);
  const csv = await target.call(
    t,
    'GET',
    `/api/organizations/export?format=csv&q=${encodeURIComponent('Probe Third')}`,
  );
  t.expect(csv.status === 200, `CSV export: ${csv.status}`);
  const rows = parseCsv(csv.text.replace(/^\ufeff/, ''));
  t.expect(rows.length >= 2, `CSV export has ${rows.length} rows; the probe's organisation is missing`);
  for (const [i, row] of rows.entries())
    for (const cell of row)
      t.expect(
        !/^[=+\-@\t\r]/.test(cell),
        `CSV row ${i}: a cell starts a formula: ${JSON.stringify(cell.slice(0, 60))}`,
      );
}
