import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

const firstRanked = (page: Page) =>
  page.locator('[data-testid="ranking"] tbody tr').first().locator('td').nth(1).locator('button');
/** The map's own entry for a site: the same points MapLibre draws, readable without WebGL tricks. */
const mapEntry = (page: Page, name: string) =>
  page.locator('.point-map .map-list-entry').filter({ hasText: name });

describe.runIf(browserAvailable())('siting', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('re-ranks the sites on the map and in the table when a weight slider moves', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${baseUrl}/siting?profile=component-factory`);
    await page.locator('[data-map-state="ready"]').waitFor();
    const before = (await firstRanked(page).textContent()) ?? '';
    // The demo's component-factory profile puts the Ishikari Bay park first (engineers weigh 30 %).
    expect(before).toMatch(/^石狩湾新港/);
    await expect.poll(() => mapEntry(page, before).textContent()).toBe(`1. ${before}`);
    expect(await page.locator(`.maplibregl-marker[aria-label="1. ${before}"]`).count()).toBe(1);

    // Nearness to the fusion research centre now outweighs everything else.
    await page.locator('#weight-engineersWithin60Min').fill('0');
    await page.locator('#weight-distanceReactorKm').fill('100');
    const after = (await firstRanked(page).textContent()) ?? '';
    expect(after).not.toBe(before);
    expect(after).toMatch(/^むつ小川原開発地区/);
    expect(await mapEntry(page, after).textContent()).toBe(`1. ${after}`);
    expect(await mapEntry(page, before).textContent()).not.toMatch(/^1\. /);
    await expect.poll(() => page.locator(`.maplibregl-marker[aria-label="1. ${before}"]`).count()).toBe(0);
    await page.close();
  });

  it('says why Mutsu-Ogawara fails a semiconductor plant, and a what-if lets it through', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${baseUrl}/siting?profile=semiconductor-plant`);
    const area = page.locator('[data-testid="excluded"] > li[data-site="mutsu-ogawara"]');
    await expect
      .poll(() => area.textContent())
      .toContain('工業用水（供給可能量）：2,500 m³/日（必要 >= 10,000 m³/日、不足 7,500 m³/日）');
    await page.locator('#what-if-site').selectOption('mutsu-ogawara');
    await page.locator('#what-if-attribute').selectOption('industrialWaterM3PerDay');
    await page.locator('#what-if-value').fill('12000');
    await page.getByRole('button', { name: '仮定を追加' }).click();
    expect(await area.count()).toBe(0);
    expect(await page.locator('[data-testid="ranking"] tr[data-site="mutsu-ogawara"]').count()).toBe(1);
    await page.close();
  });

  it('saves a study for a signed-in member, with a report and its workbook', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.goto(`${baseUrl}/siting?profile=office`);
    await page.getByLabel('調査名').fill('R&D office shortlist');
    await page.getByRole('button', { name: '調査として保存' }).click();
    await page.waitForURL(/\/siting\/studies\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'R&D office shortlist' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Excel（xlsx）をダウンロード' }).click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ranking = book.getWorksheet('順位 Ranking');
    expect(ranking?.getRow(2).getCell(1).value).toBe(1);
    expect(await page.locator('[data-testid="ranking"] tbody tr').count()).toBe(ranking!.rowCount - 1);
    await page.close();
  });
});
