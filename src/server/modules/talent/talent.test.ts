import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// Skills and programmes through the HTTP API on both engines: the skills taxonomy, who may offer and edit a
// programme (its provider's members and admins), the level shown with its Japanese equivalent, cohorts, edit
// versions, and bad input named by field.

let t: TestApp;
let admin: Session;
let provider: Session; // a member of the training provider
let rival: Session; // a member of another organisation
let person: Session;

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  admin = await t.signIn('admin');
  const college = await t.addOrganization({ key: 'college', name: { en: 'College' }, kind: 'university' });
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  provider = await t.signIn('member', college.id);
  rival = await t.signIn('member', acme.id);
  person = await t.signIn('person');
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

const programme = (over: Record<string, unknown> = {}) => ({
  provider: 'college',
  title: { ja: '真空技術者コース', en: 'Vacuum technician' },
  level: 3,
  skills: ['SK.vacuum', 'SK.cryogenics'],
  durationWeeks: 52,
  delivery: 'day-release',
  defaultCapacity: 12,
  feeJpy: 200_000,
  employerSponsor: true,
  publicSubsidy: { ja: '県の補助', en: 'Prefectural subsidy' },
  ...over,
});

const create = (as: Session, over: Record<string, unknown> = {}) =>
  t.request('POST', '/api/training-programmes', { as, body: programme(over) });

describe('skills taxonomy', () => {
  it('lists the fusion skills in both languages, and names an unknown cluster', async () => {
    const res = await t.request('GET', '/api/skills?cluster=fusion');
    expect(res.status).toBe(200);
    const codes = res.json.items.map((s: { code: string }) => s.code);
    expect(codes).toContain('SK.vacuum');
    expect(codes).toContain('SK.hts-winding');
    expect(codes.length).toBeGreaterThanOrEqual(10);
    expect(codes.every((c: string) => !c.startsWith('SK.wind.'))).toBe(true);
    const vacuum = res.json.items.find((s: { code: string }) => s.code === 'SK.vacuum');
    expect(vacuum.label).toEqual({ ja: '真空技術', en: 'Vacuum technology' });
    const bad = await t.request('GET', '/api/skills?cluster=nope');
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['query.cluster']);
  });
});

describe('programmes', () => {
  it("the provider's member creates one; it is public with its level's Japanese equivalent", async () => {
    const res = await create(provider);
    expect(res.status).toBe(201);
    expect(res.res.headers.get('etag')).toBe('"1"');
    expect(res.json).toMatchObject({
      provider: { key: 'college' },
      level: 3,
      levelInfo: { japan: { ja: '高等学校卒業・技能検定2級程度' } },
      delivery: 'day-release',
      feeJpy: 200_000,
      canEdit: true,
    });
    expect(res.json.skills.map((s: { label: { en: string } }) => s.label.en)).toEqual([
      'Vacuum technology',
      'Cryogenics',
    ]);
    const list = await t.request('GET', '/api/training-programmes?skill=SK.vacuum');
    expect(list.json.items).toHaveLength(1);
    expect(list.json.items[0].canEdit).toBe(false);
    expect((await t.request('GET', '/api/training-programmes?skill=SK.cryogenics&level=4')).json.total).toBe(
      0,
    );
    const one = await t.request('GET', `/api/training-programmes/${res.json.id}`);
    expect(one.json.title.ja).toBe('真空技術者コース');
  });

  it("another organisation may not offer in the provider's name (403); an admin may; a person may not", async () => {
    expect((await create(rival)).status).toBe(403);
    expect((await create(person)).status).toBe(403);
    expect((await t.request('POST', '/api/training-programmes', { body: programme() })).status).toBe(401);
    expect((await create(admin)).status).toBe(201);
  });

  it('bad input is a 400 naming each field', async () => {
    const res = await create(provider, {
      level: 8,
      skills: ['SK.vacuum', 'SK.nope'],
      delivery: 'evenings',
      durationWeeks: 0,
      feeJpy: -1,
    });
    expect(res.status).toBe(400);
    expect(paths(res.json).sort()).toEqual([
      'body.delivery',
      'body.durationWeeks',
      'body.feeJpy',
      'body.level',
    ]);
    const skill = await create(provider, { skills: ['SK.vacuum', 'SK.nope'] });
    expect(skill.status).toBe(400);
    expect(paths(skill.json)).toEqual(['body.skills[1]']);
    const org = await create(provider, { provider: 'nobody' });
    expect(paths(org.json)).toEqual(['body.provider']);
    const title = await create(provider, { title: {} });
    expect(paths(title.json)).toEqual(['body.title']);
  });

  it('edits carry the version: a stale If-Match is 412, a rival 403, a key taken 409', async () => {
    const { json } = await create(provider, { key: 'vac-1' });
    const ok = await t.request('PATCH', `/api/training-programmes/${json.id}`, {
      as: provider,
      headers: { 'if-match': '"1"' },
      body: { level: 4, feeJpy: null },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ level: 4, feeJpy: null, version: 2 });
    const stale = await t.request('PATCH', `/api/training-programmes/${json.id}`, {
      as: provider,
      headers: { 'if-match': '"1"' },
      body: { level: 5 },
    });
    expect(stale.status).toBe(412);
    const theirs = await t.request('PATCH', `/api/training-programmes/${json.id}`, {
      as: rival,
      body: { level: 5 },
    });
    expect(theirs.status).toBe(403);
    const again = await create(provider, { key: 'vac-1' });
    expect(again.status).toBe(409);
    expect(paths(again.json)).toEqual(['body.key']);
  });

  it('a cohort takes the default capacity unless given; only the provider opens one', async () => {
    const { json } = await create(provider);
    const c1 = await t.request('POST', `/api/training-programmes/${json.id}/cohorts`, {
      as: provider,
      body: { startOn: '2027-04-05' },
    });
    expect(c1.status).toBe(201);
    expect(c1.json).toMatchObject({ capacity: 12, enrolled: 0, waiting: 0 });
    const c2 = await t.request('POST', `/api/training-programmes/${json.id}/cohorts`, {
      as: provider,
      body: { startOn: '2027-10-04', capacity: 30 },
    });
    expect(c2.json.capacity).toBe(30);
    const bad = await t.request('POST', `/api/training-programmes/${json.id}/cohorts`, {
      as: provider,
      body: { startOn: '2027-02-30', capacity: 0 },
    });
    expect(paths(bad.json).sort()).toEqual(['body.capacity', 'body.startOn']);
    const rivalCohort = await t.request('POST', `/api/training-programmes/${json.id}/cohorts`, {
      as: rival,
      body: { startOn: '2027-04-05' },
    });
    expect(rivalCohort.status).toBe(403);
    const detail = await t.request('GET', `/api/training-programmes/${json.id}`);
    expect(detail.json.cohorts.map((c: { startOn: string }) => c.startOn)).toEqual([
      '2027-04-05',
      '2027-10-04',
    ]);
  });
});
