import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { consultations } from '../../db/schema/index.ts';
import { createTestApp, nonAdmins, type Session, type TestApp } from '../../test/test-app.ts';
import { indexConsultations } from './search.jobs.ts';

// The desk's figures and search through HTTP on both engines. The figures are checked against values worked
// out by hand on five cases around Golden Week 2027 (29 April and 3–5 May are holidays, 1–2 May a weekend),
// with the clock moved to each step. Search: who finds what (a partner only its referred cases, a member only
// its own), and bad input named.

let t: TestApp;
let admin: Session & { id: string };
let member: Session; // of acme
let rival: Session; // of beta
let office: Session; // agency staff of the prefecture office
let bank: Session; // agency staff of the bank

beforeAll(async () => {
  t = await createTestApp();
});

beforeEach(async () => {
  await t.reset();
  t.deps.clock = undefined;
  admin = await t.signIn('admin');
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  const beta = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  const pref = await t.addOrganization({
    key: 'pref-office',
    name: { en: 'Prefecture office' },
    kind: 'government',
  });
  const bk = await t.addOrganization({ key: 'bank', name: { en: 'Regional bank' }, kind: 'financial' });
  member = await t.signIn('member', acme.id);
  rival = await t.signIn('member', beta.id);
  office = await t.signIn('agency', pref.id);
  bank = await t.signIn('agency', bk.id);
});

/** Sets the clock to a time in Japan, 'YYYY-MM-DD' at 10:00 JST unless a time is given. */
const at = (day: string, time = '10:00') => {
  const when = new Date(`${day}T${time}:00+09:00`);
  t.deps.clock = () => when;
};

async function ok(method: string, path: string, as: Session, body?: object) {
  const r = await t.request(method, path, { as, body });
  expect(r.status, `${method} ${path}: ${JSON.stringify(r.json)}`).toBeLessThan(300);
  return r.json;
}

async function open(day: string, topic: string, over: object = {}, as: Session = admin) {
  at(day);
  const c = await ok('POST', '/api/desk/consultations', as, {
    companyName: 'Example Ltd',
    contactName: 'Alex Example',
    email: 'alex@example.com',
    topic,
    message: 'We need help.',
    language: 'en',
    ...over,
  });
  return c.id as string;
}

const answer = (id: string, day: string, as: Session = admin) => {
  at(day, '15:00');
  return ok('POST', `/api/desk/consultations/${id}/notes`, as, { kind: 'answer', body: 'Here is how.' });
};
const triage = (id: string, day: string) => {
  at(day, '11:00');
  return ok('POST', `/api/desk/consultations/${id}/triage`, admin, { priority: 'normal' });
};
const close = (id: string, day: string) => {
  at(day, '17:00');
  return ok('POST', `/api/desk/consultations/${id}/close`, admin, { followUpOn: '2027-08-01' });
};
async function refer(id: string, day: string, partners: string[]) {
  at(day, '12:00');
  const c = await ok('POST', `/api/desk/consultations/${id}/referrals`, admin, { partners });
  return Object.fromEntries(
    (c.referrals as { id: string; partner: { key: string } }[]).map((r) => [r.partner.key, r.id]),
  );
}

const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('figures', () => {
  /**
   * technology targets 2 / 5 working days, funding 1 / 3.
   * A technology, received Wed 28 Apr; answered Thu 6 May (30 Apr, 6 May: 2 days, on target); closed Tue
   *   11 May (+7, 10, 11 May: 5 days, on target). Referred to the office (accepts) and the bank (returns).
   * B technology, received Fri 30 Apr; answered Fri 7 May (6, 7 May: 2, on target); open, triaged (first
   *   due 7 May, close due 12 May). Referred to the bank, which accepts.
   * C funding, received Tue 27 Apr; answered Fri 30 Apr (28, 30 Apr: 2 > 1, late); closed Mon 10 May
   *   (28, 30 Apr, 6, 7, 10 May: 5 > 3, late). Referred to the office, no answer yet.
   * D technology, received Thu 6 May, triaged (first due Mon 10 May), never answered: overdue on 12 May.
   * E funding, received Mon 15 March, answered Tue 16 March (1, on target), never triaged.
   */
  async function fixture() {
    at('2027-03-01');
    await ok('PUT', '/api/desk/topics/technology/targets', admin, { firstAnswerDays: 2, closeDays: 5 });
    await ok('PUT', '/api/desk/topics/funding/targets', admin, { firstAnswerDays: 1, closeDays: 3 });
    const e = await open('2027-03-15', 'funding');
    await answer(e, '2027-03-16');
    const c = await open('2027-04-27', 'funding');
    await triage(c, '2027-04-27');
    await refer(c, '2027-04-27', ['pref-office']);
    const a = await open('2027-04-28', 'technology');
    await triage(a, '2027-04-28');
    const ra = await refer(a, '2027-04-28', ['pref-office', 'bank']);
    await ok('POST', `/api/desk/referrals/${ra['pref-office']}/accept`, office);
    await ok('POST', `/api/desk/referrals/${ra.bank}/return`, bank, { reason: 'Not ours' });
    await answer(c, '2027-04-30');
    const b = await open('2027-04-30', 'technology');
    await triage(b, '2027-04-30');
    const rb = await refer(b, '2027-04-30', ['bank']);
    await ok('POST', `/api/desk/referrals/${rb.bank}/accept`, bank);
    await answer(a, '2027-05-06');
    const d = await open('2027-05-06', 'technology');
    await triage(d, '2027-05-06');
    await answer(b, '2027-05-07');
    await close(c, '2027-05-10');
    await close(a, '2027-05-11');
    at('2027-05-12');
  }

  it('counts by topic and month, working days against the targets across Golden Week, overdue and referrals', async () => {
    await fixture();
    const f = await ok('GET', '/api/desk/figures?from=2027-03-01&to=2027-05-31', admin);
    expect(f.period).toEqual({
      from: '2027-03-01',
      to: '2027-05-31',
      today: '2027-05-12',
      months: ['2027-03', '2027-04', '2027-05'],
    });
    expect(f.byMonth).toEqual([
      { month: '2027-03', topic: 'funding', count: 1 },
      { month: '2027-04', topic: 'funding', count: 1 },
      { month: '2027-04', topic: 'technology', count: 2 },
      { month: '2027-05', topic: 'technology', count: 1 },
    ]);
    const timing = Object.fromEntries(
      (f.timing as { topic: string | null }[]).map((x) => [x.topic ?? 'all', x]),
    );
    expect(Object.keys(timing)).toEqual(['all', 'technology', 'funding']);
    expect(timing.technology).toEqual({
      topic: 'technology',
      received: 3,
      targetDays: { firstAnswer: 2, close: 5 },
      firstAnswer: { count: 2, medianDays: 2, meanDays: 2, onTarget: 2, onTargetShare: 1 },
      close: { count: 1, medianDays: 5, meanDays: 5, onTarget: 1, onTargetShare: 1 },
    });
    expect(timing.funding).toEqual({
      topic: 'funding',
      received: 2,
      targetDays: { firstAnswer: 1, close: 3 },
      firstAnswer: { count: 2, medianDays: 1.5, meanDays: 1.5, onTarget: 1, onTargetShare: 0.5 },
      close: { count: 1, medianDays: 5, meanDays: 5, onTarget: 0, onTargetShare: 0 },
    });
    expect(timing.all).toEqual({
      topic: null,
      received: 5,
      targetDays: { firstAnswer: null, close: null },
      firstAnswer: { count: 4, medianDays: 2, meanDays: 1.8, onTarget: 3, onTargetShare: 0.75 },
      close: { count: 2, medianDays: 5, meanDays: 5, onTarget: 1, onTargetShare: 0.5 },
    });
    expect(f.overdue).toEqual({
      asOf: '2027-05-12',
      firstAnswer: 1,
      close: 0,
      open: 3,
      byTopic: [
        { topic: 'funding', firstAnswer: 0, close: 0, open: 1 },
        { topic: 'technology', firstAnswer: 1, close: 0, open: 2 },
      ],
    });
    expect(
      (f.referrals as { partner: { key: string } }[]).map(({ partner, ...r }) => ({
        key: partner.key,
        ...r,
      })),
    ).toEqual([
      { key: 'bank', referred: 2, accepted: 1, returned: 1, pending: 0, acceptance: 0.5 },
      { key: 'pref-office', referred: 2, accepted: 1, returned: 0, pending: 1, acceptance: 1 },
    ]);
    // Closed cases were asked the satisfaction question; nobody has answered it (aftercare.test.ts answers).
    expect(f.satisfaction).toMatchObject({ available: false, answered: 0, mean: null });

    // April only: C, A and B; D (6 May) and E (March) fall outside, and B's close target is not reached.
    const april = await ok('GET', '/api/desk/figures?from=2027-04-01&to=2027-04-30', admin);
    expect(april.byMonth.map((m: { count: number }) => m.count)).toEqual([1, 2]);
    expect(april.timing[0]).toMatchObject({
      topic: null,
      received: 3,
      firstAnswer: { count: 3, onTarget: 2 },
    });

    // The default period is the last twelve months to today.
    const byDefault = await ok('GET', '/api/desk/figures', admin);
    expect(byDefault.period).toMatchObject({ from: '2026-06-01', to: '2027-05-12' });
    expect(byDefault.period.months).toHaveLength(12);

    // The same figures as a workbook.
    const file = await t.request('GET', '/api/desk/figures/export.xlsx?from=2027-03-01&to=2027-05-31', {
      as: admin,
    });
    expect(file.status).toBe(200);
    expect(file.res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.res.arrayBuffer());
    const months = book.getWorksheet('by month')!;
    const header = (months.getRow(1).values as unknown[]).slice(1);
    const aprilRow = (months.getRow(3).values as unknown[]).slice(1);
    expect(aprilRow[0]).toBe('2027-04');
    expect(aprilRow[header.length - 1]).toBe(3);
    const times = book.getWorksheet('response times')!;
    expect((times.getRow(2).values as unknown[]).slice(1, 9)).toEqual([
      '全体 All',
      5,
      undefined,
      4,
      2,
      1.8,
      3,
      0.75,
    ]);
    const referrals = book.getWorksheet('referrals')!;
    expect(referrals.getRow(2).getCell(7).value).toBe(0.5);
  });

  it('is for coordinators only', async () => {
    for (const [who, role, status] of nonAdmins) {
      const as = role ? await t.signIn(role) : undefined;
      expect((await t.request('GET', '/api/desk/figures', { as })).status, who).toBe(status);
      expect((await t.request('GET', '/api/desk/figures/export.xlsx', { as })).status, who).toBe(status);
    }
  });

  it('answers bad periods with a 400 naming the field', async () => {
    for (const [query, path] of [
      ['from=2027-13-01', 'query.from'],
      ['to=tomorrow', 'query.to'],
      ['from=2027-05-01&to=2027-04-30', 'query.to'],
      ['from=2010-01-01&to=2027-04-30', 'query.from'],
    ]) {
      const r = await t.request('GET', `/api/desk/figures?${query}`, { as: admin });
      expect(r.status, query).toBe(400);
      expect(paths(r.json), query).toContain(path);
    }
  });
});

describe('search over past consultations', () => {
  type Hits = { items: { id: string; companyName: string }[]; total: number };
  const search = async (as: Session, q: string) => {
    const r = await t.request('GET', `/api/desk/search?q=${encodeURIComponent(q)}`, { as });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    return r.json as Hits;
  };
  const ids = (hits: Hits) => hits.items.map((h) => h.id).sort();

  it('finds by message, answer and glossary across languages, each caller within its own cases', async () => {
    at('2027-06-01');
    const own = await open(
      '2027-06-01',
      'technology',
      { message: '超伝導コイルの冷却について相談したい', language: 'ja' },
      member,
    );
    const rivals = await open(
      '2027-06-02',
      'technology',
      { message: 'Superconducting cable brazing' },
      rival,
    );
    const web = await open('2027-06-03', 'funding', {
      companyName: 'Northwind',
      message: 'Grants for a superconducting magnet test stand',
    });
    const unrelated = await open('2027-06-03', 'talent', { message: 'Hiring welders' });
    await refer(web, '2027-06-03', ['pref-office']);
    at('2027-06-04');
    await ok('POST', `/api/desk/consultations/${own}/notes`, admin, {
      kind: 'answer',
      body: 'A cryocooler loan is possible.',
    });
    await ok('POST', `/api/desk/consultations/${unrelated}/notes`, admin, {
      kind: 'note',
      audience: 'staff',
      body: 'Internal: cryocooler budget',
    });

    // 超伝導 and "superconducting" are one glossary entry: either finds all three.
    expect(ids(await search(admin, 'superconducting'))).toEqual([own, rivals, web].sort());
    expect(ids(await search(admin, '超伝導'))).toEqual([own, rivals, web].sort());
    expect(ids(await search(admin, 'cable brazing'))).toEqual([rivals]);
    expect(ids(await search(admin, 'northwind'))).toEqual([web]);
    // The answer is indexed; a note for staff is not.
    expect(ids(await search(admin, 'cryocooler'))).toEqual([own]);

    expect(ids(await search(member, 'superconducting'))).toEqual([own]);
    expect(ids(await search(member, 'cryocooler'))).toEqual([own]);
    expect(ids(await search(rival, '超伝導'))).toEqual([rivals]);
    expect(ids(await search(office, 'superconducting'))).toEqual([web]);
    expect((await search(bank, 'superconducting')).total).toBe(0);
    const filtered = await t.request('GET', '/api/desk/search?q=superconducting&topic=funding&limit=1', {
      as: admin,
    });
    expect(filtered.json).toMatchObject({
      total: 1,
      items: [{ id: web, topic: 'funding', companyName: 'Northwind' }],
    });
  });

  it('indexes cases written before the search, with their answers, once (desk.search-index)', async () => {
    const id = await open('2027-06-01', 'ip', { message: 'Licensing a gyrotron patent' });
    // As a row from before the column: no terms. An answer now leaves it to the job.
    await t.db.update(consultations).set({ searchTerms: null }).where(eq(consultations.id, id));
    await ok('POST', `/api/desk/consultations/${id}/notes`, admin, {
      kind: 'answer',
      body: 'An escrow clause helps.',
    });
    expect((await search(admin, 'gyrotron')).total).toBe(0);
    expect(await indexConsultations(t.db)).toBe(1);
    expect(ids(await search(admin, 'gyrotron'))).toEqual([id]);
    expect(ids(await search(admin, 'escrow'))).toEqual([id]);
    expect(await indexConsultations(t.db)).toBe(0);
  });

  it('is for desk accounts only', async () => {
    expect((await t.request('GET', '/api/desk/search?q=x')).status).toBe(401);
    const person = await t.signIn('person');
    expect((await t.request('GET', '/api/desk/search?q=x', { as: person })).status).toBe(403);
  });

  it('answers bad input with a 400 naming the field', async () => {
    for (const [query, path] of [
      ['', 'query.q'],
      ['q=', 'query.q'],
      ['q=%21%21%21', 'query.q'],
      [`q=${'a'.repeat(201)}`, 'query.q'],
      ['q=coil&topic=weather', 'query.topic'],
      ['q=coil&status=lost', 'query.status'],
      ['q=coil&limit=0', 'query.limit'],
    ]) {
      const r = await t.request('GET', `/api/desk/search?${query}`, { as: admin });
      expect(r.status, query).toBe(400);
      expect(paths(r.json), query).toContain(path);
    }
  });
});

describe('the FAQ built from consultations', () => {
  const secrets = ['Secret Vacuum', 'Hidden Person', 'hidden@secret.example', '734-0000'];

  it('publishes and edits an entry without the company, refusing text that names it', async () => {
    const id = await open('2027-06-01', 'technology', {
      companyName: 'Secret Vacuum KK',
      contactName: 'Hidden Person',
      email: 'hidden@secret.example',
      phone: '+81 17-734-0000',
      message: 'Joint research on divertor tiles?',
    });
    const entry = {
      question: { ja: '共同研究の相談先は？', en: 'Whom do we ask about joint research?' },
      answer: { ja: 'ワンストップ窓口へ', en: 'The one-stop desk' },
      consultation: id,
    };
    const faq = (method: string, path: string, body: object, headers?: Record<string, string>) =>
      t.request(method, `/api/public${path}`, { as: admin, body, headers });

    const named = await faq('POST', '/faq', {
      ...entry,
      answer: { ja: '017-734-0000 へ', en: 'Secret Vacuum KK was told to call the desk' },
    });
    expect(named.status).toBe(400);
    expect(paths(named.json).sort()).toEqual(['body.answer.en', 'body.answer.ja']);

    const created = await faq('POST', '/faq', entry);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.version).toBe(1);
    const entryId = created.json.id as string;

    const edited = await faq(
      'PATCH',
      `/faq/${entryId}`,
      { answer: { ja: 'ワンストップ窓口（テクまど）へ', en: 'The one-stop desk, which refers you on' } },
      { 'if-match': '"1"' },
    );
    expect(edited.status, JSON.stringify(edited.json)).toBe(200);
    expect(edited.res.headers.get('etag')).toBe('"2"');
    expect(edited.json).toMatchObject({ version: 2, question: entry.question, published: true });

    const stale = await faq('PATCH', `/faq/${entryId}`, { published: false }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    const leak = await faq('PATCH', `/faq/${entryId}`, { question: { en: 'Mail Hidden@Secret.example' } });
    expect(leak.status).toBe(400);
    expect(paths(leak.json)).toEqual(['body.question.en']);
    const empty = await faq('PATCH', `/faq/${entryId}`, {});
    expect(empty.status).toBe(400);
    const bad = await faq('PATCH', `/faq/${entryId}`, { answer: {}, published: 'yes' });
    expect(bad.status).toBe(400);
    expect(paths(bad.json).sort()).toEqual(['body.answer', 'body.published']);
    expect(
      (await faq('PATCH', '/faq/00000000-0000-4000-8000-000000000000', { published: false })).status,
    ).toBe(404);
    const asMember = await t.request('PATCH', `/api/public/faq/${entryId}`, {
      as: member,
      body: { published: false },
    });
    expect(asMember.status).toBe(403);

    // On the public pages: the entry's own words, found by them, and nothing of the company or the case.
    const list = await t.request('GET', '/api/public/faq?q=joint%20research');
    expect(list.json.items.map((e: { id: string }) => e.id)).toEqual([entryId]);
    const feed = await (await t.request('GET', '/api/public/feed.atom')).res.text();
    for (const text of [JSON.stringify(list.json), feed])
      for (const secret of [...secrets, id]) expect(text).not.toContain(secret);

    // Taken off the public pages, the coordinator still has it.
    const off = await faq('PATCH', `/faq/${entryId}`, { published: false }, { 'if-match': '"2"' });
    expect(off.json).toMatchObject({ version: 3, published: false });
    expect((await t.request('GET', '/api/public/faq')).json.total).toBe(0);
    expect((await t.request('GET', '/api/public/faq', { as: admin })).json.total).toBe(1);
  });
});
