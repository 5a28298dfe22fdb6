import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let targetId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  targetId = (await t.addOrganization({ key: 'target', technologies: ['VAC'] })).id;
});

// Values near the schema: right field names with wrong types, wrong codes, odd strings, deep nesting.
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'MAG.hts',
    'MAGX',
    'company',
    'fusion',
    '',
    ' ',
    'a\u0000b',
    '\ud800',
    '超伝導',
    'https://x.example',
    '2025-02-30',
  ),
  fc.constantFrom({ en: 'a\u0000b' }, { ja: '\udc00x' }, { city: 'x\u0000' }, [
    { url: 'https://x.example', note: '\u0000' },
  ]),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('ja', 'en', 'fr', 'lat', 'lng', 'url'),
    fc.oneof(fc.string(), fc.double(), fc.constant(null)),
  ),
);
const fields = [
  'key',
  'name',
  'kind',
  'roles',
  'clusters',
  'technologies',
  'applications',
  'description',
  'location',
  'memberships',
  'website',
  'sources',
  'published',
  'extra',
];
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...fields), nasty, { maxKeys: 8 }),
  fc
    .record(
      {
        key: fc.constantFrom('fuzz-a', 'fuzz-b'),
        name: fc.constant({ en: 'Fuzz' }),
        kind: fc.constant('company'),
      },
      { requiredKeys: [] },
    )
    .chain((base) =>
      fc.dictionary(fc.constantFrom(...fields), nasty, { maxKeys: 3 }).map((more) => ({ ...base, ...more })),
    ),
  nasty,
);

async function snapshot() {
  const { json } = await t.request('GET', '/api/export', { as: admin });
  return JSON.stringify(json.organizations);
}

describe('generated bad input', () => {
  it('never gets a 5xx from create, and a refused create stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = await snapshot();
        const res = await t.request('POST', '/api/organizations', { as: admin, body: b });
        expect(res.status).toBeLessThan(500);
        if (res.status === 201) {
          await t.request('DELETE', `/api/organizations/${res.json.id}`, { as: admin });
        } else {
          expect(res.json.error.code).toBeTruthy();
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 120, seed: 20261123 },
    );
  });

  it('never gets a 5xx from update, and a refused update changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const before = await snapshot();
        const res = await t.request('PATCH', `/api/organizations/${targetId}`, { as: admin, body: b });
        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) expect(await snapshot()).toBe(before);
      }),
      { numRuns: 120, seed: 20261124 },
    );
  });
});
