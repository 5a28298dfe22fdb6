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

  it('meetings are edited and deleted under If-Match by the lead and coordinators, with audit rows', async () => {
    const r = await t.request('POST', `/api/alliance/groups/${groupId}/meetings`, {
      as: lead,
      body: {
        heldOn: '2027-07-01',
        title: { en: 'Third' },
        actionItems: [{ text: { en: 'Old item' } }],
      },
    });
    const m = r.json.meetings.find((x: { heldOn: string }) => x.heldOn === '2027-07-01');
    expect(m.version).toBe(1);
    const edit = {
      heldOn: '2027-07-02',
      title: { en: 'Third, moved' },
      actionItems: [{ text: { en: 'New' } }],
    };
    const patch = (as: Session, ifMatch: string, body: object = edit) =>
      t.request('PATCH', `/api/alliance/meetings/${m.id}`, { as, body, headers: { 'if-match': ifMatch } });
    expect((await patch(member, '"1"')).status).toBe(403);
    expect((await patch(outsider, '"1"')).status).toBe(404);
    expect(paths((await patch(lead, '"1"', { ...edit, heldOn: 'July' })).json)).toEqual(['body.heldOn']);
    expect(paths((await patch(lead, 'one')).json)).toEqual(['header.if-match']);
    const ok = await patch(lead, '"1"');
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    const after = ok.json.meetings.find((x: { id: string }) => x.id === m.id);
    expect(after).toMatchObject({ heldOn: '2027-07-02', title: { en: 'Third, moved' }, version: 2 });
    expect(after.actionItems.map((i: { text: { en: string } }) => i.text.en)).toEqual(['New']);
    expect((await patch(admin, '"1"')).status).toBe(412);
    const del = (as: Session, ifMatch: string) =>
      t.request('DELETE', `/api/alliance/meetings/${m.id}`, { as, headers: { 'if-match': ifMatch } });
    expect((await del(member, '"2"')).status).toBe(403);
    expect((await del(admin, '"1"')).status).toBe(412);
    const gone = await del(admin, '"2"');
    expect(gone.status).toBe(200);
    expect(gone.json.meetings.some((x: { id: string }) => x.id === m.id)).toBe(false);
    expect((await del(admin, '"2"')).status).toBe(404);
    const audit = await t.request('GET', `/api/audit?entity=alliance-meeting&entityId=${m.id}`, {
      as: admin,
    });
    expect(audit.json.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'create',
      'delete',
      'update',
    ]);
  });
});

describe('uploaded documents', () => {
  const pdf = () => new Uint8Array([...'%PDF-1.7\n% minutes'].map((c) => c.charCodeAt(0)));
  async function upload(
    as: Session,
    body: Uint8Array,
    { name = 'minutes.pdf', type = 'application/pdf', visibility = 'group', title = '' } = {},
  ) {
    const q = new URLSearchParams({ name, visibility, ...(title ? { titleEn: title } : {}) });
    const res = await t.app.request(`/api/alliance/groups/${groupId}/files?${q}`, {
      method: 'POST',
      headers: { 'content-type': type, cookie: as.cookie, 'x-csrf-token': as.csrf },
      body: body as Uint8Array<ArrayBuffer>,
    });
    return {
      status: res.status,
      json: (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : undefined,
    };
  }
  const download = async (url: string, as: Session) => {
    const res = await t.app.request(url, { headers: { cookie: as.cookie } });
    return { status: res.status, res };
  };
  type Doc = { id: string; kind: string; url: string; title: { en?: string }; fileName: string | null };
  const docs = async (as: Session) =>
    (await t.request('GET', `/api/alliance/groups/${groupId}`, { as })).json.documents as Doc[];

  it('a group-only file: members upload and download it; an outsider can neither list nor download it', async () => {
    const up = await upload(member, pdf(), { name: '議事録 11月.pdf', title: 'November minutes' });
    expect(up.status, JSON.stringify(up.json)).toBe(201);
    const doc = up.json.documents.find((d: Doc) => d.title.en === 'November minutes');
    expect(doc).toMatchObject({
      kind: 'file',
      fileName: '11.pdf',
      contentType: 'application/pdf',
      byteSize: 18,
      visibility: 'group',
      url: `/api/alliance/documents/${doc.id}`,
    });
    for (const [who, status] of [
      [member, 200],
      [lead, 200],
      [admin, 200],
      [outsider, 404],
      [person, 404],
    ] as const) {
      const got = await download(doc.url, who);
      expect(got.status).toBe(status);
      if (status === 200) {
        expect(got.res.headers.get('content-type')).toBe('application/pdf');
        expect(got.res.headers.get('content-disposition')).toBe('attachment; filename="11.pdf"');
        expect(new Uint8Array(await got.res.arrayBuffer())).toEqual(pdf());
      }
    }
    expect((await docs(outsider)).some((d) => d.id === doc.id)).toBe(false);
    expect((await docs(person)).some((d) => d.id === doc.id)).toBe(false);
    expect((await download(doc.url, outsider)).status).toBe(404);
    // Link documents keep working beside files.
    expect((await docs(member)).filter((d) => d.kind === 'link').map((d) => d.url)).toEqual([
      'https://example.org/doc.pdf',
      'https://example.org/doc.pdf',
    ]);
  });

  it("a members-wide file is every member's; outsiders of the group may not upload", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const up = await upload(lead, png, { name: 'map.png', type: 'image/png', visibility: 'members' });
    expect(up.status).toBe(201);
    const doc = up.json.documents.find((d: Doc) => d.fileName === 'map.png');
    expect(doc.title).toEqual({ ja: 'map.png', en: 'map.png' });
    expect((await download(doc.url, outsider)).status).toBe(200);
    expect((await download(doc.url, person)).status).toBe(404);
    expect((await upload(outsider, pdf())).status).toBe(403);
  });

  it('a bad type, a contradicting type, an oversize or empty file and a bad query are 4xx naming the field', async () => {
    const text = new Uint8Array([...'hello'].map((c) => c.charCodeAt(0)));
    const bad = await upload(member, text, { name: 'notes.txt', type: 'text/plain' });
    expect(bad.status).toBe(415);
    expect(paths(bad.json)).toEqual(['body']);
    const lying = await upload(member, pdf(), { type: 'image/png' });
    expect(lying.status).toBe(415);
    expect(paths(lying.json)).toEqual(['header.content-type']);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf());
    const over = await upload(member, big);
    expect(over.status).toBe(413);
    expect(paths(over.json)).toEqual(['body']);
    const empty = await upload(member, new Uint8Array());
    expect(empty.status).toBe(400);
    expect(paths(empty.json)).toEqual(['body']);
    const vis = await upload(member, pdf(), { visibility: 'everyone' });
    expect(vis.status).toBe(400);
    expect(paths(vis.json)).toEqual(['query.visibility']);
  });

  it('a document is deleted by whoever shared it, the lead or a coordinator, with an audit row', async () => {
    const up = await upload(member, pdf(), { name: 'draft.pdf', title: 'Draft to withdraw' });
    const doc = up.json.documents.find((d: Doc) => d.title.en === 'Draft to withdraw');
    expect(doc.mayDelete).toBe(true);
    const seenByOutsider = await t.request('GET', `/api/alliance/groups/${groupId}`, { as: outsider });
    expect(seenByOutsider.json.documents.every((d: { mayDelete: boolean }) => !d.mayDelete)).toBe(true);
    const del = (as: Session, id: string) => t.request('DELETE', `/api/alliance/documents/${id}`, { as });
    expect((await del(outsider, doc.id)).status).toBe(404); // group-only: not even there for an outsider
    const members = (await docs(member)).find((d) => d.title.en === 'Public summary')!;
    expect((await del(outsider, members.id)).status).toBe(403); // seen, not theirs
    expect((await del(member, members.id)).status).toBe(403); // shared by the lead, not by this member
    const gone = await del(member, doc.id);
    expect(gone.status).toBe(200);
    expect(gone.json.documents.some((d: Doc) => d.id === doc.id)).toBe(false);
    expect((await download(doc.url, member)).status).toBe(404);
    expect((await del(member, doc.id)).status).toBe(404);
    expect((await del(lead, members.id)).status).toBe(200);
    const audit = await t.request('GET', `/api/audit?entity=alliance-document&entityId=${doc.id}`, {
      as: admin,
    });
    expect(audit.json.items.map((a: { action: string }) => a.action).sort()).toEqual(['delete', 'upload']);
  });
});
