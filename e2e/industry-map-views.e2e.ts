import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

type Box = { text: string; x: number; y: number; width: number; height: number };

/** Rectangles that share more than a pixel's sliver (text boxes of neighbouring lines may touch). */
const overlaps = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

/** The network chart's drawn texts (node labels and legend; labels hidden for overlap are not drawn) once still. */
async function settledLabels(page: Page): Promise<Box[]> {
  const read = () =>
    page.locator('.chart-network svg text').evaluateAll((els) =>
      els
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ el, r }) => r.width > 0 && getComputedStyle(el).visibility !== 'hidden' && el.textContent)
        .map(({ el, r }) => ({
          text: el.textContent ?? '',
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        })),
    );
  await page.locator('.chart-network svg text').first().waitFor();
  let last = JSON.stringify(await read());
  // The same boxes twice, a second apart: the layout has finished moving the nodes.
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(1000);
    const now = JSON.stringify(await read());
    if (now === last) break;
    last = now;
  }
  return JSON.parse(last) as Box[];
}

describe.runIf(browserAvailable())('the industry map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the organisations behind a heat-map cell, each linking to its profile', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${baseUrl}/directory`);
    await page
      .getByRole('navigation', { name: 'メインナビゲーション' })
      .getByRole('link', { name: '産業マップ' })
      .click();
    // The module opens on the geographic map; the heat map is the next view.
    await page.waitForURL(/\/map$/);
    await page
      .getByRole('navigation', { name: '産業マップの表示' })
      .getByRole('link', { name: '技術×地域' })
      .click();
    await page.waitForURL(/\/industry-map$/);
    // Plant developers × Kanto in the demo data: the University of Tokyo, Helical Fusion, QST Naka.
    const cell = page.locator('.heat-cell[data-code="DEV"][data-region="kanto"]');
    const count = Number(await cell.textContent());
    expect(count).toBeGreaterThan(0);
    await cell.click();
    const panel = page.locator('.drill-down');
    await panel.locator('.results-total').waitFor();
    const links = panel.locator('.drill-down-list a');
    await links.first().waitFor();
    expect(await links.count()).toBe(count);
    expect(await panel.locator('.results-total').textContent()).toBe(`${count} 件`);
    const api = await (
      await fetch(`${baseUrl}/api/industry-map/organizations?technology=DEV&region=kanto&cluster=fusion`)
    ).json();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(api.items.map((o: { id: string }) => `/organizations/${o.id}`));
    expect(api.items.map((o: { key: string }) => o.key)).toEqual(
      expect.arrayContaining(['helical-fusion', 'university-of-tokyo', 'qst-naka']),
    );
    await panel.getByRole('link', { name: /Helical Fusion/ }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]+$/);
    await page.locator('.profile h1').waitFor();
    await page.close();
  });

  it('draws the network with no two labels overlapping and none past the chart, in Japanese and English', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/industry-map/network`);
    for (const language of ['ja', 'en']) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        // The chart is drawn afresh with the English names (the legend says so).
        await page.locator('.chart-network svg text', { hasText: 'Partnership' }).first().waitFor();
      }
      const boxes = await settledLabels(page);
      // The demo network labels its best-connected nodes; a few of them must show, or nothing is tested.
      expect(boxes.length).toBeGreaterThan(8);
      // The drawing's own box, inside the chart's frame: a label past it is cut off.
      const chart = await page.locator('.chart-network svg').boundingBox();
      const frame = await page.locator('.chart-network').boundingBox();
      expect(chart!.x + chart!.width).toBeLessThanOrEqual(frame!.x + frame!.width);
      for (const b of boxes) {
        expect(b.x, `${b.text} starts left of the chart`).toBeGreaterThanOrEqual(chart!.x);
        expect(b.x + b.width, `${b.text} runs past the chart`).toBeLessThanOrEqual(chart!.x + chart!.width);
      }
      const overlapping = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlaps(a, b))
          .map((b) => `${a.text} / ${b.text}`),
      );
      await page.screenshot({ path: `/tmp/fch-network-${language}.png` });
      expect(overlapping).toEqual([]);
    }
    await page.close();
  });

  it("switches the gap view to another cluster and lists that cluster's technology areas", async () => {
    const codesOf = async (cluster: string) =>
      new Set(
        (
          (await (await fetch(`${baseUrl}/api/technologies?cluster=${cluster}`)).json()) as {
            items: Array<{ code: string }>;
          }
        ).items.map((t) => t.code),
      );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/industry-map/gaps`);
    const rows = page.locator('.gaps-table tbody tr');
    const shownCodes = () => rows.locator('th code').allTextContents();
    await rows.first().waitFor();
    const fusion = await codesOf('fusion');
    expect((await shownCodes()).every((c) => fusion.has(c))).toBe(true);

    await page.getByLabel('クラスター', { exact: true }).selectOption({ label: '半導体' });
    await page.waitForURL(/[?&]cluster=semiconductors/);
    // A Tohoku-wide cluster opens on Tohoku as its own region (fusion's is Aomori), as no region was chosen.
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();
    expect(await page.getByLabel('地元とする地域', { exact: true }).inputValue()).toBe('tohoku');
    const semiconductors = await codesOf('semiconductors');
    // The demo's Tohoku semiconductor members include integrators of etch and deposition equipment.
    await rows.locator('th code', { hasText: /^SEQ/ }).first().waitFor();
    const shown = await shownCodes();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((c) => !semiconductors.has(c))).toEqual([]);
    const api = await (
      await fetch(`${baseUrl}/api/industry-map/gaps?region=tohoku&cluster=semiconductors`)
    ).json();
    expect(shown).toEqual(
      api.rows.filter((r: { demand: number }) => r.demand > 0).map((r: { code: string }) => r.code),
    );

    // The first area's demand opens the organisations behind it: its developers and integrators in the cluster.
    const top = api.rows[0] as { code: string; developers: number };
    expect(top.developers).toBeGreaterThan(0);
    await rows.first().locator('td').first().getByRole('button').click();
    const panel = page.locator('.drill-down');
    await panel.locator('.results-total').waitFor();
    expect(await panel.locator('.results-total').textContent()).toBe(`${top.developers} 件`);
    const listed = await (
      await fetch(
        `${baseUrl}/api/industry-map/organizations?technology=${top.code}&cluster=semiconductors&role=developer,integrator`,
      )
    ).json();
    expect(listed.total).toBe(top.developers);

    // The choice survives a reload and reads in English.
    await page.reload();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByLabel('Cluster', { exact: true }).inputValue()).toBe('semiconductors');
    await page.getByRole('option', { name: 'Semiconductors' }).waitFor({ state: 'attached' });
    expect(await shownCodes()).toEqual(shown);
    await page.close();
  });

  it('downloads the supplier shortlist as a workbook with the rows on screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${baseUrl}/industry-map/shortlist?technology=MAG.hts,HCD&region=tohoku`);
    const rows = page.locator('.shortlist-table tbody tr');
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(shown.length).toBeGreaterThan(5);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel で出力' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^supplier-shortlist-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Shortlist')!;
    expect(sheet.rowCount).toBe(shown.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('順位 / Rank');
    const keys = Array.from({ length: shown.length }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
    expect(keys).toEqual(shown);
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    await page.close();
  });
});
