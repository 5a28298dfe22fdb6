import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type APIRequestContext,
  request as apiContext,
  type Browser,
  type BrowserContext,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser } from './browser.ts';

/**
 * Walks every route of the web app as a visitor, a member and a coordinator, in Japanese and English, at a
 * phone's and a laptop's width, and fails on what a newcomer stumbled on: a page wider than the screen, an
 * accessibility violation (axe-core), a server error, or an API call the page makes that must fail. It also
 * times each page until it is ready to use and prints the figures.
 */

const baseUrl = inject('baseUrl');
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

type Role = 'visitor' | 'member' | 'admin';
type Lang = 'ja' | 'en';
const roles: Role[] = ['visitor', 'member', 'admin'];
const langs: Lang[] = ['ja', 'en'];
/** Laptop first: the page loads and is timed there; the phone width re-lays the same page out. */
const widths = [1366, 390] as const;

/** Moderate rules that still matter to a screen-reader user finding their way around a page. */
const moderateRules = new Set(['page-has-heading-one', 'heading-order', 'landmark-unique']);

type Ids = {
  organization: string;
  need: string;
  seed: string;
  survey: string;
  study: string;
  introduction: string;
  facility: string;
  equipment: string;
  call: string;
  application: string;
  event: string;
  brokerageEvent: string;
  agreement: string;
  bulletin: string;
  allianceGroup: string;
  programme: string;
  opening: string;
  consultation: string;
};

/** Every route of src/web/app/app-routes.tsx, the parameterised ones with a demo record. */
function routes(ids: Ids): { pattern: string; path: string }[] {
  const list: [string, string][] = [
    ['/', '/'],
    ['/directory', '/directory'],
    ['/organizations/new', '/organizations/new'],
    ['/organizations/:id/edit', `/organizations/${ids.organization}/edit`],
    ['/organizations/:id', `/organizations/${ids.organization}`],
    ['/taxonomy', '/taxonomy'],
    ['/map', '/map'],
    ['/siting', '/siting'],
    ['/events', '/events'],
    ['/events/new', '/events/new'],
    ['/events/figures', '/events/figures'],
    ['/events/:id/edit', `/events/${ids.event}/edit`],
    ['/events/:id/manage', `/events/${ids.event}/manage`],
    ['/events/:id/agenda', `/events/${ids.brokerageEvent}/agenda`],
    ['/events/:id', `/events/${ids.event}`],
    ['/clusters', '/clusters'],
    ['/clusters/compare', '/clusters/compare'],
    ['/clusters/:key/report', '/clusters/fusion/report?year=2026'],
    ['/clusters/:key/indicators/:indicator', '/clusters/fusion/indicators/members'],
    ['/clusters/:key', '/clusters/fusion'],
    ['/partnerships', '/partnerships'],
    ['/partnerships/new', '/partnerships/new'],
    ['/partnerships/:id/edit', `/partnerships/${ids.agreement}/edit`],
    ['/partnerships/:id', `/partnerships/${ids.agreement}`],
    ['/bulletins', '/bulletins'],
    ['/bulletins/new', '/bulletins/new'],
    ['/bulletins/:id/edit', `/bulletins/${ids.bulletin}/edit`],
    ['/alliance', '/alliance'],
    ['/alliance/:id', `/alliance/${ids.allianceGroup}`],
    ['/incubation', '/incubation'],
    ['/incubation/bookings', '/incubation/bookings'],
    ['/incubation/equipment/:id', `/incubation/equipment/${ids.equipment}`],
    ['/incubation/leases', '/incubation/leases'],
    ['/incubation/new', '/incubation/new'],
    ['/incubation/:id/edit', `/incubation/${ids.facility}/edit`],
    ['/incubation/:id', `/incubation/${ids.facility}`],
    ['/incubation/calls', '/incubation/calls'],
    ['/incubation/calls/new', '/incubation/calls/new'],
    ['/incubation/calls/:id', `/incubation/calls/${ids.call}`],
    ['/incubation/applications/:id', `/incubation/applications/${ids.application}`],
    ['/incubation/reviews', '/incubation/reviews'],
    ['/talent', '/talent'],
    ['/talent/my', '/talent/my'],
    ['/talent/programmes/new', '/talent/programmes/new'],
    ['/talent/programmes/:id/edit', `/talent/programmes/${ids.programme}/edit`],
    ['/talent/programmes/:id', `/talent/programmes/${ids.programme}`],
    ['/talent/openings', '/talent/openings'],
    ['/talent/openings/new', '/talent/openings/new'],
    ['/talent/openings/:id/edit', `/talent/openings/${ids.opening}/edit`],
    ['/talent/openings/:id', `/talent/openings/${ids.opening}`],
    ['/talent/applications', '/talent/applications'],
    ['/talent/workforce', '/talent/workforce'],
    ['/desk', '/desk'],
    ['/desk/ask', '/desk/ask'],
    ['/desk/flags', '/desk/flags'],
    ['/desk/figures', '/desk/figures'],
    ['/desk/search', '/desk/search'],
    ['/desk/consultations/:id', `/desk/consultations/${ids.consultation}`],
    ['/public', '/public'],
    ['/about', '/about'],
    ['/public/moderation', '/public/moderation'],
    ['/explainers/new', '/explainers/new'],
    ['/explainers/:slug/edit', '/explainers/what-is-fusion/edit'],
    ['/explainers/:slug', '/explainers/what-is-fusion'],
    ['/faq', '/faq'],
    ['/questions', '/questions'],
    ['/siting/studies', '/siting/studies'],
    ['/siting/studies/:id', `/siting/studies/${ids.study}`],
    ['/industry-map', '/industry-map'],
    ['/industry-map/supply-chain', '/industry-map/supply-chain'],
    ['/industry-map/network', '/industry-map/network'],
    ['/industry-map/gaps', '/industry-map/gaps'],
    ['/industry-map/shortlist', '/industry-map/shortlist'],
    ['/surveys', '/surveys'],
    ['/surveys/:id', `/surveys/${ids.survey}`],
    ['/s/:token', '/s/not-a-real-token-0123456789abcdef'],
    ['/matching', '/matching'],
    ['/matching/needs/new', '/matching/needs/new'],
    ['/matching/seeds/new', '/matching/seeds/new'],
    ['/matching/needs/:id', `/matching/needs/${ids.need}`],
    ['/matching/seeds/:id', `/matching/seeds/${ids.seed}`],
    ['/introductions', '/introductions'],
    ['/introductions/:id', `/introductions/${ids.introduction}`],
    ['/admin/introductions', '/admin/introductions'],
    ['/login', '/login'],
    ['/account', '/account'],
    ['/reset-password', '/reset-password'],
    ['/invitation', '/invitation'],
    ['/admin/import', '/admin/import'],
    ['/admin/accounts', '/admin/accounts'],
    ['/admin/audit', '/admin/audit'],
    ['/no-such-page', '/no-such-page'],
  ];
  return list.map(([pattern, path]) => ({ pattern, path }));
}

/** Signs in through the API; returns a client that sends the session's CSRF token on writes. */
async function apiAs(email: string, password: string) {
  const ctx: APIRequestContext = await apiContext.newContext({ baseURL: baseUrl });
  const login = await ctx.post('/api/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const { csrfToken } = await login.json();
  // biome-ignore lint/suspicious/noExplicitAny: demo records, read by the few fields the walk needs
  const json = async (res: Awaited<ReturnType<APIRequestContext['get']>>): Promise<any> => {
    expect(res.status(), await res.text()).toBeLessThan(300);
    return res.json();
  };
  return {
    ctx,
    get: async (path: string) => json(await ctx.get(path)),
    post: async (path: string, data: unknown) =>
      json(await ctx.post(path, { data, headers: { 'x-csrf-token': csrfToken } })),
  };
}

/** Demo records for the parameterised routes; a study and an introduction are made, the demo has none. */
async function demoIds(): Promise<Ids> {
  const admin = await apiAs(demo.admin.email, demo.admin.password);
  const member = await apiAs(demo.member.email, demo.member.password);
  const memberOrg = (await admin.get('/api/organizations?key=kyoto-fusioneering')).items[0].id;
  const needs = (await admin.get('/api/needs')).items;
  const seeds = (await admin.get('/api/seeds')).items;
  const surveys = (await admin.get('/api/surveys')).items;
  const facilities = (await admin.get('/api/facilities')).items;
  const equipment = (await admin.get('/api/equipment')).items;
  const programmes = (await admin.get('/api/training-programmes')).items;
  // The demo's call; the member's draft application to it (started here unless an earlier walk did).
  const call = (await admin.get('/api/incubation-calls')).items.find(
    (c: { key: string }) => c.key === 'mo-vf-call-2027',
  );
  const application =
    call.myApplication?.id ??
    (await member.get('/api/incubation-calls')).items.find((c: { id: string }) => c.id === call.id)
      .myApplication?.id ??
    (await member.post(`/api/incubation-calls/${call.id}/applications`, { answers: {} })).id;
  // A public demo event, so every role can open its page.
  const event = (await admin.get('/api/events?key=demo-open-factory')).items[0];
  const brokerageEvent = (await admin.get('/api/events?key=demo-brokerage')).items[0];
  // The demo's memorandum and its newest public bulletin (illustrative), for the partnership and bulletin pages.
  const agreement = (await admin.get('/api/partnerships')).items.find(
    (a: { key: string }) => a.key === 'jfusion-fusion-cluster-mou',
  );
  const bulletin = (await admin.get('/api/bulletins')).items.find(
    (b: { audience: string }) => b.audience === 'public',
  );
  const allianceGroup = (await admin.get('/api/alliance/groups')).items[0];
  // The demo member's own consultation, so the member and the coordinator both see the case page.
  const consultation = (await member.get('/api/desk/consultations')).items[0].id;
  const profile = (await admin.get('/api/siting/profiles')).items?.[0]?.key ?? 'component-factory';
  // The demo invents no job ads for its real companies: the member posts one here (an earlier walk's is reused).
  const opening =
    (await admin.get('/api/job-openings?organization=kyoto-fusioneering')).items[0] ??
    (await member.post('/api/job-openings', {
      organization: 'kyoto-fusioneering',
      title: { ja: '真空技術者（巡回テスト）', en: 'Vacuum technician (walk test)' },
      skills: ['SK.vacuum'],
      level: 4,
      prefecture: '青森県',
      municipality: '六ヶ所村',
      startOn: '2027-10-01',
    }));
  const study = await admin.post('/api/siting/studies', { title: 'Walk study / 巡回テスト', profile });
  // The member's own need asks for an introduction to another organisation's seed.
  type Post = { id: string; organization?: { id: string } | null };
  const ownNeed = needs.find((n: Post) => n.organization?.id === memberOrg);
  const otherSeed = seeds.find((s: Post) => s.organization?.id !== memberOrg);
  const introduction = await member.post('/api/introductions', {
    fromKind: 'need',
    fromId: ownNeed.id,
    toType: 'seed',
    toId: otherSeed.id,
    message: 'Walk test: we would like to talk. / 巡回テストからの紹介依頼です。',
  });
  await admin.ctx.dispose();
  await member.ctx.dispose();
  return {
    organization: memberOrg,
    need: ownNeed.id,
    seed: otherSeed.id,
    survey: surveys[0].id,
    study: study.id,
    introduction: introduction.id,
    facility: facilities[0].id,
    equipment: equipment[0].id,
    call: call.id,
    application,
    event: event.id,
    brokerageEvent: brokerageEvent.id,
    agreement: agreement.id,
    bulletin: bulletin.id,
    allianceGroup: allianceGroup.id,
    programme: programmes[0].id,
    opening: opening.id,
    consultation,
  };
}

async function contextFor(browser: Browser, role: Role, lang: Lang): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: widths[0], height: 900 } });
  // A stored choice wins over the browser's languages, so each walk sees the language it names.
  await context.addInitScript(`try { localStorage.setItem('fch.lang', '${lang}') } catch {}`);
  if (role !== 'visitor') {
    const account = demo[role];
    const res = await context.request.post(`${baseUrl}/api/auth/login`, {
      data: { email: account.email, password: account.password },
    });
    expect(res.status()).toBe(200);
  }
  return context;
}

/**
 * Ready: the page's heading is there, nothing says "loading" or is busy, and no request is pending.
 * Returns the page's clock (ms since navigation start) at that moment, or null if it never got there.
 * A heading the walk marked before navigating in the app is the last page's, not this one's.
 */
async function waitReady(page: Page, pending: () => number): Promise<number | null> {
  const until = Date.now() + 8_000;
  while (Date.now() < until) {
    const at = await page
      .waitForFunction(
        () => {
          const heading = document.querySelector('main h1:not([data-walk-left])');
          const busy = document.querySelector('p.status[role="status"], .map-loading, [aria-busy="true"]');
          return heading && !busy ? performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: Math.max(1, until - Date.now()) },
      )
      .catch(() => null);
    if (!at) return null;
    const readyAt = (await at.jsonValue()) as number;
    if (pending() === 0) return readyAt;
    while (pending() > 0 && Date.now() < until) await page.waitForTimeout(10);
  }
  return null;
}

type AxeResult = {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
};

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: a <script> tag (addScriptTag) would break the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    (window as any).axe.run(document, { resultTypes: ['violations'] }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || moderateRules.has(v.id))
    .map(
      (v) =>
        `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/**
 * How far the page runs past the screen once it has settled: a chart that measures its box redraws a
 * frame or two after a resize, so the width is read again for up to a second before it counts.
 */
async function overflow(page: Page): Promise<string[]> {
  const excess = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  let px = await excess();
  for (let tries = 0; px > 1 && tries < 10; tries++) {
    await page.waitForTimeout(100);
    px = await excess();
  }
  if (px <= 1) return [];
  // Name the element that reaches furthest right, so the log says what to fix.
  const culprit = await page.evaluate(() => {
    let best = { right: 0, name: '' };
    for (const el of document.querySelectorAll('body *')) {
      const right = el.getBoundingClientRect().right;
      if (right > best.right)
        best = {
          right,
          name: `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`,
        };
    }
    return best.name;
  });
  return [`overflow ${px}px (${culprit})`];
}

const timings = new Map<string, number[]>();
/** Where the walk's own time goes (load, axe, resize), to keep it within CI's budget. */
const spent = { load: 0, axe: 0, overflow: 0 };
async function timed<T>(phase: keyof typeof spent, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    spent[phase] += performance.now() - start;
  }
}

function report(pattern: string, where: string, failures: string[], problems: string[]) {
  for (const problem of problems) {
    failures.push(`${where} ${pattern}: ${problem}`);
  }
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

// A route added to the router and forgotten here would go unchecked: the walk's list is the router's list.
it('walks every route the router declares', () => {
  const router = readFileSync(new URL('../src/web/app/app-routes.tsx', import.meta.url), 'utf8');
  const declared = [...router.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]);
  const ids = {
    organization: 'o',
    need: 'n',
    seed: 's',
    survey: 'v',
    study: 't',
    introduction: 'i',
    facility: 'f',
    equipment: 'e',
    call: 'c',
    application: 'a',
    event: 'ev',
    brokerageEvent: 'be',
    agreement: 'ag',
    bulletin: 'bu',
    allianceGroup: 'ag2',
    programme: 'p',
    opening: 'j',
    consultation: 'q',
  };
  const walked = routes(ids).map((r) => r.pattern);
  expect(walked.filter((p) => p !== '/no-such-page').sort()).toEqual([...new Set(declared)].sort());
});

describe.runIf(browserAvailable())('every route, every role, both languages, phone and laptop', () => {
  let browser: Browser;
  let ids: Ids;
  beforeAll(async () => {
    browser = await launchBrowser();
    ids = await demoIds();
  });
  afterAll(async () => {
    await browser?.close();
    const rows = [...timings].map(([route, times]) => {
      const sorted = [...times].sort((a, b) => a - b);
      return `${route.padEnd(44)} n=${String(sorted.length).padStart(2)}  median ${Math.round(
        quantile(sorted, 0.5),
      )
        .toString()
        .padStart(5)} ms  p90 ${Math.round(quantile(sorted, 0.9)).toString().padStart(5)} ms`;
    });
    console.log(
      `Page-ready times (opened by address, or moved to in the app → heading, nothing loading):\n${rows.join('\n')}`,
    );
    console.log(
      `Walk time: ${Object.entries(spent)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
        .join(', ')}`,
    );
  });

  for (const [i, role] of roles.entries()) {
    // Each route loads in one language and is then switched to the other on the page, as a person would;
    // the switch is remembered, so the next route loads in that language: both are timed and checked.
    it(`${role}: every route in Japanese and English, at ${widths.join(' and ')} px`, async () => {
      const failures: string[] = [];
      const context = await contextFor(browser, role, langs[i % 2] as Lang);
      const page = await context.newPage();
      let pending = 0;
      const network: string[] = [];
      page.on('request', () => pending++);
      page.on('requestfinished', () => pending--);
      page.on('requestfailed', () => pending--);
      page.on('response', (res) => {
        const url = new URL(res.url());
        const status = res.status();
        if (status >= 500) network.push(`HTTP ${status} ${url.pathname}`);
        // Only the session probe may be refused: a page must not call what its user may not use.
        else if ((status === 401 || status === 403) && url.pathname !== '/api/auth/session')
          network.push(`HTTP ${status} ${url.pathname}`);
      });
      /** Overflow at this width (after letting charts and maps follow a resize), and axe when asked. */
      const check = async (pattern: string, width: number, withAxe: boolean) => {
        const lang = await page.evaluate(() => document.documentElement.lang);
        const tooWide = await timed('overflow', async () => {
          if (page.viewportSize()?.width !== width) {
            await page.setViewportSize({ width, height: width === widths[0] ? 900 : 844 });
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
          }
          return overflow(page);
        });
        const axe = withAxe ? await timed('axe', () => axeViolations(page)) : [];
        report(pattern, `${role}/${lang}/${width}px`, failures, [...tooWide, ...axe]);
      };
      /**
       * The first role opens each route by its address, as a link from outside would; the others move to it
       * inside the app, as a person clicking through does (a third of the time: the page's code and the
       * session are already loaded). The heading left on screen is marked, so the new page's is awaited.
       */
      const open = async (path: string): Promise<{ how: 'opened' | 'in app'; readyAt: number | null }> => {
        if (i === 0 || !page.url().startsWith(baseUrl)) {
          await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit' });
          return { how: 'opened', readyAt: await waitReady(page, () => pending) };
        }
        const start = await page.evaluate(async (to) => {
          const left = document.querySelector('main h1');
          left?.setAttribute('data-walk-left', '');
          const at = performance.now();
          history.pushState(null, '', to);
          // React renders the new route within a frame; a heading still marked after two is one the new
          // page kept (the same component on both routes, as the needs and seeds forms), now its own.
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          left?.removeAttribute('data-walk-left');
          return at;
        }, path);
        const readyAt = await waitReady(page, () => pending);
        return { how: 'in app', readyAt: readyAt === null ? null : readyAt - start };
      };
      const notReady = 'not-ready: no <h1> in <main>, or still loading after 8 s';
      /**
       * Each route, in order: the laptop in the first language, the phone, then the other language on the
       * phone and back on the laptop, so the page is resized twice, not four times. Axe, most of the walk's
       * time, runs for every role at the laptop's width in the first language (what a role sees differs in
       * structure), and once per route, the roles taking turns, at the phone's width in the second language:
       * those change layout and words, not what each role is shown.
       */
      for (const [r, route] of routes(ids).entries()) {
        network.length = 0;
        const { how, readyAt } = await timed('load', () => open(route.path));
        if (readyAt === null) {
          report(route.pattern, role, failures, [notReady]);
          continue;
        }
        const key = `${how.padEnd(7)} ${route.pattern}`;
        timings.set(key, [...(timings.get(key) ?? []), readyAt]);
        await check(route.pattern, widths[0], true);
        await check(route.pattern, widths[1], false);
        const switched = await timed('load', async () => {
          const other = (await page.evaluate(() => document.documentElement.lang)) === 'ja' ? 'en' : 'ja';
          // A switch that cannot be pressed (covered, or the page never settles) is the route's failure.
          const pressed = await page
            .locator(`.lang-switch button[lang="${other}"]`)
            .click({ timeout: 5_000 })
            .then(() => true)
            .catch(() => false);
          if (!pressed) return null;
          await page.waitForFunction((l) => document.documentElement.lang === l, other);
          return waitReady(page, () => pending);
        });
        if (switched === null)
          report(route.pattern, role, failures, [`language switch not pressed, or ${notReady}`]);
        else {
          await check(route.pattern, widths[1], r % roles.length === i);
          await check(route.pattern, widths[0], false);
        }
        report(route.pattern, role, failures, [...network]);
      }
      await context.close();
      expect(failures.join('\n')).toBe('');
    }, 600_000);
  }
});
