import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

// The alliance's working groups through HTTP on both engines: coordinators form a group with one lead, the
// lead records meetings and action items, the group's meeting records and group-only documents stay inside it,
// an action item is done once (two simultaneous attempts: one 200, one 409), and bad input names the field.

let t: TestApp;
let admin: Session;
let lead: Session;
let member: Session;
let outsider: Session;
let person: Session;
let groupId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  const a = await t.addOrganization({ key: 'alpha', name: { en: 'Alpha' } });
  const b = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  const c = await t.addOrganization({ key: 'gamma', name: { en: 'Gamma' } });
  lead = await t.signIn('member', a.id);
  member = await t.signIn('member', b.id);
  outsider = await t.signIn('member', c.id);
  person = await t.signIn('person');
  const r = await t.request('POST', '/api/alliance/groups', {
    as: admin,
    body: {
      key: 'supply-chain-wg',
      name: { ja: 'サプライチェーン部会', en: 'Supply chain WG' },
      members: ['alpha', 'beta'],
      lead: 'alpha',
    },
  });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  groupId = r.json.id;
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('working groups', () => {
  it('coordinators form groups; the lead is one of the members; bad input names the field', async () => {
    const g = (await t.request('GET', `/api/alliance/groups/${groupId}`, { as: member })).json;
    expect(g.members.map((m: { key: string; lead: boolean }) => [m.key, m.lead])).toEqual([
      ['alpha', true],
      ['beta', false],
    ]);
    expect((await t.request('POST', '/api/alliance/groups', { as: lead, body: {} })).status).toBe(403);
    const bad = await t.request('POST', '/api/alliance/groups', {
      as: admin,
      body: { key: 'x', name: { en: 'X' }, members: ['alpha', 'nobody'], lead: 'gamma' },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(['body.members[1]', 'body.lead']);
  });

  it('the lead records meetings with action items; members read them, outsiders do not', async () => {
    const body = {
      heldOn: '2027-05-20',
      title: { ja: '第1回部会', en: 'First meeting' },
      minutes: { en: 'Agreed to map suppliers.' },
      actionItems: [{ text: { en: 'Draft the supplier map' }, owner: 'beta', dueOn: '2027-06-30' }],
    };
    expect(
      (await t.request('POST', `/api/alliance/groups/${groupId}/meetings`, { as: member, body })).status,
    ).toBe(403);
    const bad = await t.request('POST', `/api/alliance/groups/${groupId}/meetings`, {
      as: lead,
      body: { ...body, actionItems: [{ text: { en: 'x' }, owner: 'ghost' }] },
    });
    expect(paths(bad.json)).toEqual(['body.actionItems[0].owner']);
    const r = await t.request('POST', `/api/alliance/groups/${groupId}/meetings`, { as: lead, body });
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    expect(r.json.meetings[0].actionItems[0]).toMatchObject({ owner: { key: 'beta' }, status: 'open' });
    const seen = (await t.request('GET', `/api/alliance/groups/${groupId}`, { as: member })).json;
    expect(seen.meetings).toHaveLength(1);
    const outside = (await t.request('GET', `/api/alliance/groups/${groupId}`, { as: outsider })).json;
    expect(outside.meetings).toEqual([]);
    expect(outside.members).toHaveLength(2);
  });

  it('documents: group-only ones inside the group, members-wide ones to every member but not a private person', async () => {
    const add = (as: Session, visibility: string, title: string) =>
      t.request('POST', `/api/alliance/groups/${groupId}/documents`, {
        as,
        body: { title: { en: title }, url: 'https://example.org/doc.pdf', visibility },
      });
    expect((await add(member, 'group', 'Internal notes')).status).toBe(201);
    expect((await add(lead, 'members', 'Public summary')).status).toBe(201);
    expect((await add(outsider, 'members', 'Intruder')).status).toBe(403);
    expect((await add(member, 'everyone', 'x')).status).toBe(400);
    const titles = async (as: Session) =>
      (
        (await t.request('GET', `/api/alliance/groups/${groupId}`, { as })).json.documents as {
          title: { en: string };
        }[]
      )
        .map((d) => d.title.en)
        .sort();
    expect(await titles(member)).toEqual(['Internal notes', 'Public summary']);
    expect(await titles(admin)).toEqual(['Internal notes', 'Public summary']);
    expect(await titles(outsider)).toEqual(['Public summary']);
    expect(await titles(person)).toEqual([]);
  });

  it('an action item is done once, even when two members mark it at the same moment', async () => {
    const r = await t.request('POST', `/api/alliance/groups/${groupId}/meetings`, {
      as: admin,
      body: {
        heldOn: '2027-06-01',
        title: { en: 'Second' },
        actionItems: [{ text: { en: 'Book the venue' } }],
      },
    });
    const item = r.json.meetings.find((m: { heldOn: string }) => m.heldOn === '2027-06-01').actionItems[0].id;
    expect(
      (await t.request('POST', `/api/alliance/action-items/${item}/done`, { as: outsider })).status,
    ).toBe(404);
    const peer = await t.peer();
    const both = await Promise.all([
      t.request('POST', `/api/alliance/action-items/${item}/done`, { as: lead }),
      peer('POST', `/api/alliance/action-items/${item}/done`, { as: member }),
    ]);
    expect(both.map((x) => x.status).sort()).toEqual([200, 409]);
  });
});
