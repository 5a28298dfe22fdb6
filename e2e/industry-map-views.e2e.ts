import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

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
