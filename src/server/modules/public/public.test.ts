import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema/index.ts';
import { publicFormLimit } from '../../lib/public-form.ts';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';

// The public face through HTTP on both engines: explainer Markdown rendered inert, residents' questions through
// moderation (publish, answer, merge keeping followers, reject, one outcome under simultaneous steps), the
// asker's e-mail never on a public route or in the feed, the ask form's rate limit and honeypot, the FAQ
// without the company, the Atom feed, and every bad input named.

let t: TestApp;
let admin: Session & { id: string };
let peerCount = 0;
const nextPeer = () => `203.0.113.${++peerCount % 250}`;
const privateEmail = 'private.resident@example.org';

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  t.deps.clock = undefined;
  admin = await t.signIn('admin');
  await t.addOrganization({
    key: 'aomori-prefecture',
    name: { ja: '青森県', en: 'Aomori Prefecture' },
    kind: 'government',
  });
});

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

const ask = (over: object = {}, peer = nextPeer()) =>
  t.request('POST', '/api/public/questions', {
    body: { question: '核融合施設は地震のとき安全ですか？', language: 'ja', ...over },
    peer,
  });

async function moderation(status?: string) {
  const r = await t.request('GET', `/api/public/moderation/questions${status ? `?status=${status}` : ''}`, {
    as: admin,
  });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json as {
    items: { id: string; status: string; email: string | null; followers: number }[];
    total: number;
  };
}

/** A question asked through the public form, found in the moderation queue. */
async function asked(over: object = {}) {
  const r = await ask(over);
  expect(r.status, JSON.stringify(r.json)).toBe(202);
  return (await moderation('pending')).items[0]!;
}

const answer = {
  text: { ja: '安全対策は国の考え方に沿って検討されます。', en: 'Safety follows the national approach.' },
  organization: 'aomori-prefecture',
};

const step = (id: string, what: string, body: object, as: Session = admin) =>
  t.request('POST', `/api/public/questions/${id}/${what}`, { as, body });

describe('explainer pages', () => {
  const page = (over: object = {}) => ({
    slug: 'fusion-safety',
    title: { ja: '安全性', en: 'Safety' },
    summary: { en: 'Why it is safe' },
    body: {
      en: [
        '# Safety',
        '<script>alert("x")</script>',
        '<iframe src="https://evil.example"></iframe>',
        '<img src="https://img.example/a.png" onerror="alert(1)">',
        '[click](javascript:alert(1)) and <a href="JaVaScRiPt:alert(2)">this</a>',
        '<p onclick="alert(3)">text</p>',
        '![plant](https://img.example/plant.png) [QST](https://www.qst.go.jp/)',
      ].join('\n\n'),
    },
    sources: [{ label: 'seeds/001', asOf: '2024-02-20' }],
    published: true,
    ...over,
  });

  it('renders Markdown with script, iframe, event handlers and javascript: links inert', async () => {
    const created = await t.request('POST', '/api/public/explainers', { as: admin, body: page() });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const r = await t.request('GET', '/api/public/explainers/fusion-safety');
    expect(r.status).toBe(200);
    const html: string = r.json.html.en;
    expect(html).toContain('<h1>Safety</h1>');
    expect(html).toContain('<img src="https://img.example/plant.png"');
    expect(html).toContain('href="https://www.qst.go.jp/"');
    for (const bad of ['<script', 'alert("x")', '<iframe', 'onerror', 'onclick', 'javascript:', 'JaVaScRiPt'])
      expect(html, bad).not.toContain(bad);
    expect(r.json.sources).toEqual([{ label: 'seeds/001', asOf: '2024-02-20' }]);
  });

  it('hides a draft from the public and shows it to the coordinator', async () => {
    await t.request('POST', '/api/public/explainers', { as: admin, body: page({ published: false }) });
    expect((await t.request('GET', '/api/public/explainers/fusion-safety')).status).toBe(404);
    expect((await t.request('GET', '/api/public/explainers')).json.total).toBe(0);
    expect((await t.request('GET', '/api/public/explainers/fusion-safety', { as: admin })).status).toBe(200);
    expect((await t.request('GET', '/api/public/explainers', { as: admin })).json.total).toBe(1);
  });

  it('edits make a new version, a stale If-Match is a 412, and a second page with the same slug is a 409', async () => {
    const created = await t.request('POST', '/api/public/explainers', { as: admin, body: page() });
    const edited = await t.request('PUT', `/api/public/explainers/${created.json.id}`, {
      as: admin,
      body: page({ title: { en: 'Safety, explained' } }),
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ version: 2, title: { en: 'Safety, explained' } });
    expect(edited.res.headers.get('etag')).toBe('"2"');
    // An edit based on version 1 comes too late now.
    const stale = await t.request('PUT', `/api/public/explainers/${created.json.id}`, {
      as: admin,
      body: page(),
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const current = await t.request('PUT', `/api/public/explainers/${created.json.id}`, {
      as: admin,
      body: page(),
      headers: { 'if-match': '"2"' },
    });
    expect(current.status).toBe(200);
    const twin = await t.request('POST', '/api/public/explainers', { as: admin, body: page() });
    expect(twin.status).toBe(409);
  });

  it.each(nonAdmins)('refuses a page from %s', async (_who, role, status) => {
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('POST', '/api/public/explainers', { as, body: page() })).status).toBe(status);
  });

  it('names every bad field', async () => {
    const cases: [object, string][] = [
      [{ slug: 'Not A Slug' }, 'body.slug'],
      [{ title: {} }, 'body.title'],
      [{ sources: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'body.sources[0].url'],
      [{ sources: [{ label: 'x', asOf: '2024-13-40' }] }, 'body.sources[0].asOf'],
    ];
    for (const [over, path] of cases) {
      const r = await t.request('POST', '/api/public/explainers', { as: admin, body: page(over) });
      expect(r.status, path).toBe(400);
      expect(paths(r.json), path).toContain(path);
    }
  });
});

describe("residents' questions", () => {
  it('takes a question without an account and keeps it out of public view until published', async () => {
    const r = await ask({ name: 'Sato', email: privateEmail });
    expect(r.status).toBe(202);
    expect(r.json).toEqual({ received: true });
    expect((await t.request('GET', '/api/public/questions')).json.total).toBe(0);
    const [q] = (await moderation()).items;
    expect(q).toMatchObject({ status: 'pending', email: privateEmail, followers: 1 });
    expect((await t.request('GET', `/api/public/questions/${q!.id}`)).status).toBe(404);
  });

  it('publishes with an answer naming the organisation; the list and the search find it', async () => {
    const q = await asked();
    const r = await step(q.id, 'publish', { answer });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json).toMatchObject({
      status: 'published',
      answer: { organization: { key: 'aomori-prefecture' } },
    });
    const list = await t.request('GET', '/api/public/questions');
    expect(list.json.items).toHaveLength(1);
    expect(list.json.items[0].answer.organization.name).toEqual({ ja: '青森県', en: 'Aomori Prefecture' });
    // Japanese in the question, English in the answer: both find it; an unrelated word does not.
    for (const q of ['地震', 'national approach'])
      expect((await t.request('GET', `/api/public/questions?q=${encodeURIComponent(q)}`)).json.total, q).toBe(
        1,
      );
    expect((await t.request('GET', '/api/public/questions?q=tritium')).json.total).toBe(0);
    expect((await t.request('GET', '/api/public/questions?answered=false')).json.total).toBe(0);
  });

  it('publishes once: a second publish and a reject of a published question are 409s', async () => {
    const q = await asked();
    expect((await step(q.id, 'publish', {})).status).toBe(200);
    expect((await step(q.id, 'publish', {})).status).toBe(409);
    expect((await step(q.id, 'reject', { reason: 'off topic' })).status).toBe(409);
    // Answering comes after publishing.
    expect((await step(q.id, 'answer', { answer })).status).toBe(200);
  });

  it('gives one outcome when two coordinators act on the same question at once', async () => {
    const q = await asked();
    const other = await t.peer();
    const [a, b] = await Promise.all([
      step(q.id, 'publish', {}),
      other('POST', `/api/public/questions/${q.id}/reject`, { as: admin, body: { reason: 'duplicate' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [row] = (await moderation()).items;
    expect(row!.status).toBe(a.status === 200 ? 'published' : 'rejected');
  });

  it('rejects with a reason; the question stays private', async () => {
    const q = await asked();
    const noReason = await step(q.id, 'reject', {});
    expect(noReason.status).toBe(400);
    expect(paths(noReason.json)).toContain('body.reason');
    const r = await step(q.id, 'reject', { reason: 'Personal information in the text' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'rejected', rejectReason: 'Personal information in the text' });
    expect((await t.request('GET', '/api/public/questions')).json.total).toBe(0);
  });

  it('merges into a published question, keeping the merged one’s followers, and tells them of the answer', async () => {
    const target = await asked({ email: 'first@example.org' });
    await step(target.id, 'publish', {});
    const dup = await asked({ question: '地震のときの安全は？', email: 'second@example.org' });
    // A follower of both keeps one follow of the target.
    await t.request('POST', `/api/public/questions/${target.id}/follows`, {
      body: { email: 'SECOND@example.org' },
      peer: nextPeer(),
    });
    const notPublished = await step(dup.id, 'merge', { into: dup.id });
    expect(paths(notPublished.json)).toContain('body.into');
    const r = await step(dup.id, 'merge', { into: target.id });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json).toMatchObject({ status: 'merged', mergedInto: target.id, followers: 0 });
    const merged = (await moderation('published')).items[0]!;
    expect(merged.followers).toBe(2);
    await step(target.id, 'answer', { answer });
    const mails = await t.db.select().from(mailOutbox);
    expect(mails.map((m) => m.to.toLowerCase()).sort()).toEqual(['first@example.org', 'second@example.org']);
    expect(mails[0]!.body).toContain('/questions?unfollow=');
    expect((await t.request('GET', '/api/public/questions')).json.total).toBe(1);
  });

  it('lets a follower unfollow with the token from the mail', async () => {
    const q = await asked({ email: privateEmail });
    await step(q.id, 'publish', { answer });
    const [mail] = await t.db.select().from(mailOutbox);
    const token = mail!.body.match(/unfollow=([\w-]+)/)![1]!;
    expect((await t.request('DELETE', `/api/public/follows/${token}`)).status).toBe(204);
    expect((await t.request('DELETE', `/api/public/follows/${token}`)).status).toBe(404);
    expect((await moderation()).items[0]!.followers).toBe(0);
  });

  it('lets anyone follow a published question only, within the same per-client limit', async () => {
    const q = await asked();
    const follow = (email: string, peer: string, website?: string) =>
      t.request('POST', `/api/public/questions/${q.id}/follows`, { body: { email, website }, peer });
    expect((await follow('a@example.org', nextPeer())).status).toBe(404);
    await step(q.id, 'publish', {});
    const peer = '198.51.100.90';
    expect((await follow('trap@example.org', peer, 'http://spam.example')).status).toBe(202);
    for (let i = 1; i < publicFormLimit.perWindow; i++)
      expect((await follow(`f${i}@example.org`, peer)).status).toBe(202);
    expect((await follow('late@example.org', peer)).status).toBe(429);
    // The trapped address was not stored; the others were.
    expect((await moderation('published')).items[0]!.followers).toBe(publicFormLimit.perWindow - 1);
    const bad = await follow('not-an-address', nextPeer());
    expect(paths(bad.json)).toContain('body.email');
  });

  it('answers a filled honeypot like a success and stores nothing', async () => {
    const trap = await ask({ website: 'http://spam.example' });
    expect(trap.status).toBe(202);
    expect(trap.json).toEqual({ received: true });
    expect((await moderation()).total).toBe(0);
  });

  it(`refuses the ${publicFormLimit.perWindow + 1}th question from one client within the hour`, async () => {
    const peer = '198.51.100.77';
    for (let i = 0; i < publicFormLimit.perWindow; i++) expect((await ask({}, peer)).status).toBe(202);
    const refused = await ask({}, peer);
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('rate_limited');
    expect(Number(refused.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await ask({ website: 'x' }, peer)).status).toBe(429);
    expect((await ask({}, '198.51.100.78')).status).toBe(202);
    t.deps.clock = () => new Date(Date.now() + publicFormLimit.windowMs + 1000);
    expect((await ask({}, peer)).status).toBe(202);
  });

  it('names every bad field', async () => {
    const cases: [object, string][] = [
      [{ question: '' }, 'body.question'],
      [{ language: 'fr' }, 'body.language'],
      [{ email: 'not-an-address' }, 'body.email'],
      [{ question: 'x'.repeat(4001) }, 'body.question'],
      [{ extra: 1 }, 'body'],
    ];
    for (const [over, path] of cases) {
      const r = await ask(over);
      expect(r.status, path).toBe(400);
      expect(r.json.error.code).toBe('validation_failed');
      expect(
        paths(r.json).some((p: string) => p.startsWith(path)),
        `${path}: ${paths(r.json)}`,
      ).toBe(true);
    }
    const q = await asked();
    const unknownOrg = await step(q.id, 'publish', { answer: { ...answer, organization: 'nobody' } });
    expect(unknownOrg.status).toBe(400);
    expect(paths(unknownOrg.json)).toContain('body.answer.organization');
    const noText = await step(q.id, 'publish', { answer: { text: {}, organization: 'aomori-prefecture' } });
    expect(paths(noText.json)).toContain('body.answer.text');
    expect((await t.request('GET', '/api/public/questions?limit=0')).status).toBe(400);
    expect((await step('not-a-uuid', 'publish', {})).status).toBe(400);
  });

  it.each(nonAdmins)('keeps moderation from %s', async (_who, role, status) => {
    const q = await asked();
    const as = role ? await t.signIn(role) : undefined;
    expect((await t.request('GET', '/api/public/moderation/questions', { as })).status).toBe(status);
    expect((await t.request('POST', `/api/public/questions/${q.id}/publish`, { as, body: {} })).status).toBe(
      status,
    );
  });
});

describe('FAQ and feed', () => {
  it("publishes a consultation's answer as a FAQ entry without the company", async () => {
    const form = await t.request('POST', '/api/desk/public-consultations', {
      peer: nextPeer(),
      body: {
        companyName: 'Secret Vacuum KK',
        contactName: 'Hidden Person',
        email: privateEmail,
        topic: 'technology',
        message: 'Joint research?',
        language: 'en',
      },
    });
    expect(form.status).toBe(202);
    const cases = await t.request('GET', '/api/desk/consultations', { as: admin });
    const consultation = cases.json.items[0].id as string;
    const body = {
      question: { ja: '共同研究の相談先は？', en: 'Whom do we ask about joint research?' },
      answer: { ja: 'ワンストップ窓口へ', en: 'The one-stop desk' },
      consultation,
    };
    const r = await t.request('POST', '/api/public/faq', { as: admin, body });
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    const list = await t.request('GET', '/api/public/faq?q=joint%20research');
    expect(list.json.total).toBe(1);
    const text = JSON.stringify(list.json);
    for (const secret of [consultation, 'Secret Vacuum', 'Hidden Person', privateEmail])
      expect(text).not.toContain(secret);
    const bad = await t.request('POST', '/api/public/faq', {
      as: admin,
      body: { ...body, consultation: '00000000-0000-4000-8000-000000000000' },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toContain('body.consultation');
  });

  it('feeds new answers and explainer updates as Atom, without any private contact', async () => {
    const q = await asked({ email: privateEmail, name: 'Sato' });
    await step(q.id, 'publish', { answer });
    await t.request('POST', '/api/public/explainers', {
      as: admin,
      body: {
        slug: 'what-is-fusion',
        title: { en: 'What fusion is' },
        summary: { en: 'Basics' },
        body: { en: 'Light nuclei <fuse>' },
        published: true,
      },
    });
    const r = await t.request('GET', '/api/public/feed.atom');
    expect(r.status).toBe(200);
    expect(r.res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await r.res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('核融合施設は地震のとき安全ですか？');
    expect(xml).toContain('青森県 / Aomori Prefecture');
    expect(xml).toContain('What fusion is');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).not.toContain(privateEmail);
  });

  it('never shows a private contact on any public route', async () => {
    const q = await asked({ email: privateEmail, name: 'Sato' });
    await step(q.id, 'publish', { answer });
    const doc = (await t.request('GET', '/api/openapi.json')).json;
    let walked = 0;
    for (const [path, item] of Object.entries(
      doc.paths as Record<string, Record<string, { 'x-access'?: unknown }>>,
    )) {
      if (item.get?.['x-access'] !== 'public') continue;
      const concrete = path.replace('{id}', q.id).replace('{slug}', 'what-is-fusion');
      if (concrete.includes('{')) continue;
      const r = await t.request('GET', `/api${concrete}`);
      const text = r.json ? JSON.stringify(r.json) : await r.res.text();
      expect(text, path).not.toContain(privateEmail);
      walked++;
    }
    expect(walked).toBeGreaterThan(8);
    // The question itself is public (with the name given for it), the address is not.
    expect((await t.request('GET', `/api/public/questions/${q.id}`)).json.askerName).toBe('Sato');
  });
});
