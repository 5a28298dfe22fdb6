import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

/** Every URL the pages of a context ask for; anything not on the test server is answered with an abort. */
async function recordRequests(context: BrowserContext): Promise<{ all: string[]; foreign: () => string[] }> {
  const all: string[] = [];
  context.on('request', (r) => all.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(baseUrl) ? route.continue() : route.abort();
  });
  const local = (url: string) => url.startsWith(`${baseUrl}/`) || /^(data|blob):/.test(url);
  return { all, foreign: () => all.filter((u) => !local(u)) };
}

/** What the API says the map should show; the other browser tests add organisations (without coordinates). */
async function placedTotal(page: Page, query = ''): Promise<number> {
  const response = await page.request.get(`${baseUrl}/api/organizations/points${query}`);
  return ((await response.json()) as { total: number }).total;
}

async function siteCount(page: Page): Promise<number> {
  const response = await page.request.get(`${baseUrl}/api/sites`);
  return ((await response.json()) as { items: unknown[] }).items.length;
}

async function openProfileFromCard(page: Page, name: string) {
  const card = page.getByRole('complementary', { name: '選択中の組織' });
  await card.getByRole('heading', { name }).waitFor();
  await card.getByRole('link', { name: 'プロフィールを見る' }).click();
  await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe.runIf(browserAvailable())('the industry map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the organisations on the offline basemap with no request leaving the machine', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const requests = await recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/directory`);
    await page.locator('.result').first().waitFor();
    // The directory does not pay for MapLibre: its code and the basemap load with the map only.
    expect(requests.all.filter((u) => /map-view|maplibre|countries-50m/.test(u))).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: '産業マップ' }).click();
    await page.waitForURL(`${baseUrl}/map`);
    const canvas = page.locator('.map-canvas');
    await canvas.and(page.locator('[data-map-state="ready"][data-basemap="offline"]')).waitFor();
    expect(
      await page.locator('canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => c.width),
    ).toBeGreaterThan(0);
    // The demo's placed organisations (85), as points and clusters over Japan (and KFE in Daejeon).
    const total = await placedTotal(page);
    expect(total).toBeGreaterThanOrEqual(85);
    expect(await page.locator('.results-total').textContent()).toBe(`${total} 件を表示`);
    const clusters = page.locator('.map-cluster');
    expect(await clusters.count()).toBeGreaterThanOrEqual(3);
    const inClusters = await clusters.evaluateAll((els) =>
      els.map((e) => Number((e as HTMLElement).dataset.count)),
    );
    expect(inClusters.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    const kfe = page.getByRole('button', { name: '韓国核融合エネルギー研究院（KFE）', exact: true });
    await kfe.waitFor();
    await page.screenshot({ path: '/tmp/fch-industry-map-ja.png' });

    await kfe.click();
    await openProfileFromCard(page, '韓国核融合エネルギー研究院（KFE）');
    await page.close();
    await context.close();
    expect(requests.foreign()).toEqual([]);
    expect(requests.all.some((u) => /maplibre-gl-worker.*\.mjs/.test(u))).toBe(true);
  });

  it('lists the organisations that share one address and opens the one chosen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const requests = await recordRequests(context);
    const page = await context.newPage();
    // Filtered, the map fits Aomori; several Rokkasho organisations share one point and never split.
    const aomori = `?prefecture=${encodeURIComponent('青森県')}`;
    await page.goto(`${baseUrl}/map${aomori}`);
    await page.locator('[data-map-state="ready"]').waitFor();
    const total = await placedTotal(page, aomori);
    expect(total).toBeGreaterThanOrEqual(14);
    expect(await page.locator('.results-total').textContent()).toBe(`${total} 件を表示`);
    const biggest = async () => {
      const counts = await page
        .locator('.map-cluster')
        .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.count)));
      return Math.max(...counts);
    };
    await page.locator('.map-cluster').first().waitFor();
    // Clicking a cluster zooms in until the one that cannot split lists its members instead.
    for (let i = 0; i < 6 && !(await page.locator('.map-stack').isVisible()); i++) {
      const top = await biggest();
      // Dispatched on the cluster itself: at the first zoom a neighbouring marker may overlap it.
      await page.locator(`.map-cluster[data-count="${top}"]`).first().dispatchEvent('click');
      await page.waitForTimeout(900); // the zoom animation, then the markers are redrawn on moveend
    }
    const stack = page.locator('.map-stack');
    await stack.waitFor();
    expect(await stack.getByRole('heading').textContent()).toMatch(/^この地点の \d+ 件$/);
    await stack
      .getByRole('button', { name: '量子科学技術研究開発機構 六ヶ所フュージョンエネルギー研究所' })
      .click();
    await page.screenshot({ path: '/tmp/fch-industry-map-stack.png' });
    await openProfileFromCard(page, '量子科学技術研究開発機構 六ヶ所フュージョンエネルギー研究所');
    await context.close();
    expect(requests.foreign()).toEqual([]);
  });
});

describe.runIf(browserAvailable())('the industry map when its clustering worker cannot start', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('falls back to the list of organisations', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const blocked: string[] = [];
    await context.route(/point-clusters\.worker/, (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/map`);
    await page.locator('.point-map[data-map-state="no-webgl"]').waitFor();
    expect(blocked.length).toBeGreaterThan(0);
    const list = page.locator('details.map-list');
    expect(await list.getAttribute('open')).not.toBeNull();
    expect(await list.getByRole('button').count()).toBeGreaterThan(80);
    await context.close();
  });
});

describe.runIf(browserAvailable())('candidate sites on the industry map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws them as diamonds, opens one for the siting workbench and hides them on request', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const requests = await recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/map`);
    await page.locator('[data-map-state="ready"]').waitFor();
    const sites = await siteCount(page);
    expect(sites).toBeGreaterThanOrEqual(20);
    const placed = await placedTotal(page);
    const toggle = page.getByRole('checkbox', { name: `立地候補地も表示（${sites} 件）` });
    expect(await toggle.isChecked()).toBe(true);
    await page.locator('.map-point[data-group="site"]').first().waitFor();
    await page.locator('.map-legend .map-swatch[data-group="site"]').waitFor();
    expect(await page.locator('.map-legend').textContent()).toContain('立地候補地');
    await page.screenshot({ path: '/tmp/fch-industry-map-sites.png' });
    const list = page.locator('details.map-list');
    await list.locator('summary').click();
    expect(await list.getByRole('button').count()).toBe(Math.min(500, placed + sites));
    await list.getByRole('button', { name: 'むつ小川原開発地区 弥栄平中央地区', exact: true }).click();
    const card = page.getByRole('complementary', { name: '選択中の立地候補地' });
    await card.getByRole('heading', { name: 'むつ小川原開発地区 弥栄平中央地区' }).waitFor();
    expect(await card.textContent()).toContain('開発区域');

    await toggle.uncheck();
    await expect.poll(() => list.getByRole('button').count()).toBe(Math.min(500, placed));
    expect(await page.locator('.map-point[data-group="site"]').count()).toBe(0);
    await toggle.check();
    await list.getByRole('button', { name: 'むつ小川原開発地区 弥栄平中央地区', exact: true }).click();
    await card.getByRole('link', { name: '立地検討で比べる' }).click();
    await page.waitForURL(`${baseUrl}/siting`);
    await context.close();
    expect(requests.foreign()).toEqual([]);
  });
});

describe.runIf(browserAvailable())('the industry map without WebGL', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says so, lists the organisations instead and never loads MapLibre', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const requests = await recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/map`);
    await page.getByText('このブラウザでは地図を表示できません').waitFor();
    expect(await page.locator('.point-map').getAttribute('data-map-state')).toBe('no-webgl');
    const list = page.locator('details.map-list');
    expect(await list.getAttribute('open')).not.toBeNull();
    // Organisations and candidate sites alike.
    const expected = Math.min(500, (await placedTotal(page)) + (await siteCount(page)));
    expect(await list.getByRole('button').count()).toBe(expected);
    await page.screenshot({ path: '/tmp/fch-industry-map-no-webgl.png' });
    await list.getByRole('button', { name: '韓国核融合エネルギー研究院（KFE）' }).click();
    await openProfileFromCard(page, '韓国核融合エネルギー研究院（KFE）');
    expect(requests.all.filter((u) => /map-view|maplibre|countries-50m/.test(u))).toEqual([]);
    expect(requests.foreign()).toEqual([]);
    await context.close();
  });
});
