import ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { grantQuota } from './index.ts';

// Equipment bookings through the HTTP API on both engines: booking and approval, the database's refusal of
// double bookings (also under 50 simultaneous requests), cancellation cut-offs, quotas, who sees what, the
// usage log, and the calendar files. The clock is the app's: 2027-04-01 00:00 in Japan unless a test moves it.

let t: TestApp;
let admin: Session;
let owner: Session;
let beta: Session;
let gamma: Session;
let bench: { id: string };
let beam: { id: string };
let lab: { id: string };
let betaOrg: { id: string };
let now = new Date('2027-04-01T00:00:00+09:00');

beforeAll(async () => {
  t = await createTestApp();
  t.deps.clock = () => now;
});

const equipment = (over: object) => ({
  name: { en: 'Test bench', ja: '試験台' },
  technologies: ['MAT.irradiation-testing'],
  feeMemberJpy: 5_000,
  feeNonMemberJpy: 10_000,
  ...over,
});

beforeEach(async () => {
  await t.reset();
  now = new Date('2027-04-01T00:00:00+09:00');
  admin = await t.signIn('admin');
  const acme = await t.addOrganization({ key: 'acme', name: { en: 'Acme' } });
  betaOrg = await t.addOrganization({ key: 'beta', name: { en: 'Beta' } });
  const gammaOrg = await t.addOrganization({ key: 'gamma', name: { en: 'Gamma' } });
  owner = await t.signIn('member', acme.id);
  beta = await t.signIn('member', betaOrg.id);
  gamma = await t.signIn('member', gammaOrg.id);
  const f = await t.request('POST', '/api/facilities', {
    as: owner,
    body: { key: 'vf', organization: 'acme', name: { ja: 'ベンチャーファクトリー', en: 'Venture Factory' } },
  });
  expect(f.status).toBe(201);
  const add = async (body: object) => {
    const res = await t.request('POST', `/api/facilities/${f.json.id}/equipment`, { as: owner, body });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json;
  };
  bench = await add(equipment({ key: 'bench', bookingUnit: 'hour', approvalRequired: false }));
  beam = await add(equipment({ key: 'beam', name: { en: 'Beam line' }, bookingUnit: 'hour' }));
  lab = await add(
    equipment({ key: 'lab', name: { en: 'Lab' }, bookingUnit: 'day', approvalRequired: false }),
  );
});

const at = (local: string) => `2027-04-${local}+09:00`;
const bookAt = (as: Session, item: { id: string }, start: string, end: string, note?: string) =>
  t.request('POST', `/api/equipment/${item.id}/bookings`, { as, body: { start, end, note } });
/** A booking in April 2027, times given as day and Japan time: '02T09:00:00'. */
const book = (as: Session, item: { id: string }, start: string, end: string, note?: string) =>
  bookAt(as, item, at(start), at(end), note);
const paths = (json: { error: { details: { path: string }[] } }) => json.error.details.map((d) => d.path);

describe('booking a slot', () => {
  it('confirms at once where no approval is needed, with units and the member fee', async () => {
    const res = await book(beta, bench, '02T09:00:00', '02T11:00:00', 'tensile tests');
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toMatchObject({
      status: 'confirmed',
      units: 2,
      feeJpy: 10_000,
      start: '2027-04-02T00:00:00.000Z',
      end: '2027-04-02T02:00:00.000Z',
      organization: { key: 'beta' },
      note: 'tensile tests',
      cancellable: true,
    });
    // A per-day item: two days at 5,000 yen.
    const day = await book(beta, lab, '05T00:00:00', '07T00:00:00');
    expect(day.json).toMatchObject({ status: 'confirmed', units: 2, feeJpy: 10_000 });
    // The highest fee the equipment form takes, for two days: past 2^31 yen, still exact.
    await t.request('PATCH', `/api/equipment/${lab.id}`, {
      as: owner,
      body: { feeMemberJpy: 2_000_000_000 },
    });
    const dear = await book(beta, lab, '08T00:00:00', '10T00:00:00');
    expect(dear.status).toBe(201);
    expect(dear.json.feeJpy).toBe(4_000_000_000);
  });

  it('answers every bad input with a 4xx naming the field', async () => {
    const cases: [object, string][] = [
      [{ start: at('02T11:00:00'), end: at('02T09:00:00') }, 'body.end'],
      [{ start: '2027-03-31T09:00:00+09:00', end: '2027-03-31T10:00:00+09:00' }, 'body.start'],
      [{ start: at('02T09:30:00'), end: at('02T10:30:00') }, 'body.start'],
      [{ start: at('02T09:00:00'), end: at('02T09:30:00') }, 'body.end'],
      [{ end: at('02T09:00:00') }, 'body.start'],
      [{ start: 'tomorrow', end: at('02T09:00:00') }, 'body.start'],
      [{ start: at('02T09:00:00'), end: at('02T10:00:00'), colour: 'red' }, 'body'],
    ];
    for (const [body, path] of cases) {
      const res = await t.request('POST', `/api/equipment/${bench.id}/bookings`, { as: beta, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(
        paths(res.json).some((p) => p.startsWith(path)),
        JSON.stringify(res.json),
      ).toBe(true);
    }
    // A slot of more than a year is refused (a year's use is a quota, not one booking).
    const long = await bookAt(beta, lab, at('05T00:00:00'), '2028-04-07T00:00:00+09:00');
    expect(long.status).toBe(400);
    expect(paths(long.json)).toEqual(['body.end']);
    // The day item starts at midnight Japan time.
    const noon = await book(beta, lab, '02T12:00:00', '03T12:00:00');
    expect(paths(noon.json)).toContain('body.start');
    const unknown = await t.request('POST', '/api/equipment/00000000-0000-4000-8000-000000000000/bookings', {
      as: beta,
      body: { start: at('02T09:00:00'), end: at('02T10:00:00') },
    });
    expect(unknown.status).toBe(404);
    expect(paths(unknown.json)).toEqual(['path.id']);
    const month = await t.request('GET', `/api/equipment/${bench.id}/bookings?month=2027-13`);
    expect(month.status).toBe(400);
    expect(paths(month.json)).toEqual(['query.month']);
  });

  it('lets only members of an organisation book', async () => {
    const body = { start: at('02T09:00:00'), end: at('02T10:00:00') };
    expect((await t.request('POST', `/api/equipment/${bench.id}/bookings`, { body })).status).toBe(401);
    expect((await t.request('POST', `/api/equipment/${bench.id}/bookings`, { as: admin, body })).status).toBe(
      403,
    );
    const reviewer = await t.signIn('reviewer');
    expect(
      (await t.request('POST', `/api/equipment/${bench.id}/bookings`, { as: reviewer, body })).status,
    ).toBe(403);
  });

  it('refuses an overlapping confirmed slot with a 409 naming it, and allows the adjacent one', async () => {
    expect((await book(beta, bench, '02T09:00:00', '02T11:00:00')).status).toBe(201);
    const clash = await book(gamma, bench, '02T10:00:00', '02T12:00:00');
    expect(clash.status).toBe(409);
    expect(clash.json.error.message).toContain('2027-04-02T01:00:00.000Z');
    expect(paths(clash.json)).toEqual(['body.start']);
    // Half-open slots: 11:00 is free again; another item is another calendar.
    expect((await book(gamma, bench, '02T11:00:00', '02T12:00:00')).status).toBe(201);
    expect((await book(gamma, beam, '02T09:00:00', '02T11:00:00')).status).toBe(201);
  });
});

describe('approval', () => {
  it('sends the request to the owner, who approves; a second overlapping request cannot be approved', async () => {
    const first = await book(beta, beam, '03T09:00:00', '03T12:00:00');
    expect(first.json.status).toBe('requested');
    // Requests do not hold the slot against each other: the owner chooses.
    const second = await book(gamma, beam, '03T10:00:00', '03T11:00:00');
    expect(second.json.status).toBe('requested');
    const queue = await t.request('GET', '/api/booking-requests', { as: owner });
    expect(queue.json.items.map((b: { id: string }) => b.id).sort()).toEqual(
      [first.json.id, second.json.id].sort(),
    );
    // Nobody else decides: not the booker (403), and another member does not even see it (404).
    expect((await t.request('POST', `/api/bookings/${first.json.id}/approve`, { as: beta })).status).toBe(
      403,
    );
    expect((await t.request('POST', `/api/bookings/${first.json.id}/approve`, { as: gamma })).status).toBe(
      404,
    );
    expect((await t.request('GET', '/api/booking-requests', { as: gamma })).json.items).toEqual([]);
    const ok = await t.request('POST', `/api/bookings/${first.json.id}/approve`, {
      as: owner,
      headers: { 'if-match': `"${first.json.version}"` },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.status).toBe('confirmed');
    const clash = await t.request('POST', `/api/bookings/${second.json.id}/approve`, { as: admin });
    expect(clash.status).toBe(409);
    expect(clash.json.error.message).toContain('2027-04-03T01:00:00.000Z');
    // Once the slot is confirmed, a new request over it is refused at once.
    const late = await book(gamma, beam, '03T11:00:00', '03T13:00:00');
    expect(late.status).toBe(409);
    expect(paths(late.json)).toEqual(['body.start']);
    expect((await book(gamma, beam, '03T12:00:00', '03T13:00:00')).status).toBe(201);
    // Deciding twice is a conflict too, and a stale version a 412.
    expect((await t.request('POST', `/api/bookings/${first.json.id}/approve`, { as: owner })).status).toBe(
      409,
    );
    const stale = await t.request('POST', `/api/bookings/${second.json.id}/decline`, {
      as: owner,
      headers: { 'if-match': '"99"' },
      body: { reason: 'x' },
    });
    expect(stale.status).toBe(412);
  });

  it('declines with a reason the booker sees', async () => {
    const req = await book(beta, beam, '03T09:00:00', '03T10:00:00');
    const noReason = await t.request('POST', `/api/bookings/${req.json.id}/decline`, { as: owner, body: {} });
    expect(noReason.status).toBe(400);
    expect(paths(noReason.json)).toEqual(['body.reason']);
    const blank = await t.request('POST', `/api/bookings/${req.json.id}/decline`, {
      as: owner,
      body: { reason: '  ' },
    });
    expect(paths(blank.json)).toEqual(['body.reason']);
    const no = await t.request('POST', `/api/bookings/${req.json.id}/decline`, {
      as: owner,
      body: { reason: 'Beam maintenance that week' },
    });
    expect(no.status).toBe(200);
    const seen = await t.request('GET', `/api/bookings/${req.json.id}`, { as: beta });
    expect(seen.json).toMatchObject({ status: 'declined', decisionReason: 'Beam maintenance that week' });
    expect(seen.json.decidedAt).toBe(now.toISOString());
    // The decision is on the audit record, with its reason.
    const audit = await t.request('GET', `/api/audit?entity=equipment-booking&entityId=${req.json.id}`, {
      as: admin,
    });
    expect(audit.json.items.map((a: { action: string; changes: object }) => [a.action, a.changes])).toEqual([
      ['transition', { from: 'requested', to: 'declined', reason: 'Beam maintenance that week' }],
    ]);
  });
});

describe('cancellation', () => {
  it('is allowed until the cut-off before the slot, a setting of the item', async () => {
    const settings = await t.request('PUT', `/api/equipment/${bench.id}/booking-settings`, {
      as: owner,
      body: { cancelCutoffHours: 48 },
    });
    expect(settings.status).toBe(200);
    expect(settings.json).toEqual({ cancelCutoffHours: 48 });
    expect(
      (
        await t.request('PUT', `/api/equipment/${bench.id}/booking-settings`, {
          as: beta,
          body: { cancelCutoffHours: 0 },
        })
      ).status,
    ).toBe(403);
    const bad = await t.request('PUT', `/api/equipment/${bench.id}/booking-settings`, {
      as: owner,
      body: { cancelCutoffHours: -1 },
    });
    expect(paths(bad.json)).toEqual(['body.cancelCutoffHours']);
    const a = await book(beta, bench, '04T09:00:00', '04T10:00:00');
    const b = await book(beta, bench, '04T10:00:00', '04T11:00:00');
    // 48 hours before 09:00 on the 4th is 09:00 on the 2nd.
    now = new Date(at('02T09:00:00'));
    // Another organisation cannot even see it.
    expect((await t.request('POST', `/api/bookings/${a.json.id}/cancel`, { as: gamma })).status).toBe(404);
    const ok = await t.request('POST', `/api/bookings/${a.json.id}/cancel`, { as: beta });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ status: 'cancelled', cancellable: false });
    now = new Date(at('02T10:00:01'));
    const late = await t.request('POST', `/api/bookings/${b.json.id}/cancel`, { as: beta });
    expect(late.status).toBe(409);
    expect(paths(late.json)).toEqual(['cancelCutoffHours']);
    expect((await t.request('GET', `/api/bookings/${b.json.id}`, { as: beta })).json.cancellable).toBe(false);
    // The cancelled slot is free again.
    expect((await book(gamma, bench, '04T09:00:00', '04T10:00:00')).status).toBe(201);
  });
});

describe('quotas', () => {
  it('counts bookings against the hours granted, refusing one over what is left', async () => {
    const grant = await t.request('POST', `/api/equipment/${bench.id}/booking-quotas`, {
      as: owner,
      body: {
        organization: 'beta',
        hours: 3,
        validFrom: '2027-04-01',
        validTo: '2027-04-30',
        source: 'JU-2027-01',
      },
    });
    expect(grant.status, JSON.stringify(grant.json)).toBe(201);
    expect(grant.json).toMatchObject({ hours: 3, usedHours: 0, remainingHours: 3, source: 'JU-2027-01' });
    const first = await book(beta, bench, '02T09:00:00', '02T11:00:00');
    expect(first.json.quotaId).toBe(grant.json.id);
    const over = await book(beta, bench, '03T09:00:00', '03T11:00:00');
    expect(over.status).toBe(409);
    expect(paths(over.json)).toEqual(['quota']);
    expect(over.json.error.message).toContain('1 hours left');
    expect((await book(beta, bench, '03T09:00:00', '03T10:00:00')).status).toBe(201);
    // Another organisation, and bookings outside the period, are not counted against it.
    expect((await book(gamma, bench, '05T09:00:00', '05T15:00:00')).json.quotaId).toBeNull();
    const may = await bookAt(beta, bench, '2027-05-06T09:00:00+09:00', '2027-05-06T10:00:00+09:00');
    expect(may.json.quotaId).toBeNull();
    const mine = await t.request('GET', `/api/equipment/${bench.id}/booking-quotas`, { as: beta });
    expect(mine.json.items).toMatchObject([{ usedHours: 3, remainingHours: 0 }]);
    expect(
      (await t.request('GET', `/api/equipment/${bench.id}/booking-quotas`, { as: gamma })).json.items,
    ).toEqual([]);
  });

  it('is granted only by the owner or an admin, naming a bad field', async () => {
    const body = { organization: 'beta', hours: 3, validFrom: '2027-04-01', validTo: '2027-04-30' };
    const url = `/api/equipment/${bench.id}/booking-quotas`;
    expect((await t.request('POST', url, { as: beta, body })).status).toBe(403);
    expect((await t.request('POST', url, { as: admin, body })).status).toBe(201);
    const unknown = await t.request('POST', url, { as: owner, body: { ...body, organization: 'nobody' } });
    expect(paths(unknown.json)).toEqual(['body.organization']);
    const backwards = await t.request('POST', url, { as: owner, body: { ...body, validTo: '2027-03-01' } });
    expect(paths(backwards.json)).toEqual(['body.validTo']);
    const negative = await t.request('POST', url, { as: owner, body: { ...body, hours: -1 } });
    expect(paths(negative.json)).toEqual(['body.hours']);
  });

  it('is granted by other modules through the service', async () => {
    const q = await grantQuota(t.db, {
      equipmentId: bench.id,
      organizationId: betaOrg.id,
      hours: 1,
      validFrom: '2027-04-01',
      validTo: '2027-04-01',
      source: 'joint-use proposal',
    });
    expect(q).toMatchObject({ hours: 1, remainingHours: 1, organization: { key: 'beta' } });
    // The period is in Japan days: 2027-04-01 09:00 JST counts, 2027-04-02 does not.
    expect((await book(beta, bench, '01T09:00:00', '01T11:00:00')).status).toBe(409);
    expect((await book(beta, bench, '02T09:00:00', '02T11:00:00')).status).toBe(201);
  });
});

describe('who sees what', () => {
  it('shows busy slots to all, its own bookings to the booker, and the booker only to the owner', async () => {
    const mine = await book(beta, bench, '02T09:00:00', '02T11:00:00');
    await book(gamma, bench, '03T09:00:00', '03T10:00:00');
    await bookAt(beta, bench, '2027-05-03T09:00:00+09:00', '2027-05-03T10:00:00+09:00');
    const month = (as?: Session) =>
      t.request('GET', `/api/equipment/${bench.id}/bookings?month=2027-04`, { as });
    const anonymous = await month();
    expect(anonymous.status).toBe(200);
    expect(anonymous.json.slots).toHaveLength(2);
    for (const s of anonymous.json.slots) {
      expect(s.bookingId).toBeUndefined();
      expect(s.organization).toBeUndefined();
    }
    const byBeta = (await month(beta)).json.slots;
    expect(byBeta.map((s: { mine: boolean }) => s.mine)).toEqual([true, false]);
    expect(byBeta[0].bookingId).toBe(mine.json.id);
    expect(byBeta[1].bookingId).toBeUndefined();
    expect(byBeta[1].organization).toBeUndefined();
    const byOwner = (await month(owner)).json.slots;
    expect(byOwner.map((s: { organization: { name: { en: string } } }) => s.organization.name.en)).toEqual([
      'Beta',
      'Gamma',
    ]);
    // The May booking is in May's month only (Japan time).
    const may = (await t.request('GET', `/api/equipment/${bench.id}/bookings?month=2027-05`)).json.slots;
    expect(may.map((x: { start: string }) => x.start)).toEqual(['2027-05-03T00:00:00.000Z']);

    // Bookings themselves: the booker's organisation and the owner only.
    expect((await t.request('GET', `/api/bookings/${mine.json.id}`, { as: gamma })).status).toBe(404);
    expect((await t.request('GET', `/api/bookings/${mine.json.id}/calendar.ics`, { as: gamma })).status).toBe(
      404,
    );
    expect((await t.request('GET', `/api/bookings/${mine.json.id}`, { as: owner })).status).toBe(200);
    const list = await t.request('GET', '/api/bookings', { as: gamma });
    expect(list.json.items.map((b: { organization: { key: string } }) => b.organization.key)).toEqual([
      'gamma',
    ]);
    expect((await t.request('GET', '/api/bookings')).status).toBe(401);
  });
});

describe('usage log', () => {
  it('sums confirmed use and fees per organisation for the owner, and only its own for a member', async () => {
    await book(beta, bench, '02T09:00:00', '02T11:00:00'); // 2 h, 10,000
    await book(beta, lab, '05T00:00:00', '06T00:00:00'); // 1 day, 5,000
    await book(gamma, bench, '03T09:00:00', '03T12:00:00'); // 3 h, 15,000
    await book(gamma, beam, '03T09:00:00', '03T12:00:00'); // requested: not used
    const q = (as: Session) => t.request('GET', '/api/booking-usage?month=2027-04', { as });
    const all = await q(owner);
    expect(all.json.totalFeeJpy).toBe(30_000);
    expect(
      all.json.rows.map((r: { organization: { key: string }; equipment: { key: string }; hours: number }) => [
        r.organization.key,
        r.equipment.key,
        r.hours,
      ]),
    ).toEqual([
      ['beta', 'bench', 2],
      ['beta', 'lab', 24],
      ['gamma', 'bench', 3],
    ]);
    const own = await q(gamma);
    expect(own.json.rows).toHaveLength(1);
    expect(own.json.totalFeeJpy).toBe(15_000);
    expect((await q(admin)).json.totalFeeJpy).toBe(30_000);
    expect((await t.request('GET', '/api/booking-usage?month=2027-05', { as: owner })).json.rows).toEqual([]);

    const file = await t.request('GET', '/api/booking-usage/export.xlsx?month=2027-04', { as: beta });
    expect(file.status).toBe(200);
    expect(file.res.headers.get('content-type')).toContain('spreadsheetml');
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(await file.res.arrayBuffer());
    const sheet = book2.worksheets[0]!;
    expect(sheet.rowCount).toBe(4); // header, two rows, total
    expect(sheet.getRow(4).getCell(10).value).toBe(15_000);
    expect(sheet.getRow(2).getCell(3).value).toBe('beta');
  });
});

describe('calendar files', () => {
  it('downloads a booking as an iCalendar event', async () => {
    const b = await book(beta, bench, '02T09:00:00', '02T11:00:00');
    const res = await t.request('GET', `/api/bookings/${b.json.id}/calendar.ics`, { as: beta });
    expect(res.status).toBe(200);
    expect(res.res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.res.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('DTSTART:20270402T000000Z');
    expect(text).toContain('DTEND:20270402T020000Z');
    expect(text).toContain(`UID:${b.json.id}@`);
    expect(text).toContain('STATUS:CONFIRMED');
  });

  it('serves a member’s bookings as a feed by secret URL, without a session, until revoked', async () => {
    await book(beta, bench, '02T09:00:00', '02T11:00:00');
    await book(beta, beam, '03T09:00:00', '03T10:00:00');
    await book(gamma, bench, '04T09:00:00', '04T10:00:00');
    expect((await t.request('GET', '/api/calendar-feed', { as: beta })).json.active).toBe(false);
    const made = await t.request('POST', '/api/calendar-feed', { as: beta });
    expect(made.status).toBe(201);
    const path = new URL(made.json.url).pathname;
    const feed = await t.request('GET', path);
    expect(feed.status).toBe(200);
    const text = await feed.res.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('STATUS:TENTATIVE');
    expect(text).not.toContain('20270404');
    expect((await t.request('GET', '/api/calendar-feeds/not-the-token/bookings.ics')).status).toBe(404);
    // A new URL revokes the old; deleting revokes the new.
    const again = await t.request('POST', '/api/calendar-feed', { as: beta });
    expect((await t.request('GET', path)).status).toBe(404);
    const newPath = new URL(again.json.url).pathname;
    expect((await t.request('GET', newPath)).status).toBe(200);
    expect((await t.request('DELETE', '/api/calendar-feed', { as: beta })).status).toBe(204);
    expect((await t.request('GET', newPath)).status).toBe(404);
  });
});

describe('no double booking under concurrency', () => {
  it('confirms exactly one of 50 simultaneous requests for one slot; the rest are 409s naming it', async () => {
    // On PostgreSQL the requests are spread over several server processes (their own pools).
    const apps = [t.request, await t.peer(), await t.peer()];
    const members = await Promise.all(Array.from({ length: 5 }, () => t.signIn('member', betaOrg.id)));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        apps[i % apps.length]!('POST', `/api/equipment/${bench.id}/bookings`, {
          as: members[i % members.length],
          body: { start: at('09T09:00:00'), end: at('09T12:00:00') },
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.status === 409))
      expect(r.json.error.message).toContain('2027-04-09T00:00:00.000Z');
    const month = await t.request('GET', `/api/equipment/${bench.id}/bookings?month=2027-04`);
    expect(month.json.slots).toHaveLength(1);
  });

  it('spends a quota at most once when bookings against it arrive together', async () => {
    await grantQuota(t.db, {
      equipmentId: bench.id,
      organizationId: betaOrg.id,
      hours: 3,
      validFrom: '2027-04-01',
      validTo: '2027-04-30',
    });
    const other = await t.peer();
    // Ten one-hour slots on different days, none overlapping: only the quota can refuse them.
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? other : t.request)('POST', `/api/equipment/${bench.id}/bookings`, {
          as: beta,
          body: { start: at(`${11 + i}T09:00:00`), end: at(`${11 + i}T10:00:00`) },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    for (const r of results.filter((x) => x.status !== 201)) {
      expect(r.status).toBe(409);
      expect(paths(r.json)).toEqual(['quota']);
    }
  });

  it('approves only one of overlapping requests approved at once', async () => {
    const requests = [];
    for (const as of [beta, gamma, beta, gamma])
      requests.push((await book(as, beam, '10T09:00:00', '10T12:00:00')).json.id);
    const other = await t.peer();
    const results = await Promise.all(
      requests.map((id, i) =>
        (i % 2 ? other : t.request)('POST', `/api/bookings/${id}/approve`, { as: owner }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
  });
});
