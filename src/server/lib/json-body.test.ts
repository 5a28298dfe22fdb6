import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import type { Role } from './http.ts';
import { JsonDepthScanner, jsonDepthExceeds, maxJsonDepth, readJsonBody } from './json-body.ts';

type Operation = {
  requestBody?: { content: Record<string, unknown> };
  'x-access'?: 'public' | 'signed-in' | { roles: Role[] };
};

let t: TestApp;
let jsonOperations: Array<{ method: string; path: string; op: Operation }>;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  t = await createTestApp();
  const { json } = await t.request('GET', '/api/openapi.json');
  jsonOperations = Object.entries(json.paths as Record<string, Record<string, Operation>>)
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ method, path, op })))
    .filter(({ op }) => op.requestBody && 'application/json' in op.requestBody.content);
  for (const role of ['admin', 'member', 'reviewer', 'agency', 'person'] as const)
    sessions.set(role, await t.signIn(role));
});

// Ids that exist nowhere, tokens that are not valid: the body is refused before any of them is looked up.
const concrete = (path: string) => path.replace(/\{id\}/g, randomUUID()).replace(/\{[a-zA-Z]+\}/g, 'x');
// An admin where the route lets one in, otherwise the first role it names, so the access gate passes.
const caller = (op: Operation) => {
  const access = op['x-access'];
  const roles = typeof access === 'object' ? access.roles : ['admin' as const];
  return sessions.get(roles.includes('admin') ? 'admin' : roles[0]!)!;
};

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
// An object all the way down: it passes a loose object schema and reaches every recursive check after it.
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

async function send(method: string, path: string, as: Session, body: BodyInit, type?: string) {
  const headers: Record<string, string> = { cookie: as.cookie, 'x-csrf-token': as.csrf };
  if (type) headers['content-type'] = type;
  const res = await t.app.request(concrete(path), { method: method.toUpperCase(), headers, body });
  return { status: res.status, json: (await res.json()) as { error: Record<string, unknown> } };
}

const errorShape = (code: string, path: string) => ({
  error: {
    code,
    message: expect.any(String),
    details: expect.arrayContaining([{ path, message: expect.any(String) }]),
  },
});

describe('every route with a JSON body', () => {
  it('is found in the OpenAPI document, and declares 415', () => {
    expect(jsonOperations.length).toBeGreaterThan(20);
    for (const { method, path, op } of jsonOperations)
      expect(Object.keys((op as { responses: object }).responses), `${method} ${path}`).toContain('415');
  });

  it('answers 415 naming the header to a body without a Content-Type', async () => {
    for (const { method, path, op } of jsonOperations) {
      // A byte body: a string would get text/plain from the Request constructor.
      const res = await send(method, path, caller(op), new TextEncoder().encode('{}'));
      expect(res.status, `${method} ${path}`).toBe(415);
      expect(res.json).toEqual(errorShape('unsupported_media_type', 'header.content-type'));
    }
  });

  it('answers 415 naming the header to text/plain', async () => {
    for (const { method, path, op } of jsonOperations) {
      const res = await send(method, path, caller(op), '{}', 'text/plain');
      expect(res.status, `${method} ${path}`).toBe(415);
      expect(res.json).toEqual(errorShape('unsupported_media_type', 'header.content-type'));
    }
  });

  it('answers 400 naming the body to JSON nested 10,000 deep', async () => {
    for (const { method, path, op } of jsonOperations) {
      for (const body of [deep(10_000), deepObject(10_000)]) {
        const res = await send(method, path, caller(op), body, 'application/json');
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(res.json).toEqual(errorShape('validation_failed', 'body'));
      }
    }
  });

  it('still takes JSON with a charset, and answers malformed JSON with 400 naming the body', async () => {
    const admin = sessions.get('admin')!;
    const body = JSON.stringify({ email: 'nobody@test.example', password: 'wrong-password' });
    const read = await send('post', '/api/auth/login', admin, body, 'application/json; charset=utf-8');
    expect(read.status).toBe(401);
    const bad = await send('post', '/api/organizations', admin, '{"key": ', 'application/json');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual(errorShape('bad_request', 'body'));
  });

  it('in Japanese when asked', async () => {
    const admin = sessions.get('admin')!;
    const res = await t.app.request('/api/organizations', {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrf,
        'accept-language': 'ja',
        'content-type': 'text/plain',
      },
      body: '{}',
    });
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/JSON/);
    expect(res.status).toBe(415);
  });
});

describe('jsonDepthExceeds', () => {
  it.each([
    ['flat', '{"a": 1, "b": [1, 2]}', false],
    ['at the limit', deep(maxJsonDepth), false],
    ['one past the limit', deep(maxJsonDepth + 1), true],
    ['brackets inside strings do not count', `{"a": "${'['.repeat(1000)}"}`, false],
    ['an escaped quote does not end the string', `{"a": "\\"${'['.repeat(1000)}"}`, false],
    ['objects count too', deepObject(maxJsonDepth + 1), true],
  ])('%s', (_name, text, expected) => {
    expect(jsonDepthExceeds(text)).toBe(expected);
    // Fed in pieces (a body as it arrives), cut anywhere, even inside a string or after a backslash; as text
    // and as UTF-8 bytes.
    for (const size of [1, 2, 3, 7]) {
      for (const asBytes of [false, true]) {
        const whole = asBytes ? new TextEncoder().encode(text) : text;
        const scanner = new JsonDepthScanner();
        let exceeded = false;
        for (let i = 0; i < whole.length && !exceeded; i += size)
          exceeded = scanner.feed(whole.slice(i, i + size));
        expect(exceeded).toBe(expected);
      }
    }
  });
});

/** A body stream that hands out `chunks` one per read and counts the reads. */
function chunked(chunks: Uint8Array[]) {
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      stream.pulled++;
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  }) as ReadableStream<Uint8Array> & { pulled: number };
  stream.pulled = 0;
  return stream;
}

describe('readJsonBody', () => {
  it('parses a body whose characters are split between chunks', async () => {
    const value = { name: { ja: '核融合産業クラスター' }, note: 'a "quoted" [x]', n: [1, 2] };
    const bytes = new TextEncoder().encode(JSON.stringify(value));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) =>
      bytes.slice(i * 5, i * 5 + 5),
    );
    expect(await readJsonBody(chunked(chunks))).toEqual(value);
  });

  it('refuses a body nested too deep at the chunk that goes too deep, without reading on', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const rest = Array.from({ length: 100 }, () => encode(' '.repeat(1024)));
    const body = chunked([encode('['.repeat(40)), encode('['.repeat(40)), ...rest]);
    await expect(readJsonBody(body)).rejects.toMatchObject({ code: 'validation_failed' });
    expect(body.pulled).toBeLessThanOrEqual(3);
  });

  it('answers an empty or malformed body as malformed JSON, as before', async () => {
    await expect(readJsonBody(null)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(readJsonBody(chunked([new TextEncoder().encode('{"a": ')]))).rejects.toMatchObject({
      code: 'bad_request',
    });
  });
});

describe('the access gate comes before the body', () => {
  it('refuses a signed-out 40 MB import with 401 without reading the body', async () => {
    let pulled = 0;
    // A body that never ends: reading it would hang the request, and the test would time out.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled === 1) controller.enqueue(new TextEncoder().encode('{"organizations": ['));
        return new Promise(() => {});
      },
    });
    const started = performance.now();
    const res = await t.app.request('/api/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(40 * 1024 * 1024) },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(401);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(pulled).toBeLessThanOrEqual(1);
  });
});

describe('413', () => {
  it('tells the client the connection closes', async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // Over the default limit of 1,024 kB.
      const body = JSON.stringify({ email: 'x'.repeat(1100 * 1024), password: 'y' });
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.request(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/api/auth/login',
            agent: new http.Agent({ keepAlive: true }),
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          resolve,
        );
        req.on('error', reject);
        req.end(body);
      });
      res.resume();
      expect(res.statusCode).toBe(413);
      expect(res.headers.connection).toBe('close');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
