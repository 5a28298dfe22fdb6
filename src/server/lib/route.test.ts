import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import type { Role } from './http.ts';

type Operation = {
  operationId: string;
  security?: unknown;
  responses: Record<string, unknown>;
  'x-access'?: 'public' | 'signed-in' | { roles: Role[] };
};

let t: TestApp;
let operations: Array<{ method: string; path: string; op: Operation }>;

beforeAll(async () => {
  t = await createTestApp();
  const { json } = await t.request('GET', '/api/openapi.json');
  operations = Object.entries(json.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, methods]) => Object.entries(methods).map(([method, op]) => ({ method, path, op })),
  );
});

// A path with its parameters filled in: ids that exist nowhere, tokens that are not valid.
const concrete = (path: string) => path.replace(/\{id\}/g, randomUUID()).replace(/\{[a-zA-Z]+\}/g, 'x');

const send = (method: string, path: string, as?: Awaited<ReturnType<TestApp['signIn']>>) =>
  t.request(method.toUpperCase(), concrete(path), method === 'get' ? { as } : { as, raw: '{}' });

const allRoles: Role[] = ['admin', 'member', 'reviewer', 'agency', 'person'];

describe('access declared on every route', () => {
  it('every operation says who may call it, and the document agrees with itself', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const { method, path, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op['x-access'], where).toBeDefined();
      if (op['x-access'] === 'public') {
        expect(op.security, where).toBeUndefined();
      } else {
        expect(op.security, where).toEqual([{ session: [] }]);
        expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
  });

  it('refuses anyone signed out from every gated route before reading the request', async () => {
    const gated = operations.filter(({ op }) => op['x-access'] !== 'public');
    expect(gated.length).toBeGreaterThan(20);
    for (const { method, path } of gated) {
      const res = await send(method, path);
      expect(res.status, `${method.toUpperCase()} ${path}`).toBe(401);
      expect(res.json.error.code).toBe('unauthenticated');
    }
  });

  it('refuses every role a route does not name, with 403, before reading the request', async () => {
    const byRole = operations.filter(({ op }) => typeof op['x-access'] === 'object');
    expect(byRole.length).toBeGreaterThan(10);
    const sessions = new Map<Role, Awaited<ReturnType<TestApp['signIn']>>>();
    for (const role of allRoles) sessions.set(role, await t.signIn(role));
    for (const { method, path, op } of byRole) {
      const allowed = (op['x-access'] as { roles: Role[] }).roles;
      for (const role of allRoles.filter((r) => !allowed.includes(r))) {
        const res = await send(method, path, sessions.get(role));
        expect(res.status, `${role} ${method.toUpperCase()} ${path}`).toBe(403);
        expect(res.json.error.code).toBe('forbidden');
      }
    }
  });
});
