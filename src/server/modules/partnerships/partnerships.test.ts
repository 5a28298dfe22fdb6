import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Agreements through the HTTP API on both engines: who records them, their areas as the agreement lists them,
// activities under an area by coordinators and the parties only, the per-area chart, the quiet-area flag on a
// clock the test moves, edits with If-Match, and bad input named by field.

let t: TestApp;
let admin: Session;
let party: Session;
let outsider: Session;
let agency: Session;
let now = new Date('2027-06-07T10:00:00+09:00');

// Accounts and organisations are made once (signing in is deliberately slow); each test records its own
// agreement under its own key.
beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => now;
  admin = await t.signIn('admin');
  const jf = await t.addOrganization({ key: 'j-fusion', name: { en: 'J-Fusion' } });
  await t.addOrganization({ key: 'tfc', name: { en: 'The Fusion Cluster' } });
  const other = await t.addOrganization({ key: 'other', name: { en: 'Other' } });
  party = await t.signIn('member', jf.id);
  outsider = await t.signIn('member', other.id);
  agency = await t.signIn('agency', other.id);
});

let n = 0;
beforeEach(() => {
  now = new Date('2027-06-07T10:00:00+09:00');
  n += 1;
});

const mou = (over: object = {}) => ({
  key: `mou-${n}`,
  kind: 'memorandum',
  title: { ja: '覚書', en: 'MoU' },
  parties: ['j-fusion', 'tfc'],
  signedOn: '2026-01-15',
  renewalOn: '2029-01-15',
  areas: [
    {
      key: 'information-sharing',
      name: { ja: '情報および知識の共有', en: 'Information and knowledge sharing' },
    },
    { key: 'workforce', name: { ja: '人材育成', en: 'Workforce development' } },
    { key: 'industry', name: { en: 'Industrial cooperation' } },
  ],
  ...over,
});

async function createMou(over: object = {}) {
  const r = await t.request('POST', '/api/partnerships', { as: admin, body: mou(over) });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json as { id: string; version: number };
}

const activity = (over: object = {}) => ({
  area: 'information-sharing',
  kind: 'joint-workshop',
  title: { en: 'Joint workshop' },
  occurredOn: '2027-03-10',
  participants: ['j-fusion', 'tfc'],
  outcome: { en: 'Shared regulatory notes' },
  ...over,
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('agreements', () => {
  it('a coordinator records an agreement with its parties and its own list of areas, in order', async () => {
    const { id } = await createMou();
    const r = await t.request('GET', `/api/partnerships/${id}`);
    expect(r.status).toBe(200);
    expect(r.res.headers.get('etag')).toBe('"1"');
    expect(r.json.parties.map((p: { key: string }) => p.key)).toEqual(['j-fusion', 'tfc']);
    expect(r.json.areas.map((a: { key: string }) => a.key)).toEqual([
      'information-sharing',
      'workforce',
      'industry',
    ]);
    expect(r.json.areas[0].tag).toBe(`area:mou-${n}/information-sharing`);
    expect(r.json.mayRecord).toBe(false); // anonymous
    const list = await t.request('GET', '/api/partnerships', { as: party });
    const mine = list.json.items.filter((a: { id: string }) => a.id === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ key: `mou-${n}`, mayRecord: true, quietAreas: 3 });
    expect(list.json.items.find((a: { id: string }) => a.id === id).mayRecord).toBe(true);
    const outsiders = await t.request('GET', '/api/partnerships', { as: outsider });
    expect(outsiders.json.items.find((a: { id: string }) => a.id === id).mayRecord).toBe(false);
  });

  it('only coordinators create; members and agencies are refused, the anonymous asked to sign in', async () => {
    expect((await t.request('POST', '/api/partnerships', { as: party, body: mou() })).status).toBe(403);
    expect((await t.request('POST', '/api/partnerships', { as: agency, body: mou() })).status).toBe(403);
    expect((await t.request('POST', '/api/partnerships', { body: mou() })).status).toBe(401);
    await createMou();
    const again = await t.request('POST', '/api/partnerships', { as: admin, body: mou() });
    expect(again.status).toBe(409);
    expect(paths(again.json)).toEqual(['body.key']);
  });

  it('bad input is a 400 naming each field', async () => {
    const cases: [object, string[]][] = [
      [{ parties: ['j-fusion'] }, ['body.parties']],
      [{ parties: ['j-fusion', 'nobody'] }, ['body.parties[1]']],
      [{ parties: ['j-fusion', 'j-fusion'] }, ['body.parties[1]']],
      [{ kind: 'treaty' }, ['body.kind']],
      [{ signedOn: '2026-02-30' }, ['body.signedOn']],
      [{ renewalOn: '2025-01-01' }, ['body.renewalOn']],
      [{ areas: [] }, ['body.areas']],
      [
        {
          areas: [
            { key: 'a', name: { en: 'A' } },
            { key: 'a', name: { en: 'B' } },
          ],
        },
        ['body.areas[1].key'],
      ],
      [{ title: {} }, ['body.title']],
    ];
    for (const [over, expected] of cases) {
      const r = await t.request('POST', '/api/partnerships', { as: admin, body: mou(over) });
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(paths(r.json), JSON.stringify(over)).toEqual(expected);
    }
  });

  it('edits carry the version: a stale If-Match is 412; areas are added at the end', async () => {
    const { id } = await createMou();
    const ok = await t.request('PATCH', `/api/partnerships/${id}`, {
      as: admin,
      headers: { 'if-match': '"1"' },
      body: { status: 'expired', addAreas: [{ key: 'government', name: { en: 'Government' } }] },
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json.status).toBe('expired');
    expect(ok.json.areas.at(-1).key).toBe('government');
    expect(ok.res.headers.get('etag')).toBe('"2"');
    const stale = await t.request('PATCH', `/api/partnerships/${id}`, {
      as: admin,
      headers: { 'if-match': '"1"' },
      body: { status: 'active' },
    });
    expect(stale.status).toBe(412);
    const dup = await t.request('PATCH', `/api/partnerships/${id}`, {
      as: admin,
      body: { addAreas: [{ key: 'workforce', name: { en: 'again' } }] },
    });
    expect(dup.status).toBe(400);
    expect(paths(dup.json)).toEqual(['body.addAreas[0].key']);
  });
});

describe('activities under areas', () => {
  it("the parties' accounts and coordinators record; others are refused", async () => {
    const { id } = await createMou();
    const r = await t.request('POST', `/api/partnerships/${id}/activities`, { as: party, body: activity() });
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    expect(r.json.activities[0]).toMatchObject({
      area: 'information-sharing',
      kind: 'joint-workshop',
      occurredOn: '2027-03-10',
      participants: [{ key: 'j-fusion' }, { key: 'tfc' }],
      outcome: { en: 'Shared regulatory notes' },
    });
    expect(
      (await t.request('POST', `/api/partnerships/${id}/activities`, { as: admin, body: activity() })).status,
    ).toBe(201);
    expect(
      (await t.request('POST', `/api/partnerships/${id}/activities`, { as: outsider, body: activity() }))
        .status,
    ).toBe(403);
    expect(
      (await t.request('POST', `/api/partnerships/${id}/activities`, { as: agency, body: activity() }))
        .status,
    ).toBe(403);
    expect((await t.request('POST', `/api/partnerships/${id}/activities`, { body: activity() })).status).toBe(
      401,
    );
  });

  it('names the bad field: an area the agreement does not define, an unknown kind or participant', async () => {
    const { id } = await createMou();
    const cases: [object, string[]][] = [
      [{ area: 'space' }, ['body.area']],
      [{ kind: 'party' }, ['body.kind']],
      [{ participants: ['tfc', 'ghost'] }, ['body.participants[1]']],
      [{ occurredOn: 'yesterday' }, ['body.occurredOn']],
    ];
    for (const [over, expected] of cases) {
      const r = await t.request('POST', `/api/partnerships/${id}/activities`, {
        as: admin,
        body: activity(over),
      });
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(paths(r.json)).toEqual(expected);
    }
    expect(
      (
        await t.request('POST', '/api/partnerships/00000000-0000-4000-8000-000000000000/activities', {
          as: admin,
          body: activity(),
        })
      ).status,
    ).toBe(404);
  });

  it('charts activity per area and month, and flags areas quiet for a year on a moving clock', async () => {
    const { id } = await createMou();
    const add = (over: object) =>
      t.request('POST', `/api/partnerships/${id}/activities`, { as: admin, body: activity(over) });
    await add({ occurredOn: '2027-03-10' });
    await add({ occurredOn: '2027-03-28', kind: 'bulletin' });
    await add({ area: 'workforce', kind: 'staff-exchange', occurredOn: '2026-06-20' });
    const r = await t.request('GET', `/api/partnerships/${id}`);
    const { months, counts } = r.json.chart;
    // From the signing month (2026-01) to this month (2027-06).
    expect(months[0]).toBe('2026-01');
    expect(months.at(-1)).toBe('2027-06');
    expect(counts[0][months.indexOf('2027-03')]).toBe(2);
    expect(counts[1][months.indexOf('2026-06')]).toBe(1);
    expect(counts[2].every((n: number) => n === 0)).toBe(true);
    const quiet = (json: { areas: { key: string; quiet: boolean }[] }) =>
      json.areas.filter((a) => a.quiet).map((a) => a.key);
    expect(quiet(r.json)).toEqual(['industry']);
    expect(r.json.areas[1]).toMatchObject({ lastActivityOn: '2026-06-20', activitiesLastYear: 1 });

    // A year after the staff exchange, workforce has had nothing for a year.
    now = new Date('2027-06-20T10:00:00+09:00');
    expect(quiet((await t.request('GET', `/api/partnerships/${id}`)).json)).toEqual([
      'workforce',
      'industry',
    ]);
    // And a year after March, every area is quiet.
    now = new Date('2028-03-29T10:00:00+09:00');
    const later = (await t.request('GET', `/api/partnerships/${id}`)).json;
    expect(quiet(later)).toEqual(['information-sharing', 'workforce', 'industry']);
    expect(later.today).toBe('2028-03-29');
  });

  it('an activity is edited and deleted under If-Match by those who record, with audit rows', async () => {
    const { id } = await createMou();
    const r = await t.request('POST', `/api/partnerships/${id}/activities`, { as: party, body: activity() });
    const act = r.json.activities[0];
    expect(act.version).toBe(1);
    const url = `/api/partnerships/activities/${act.id}`;
    const patch = (as: Session | undefined, ifMatch: string, over: object = {}) =>
      t.request('PATCH', url, {
        as,
        body: activity({ area: 'workforce', kind: 'staff-exchange', occurredOn: '2027-04-01', ...over }),
        headers: { 'if-match': ifMatch },
      });
    expect((await patch(outsider, '"1"')).status).toBe(403);
    expect((await patch(undefined, '"1"')).status).toBe(401);
    expect(paths((await patch(admin, '"1"', { area: 'space' })).json)).toEqual(['body.area']);
    expect(paths((await patch(admin, '"1"', { participants: ['ghost'] })).json)).toEqual([
      'body.participants[0]',
    ]);
    const ok = await patch(party, '"1"');
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json.activities[0]).toMatchObject({
      id: act.id,
      version: 2,
      area: 'workforce',
      kind: 'staff-exchange',
      occurredOn: '2027-04-01',
    });
    expect(ok.json.areas[1]).toMatchObject({ key: 'workforce', lastActivityOn: '2027-04-01' });
    expect((await patch(admin, '"1"')).status).toBe(412);
    const del = (as: Session, ifMatch: string) =>
      t.request('DELETE', url, { as, headers: { 'if-match': ifMatch } });
    expect((await del(outsider, '"2"')).status).toBe(403);
    expect((await del(admin, '"1"')).status).toBe(412);
    const gone = await del(admin, '"2"');
    expect(gone.status).toBe(200);
    expect(gone.json.activities).toEqual([]);
    expect(gone.json.activityCount).toBe(0);
    expect((await del(admin, '"2"')).status).toBe(404);
    const audit = await t.request('GET', `/api/audit?entity=agreement-activity&entityId=${act.id}`, {
      as: admin,
    });
    expect(audit.json.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'create',
      'delete',
      'update',
    ]);
  });
});
