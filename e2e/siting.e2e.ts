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

  it('takes a graduating tenant’s needs from its lease link as site requirements', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(
      `${baseUrl}/siting?profile=component-factory&minAreaM2=600&minPowerKva=1000&ehv=1&minCraneT=10`,
    );
    const notice = page.getByTestId('tenant-needs');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('床面積 600 m²、電力 1000 kVA、特別高圧受電、クレーン 10 t');
    // 600 m² of floor → 0.18 ha of land; 1,000 kVA → 1 MW spare; EHV → 22 kV.
    const threshold = (attribute: string) => page.getByLabel(`${attribute} の基準値`).inputValue();
    expect(await threshold('最大区画面積')).toBe('0.18');
    expect(await threshold('電力の余裕容量')).toBe('1');
    expect(await threshold('特別高圧受電')).toBe('22');
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

  it('marks a requirement a site has no value for as unknown, and leaves it out only when asked', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1000 } });
    await page.goto(`${baseUrl}/siting?profile=fusion-reactor`);
    const badges = page.locator('[data-testid="ranking"] [data-testid="unknown"]');
    const excluded = page.locator('[data-testid="excluded"] > li');
    await badges.first().waitFor();
    // The demo's fusion-reactor profile: 154 kV and 50 ha; two parcels state no kV and otherwise pass.
    expect(await badges.count()).toBe(2);
    expect(await badges.first().textContent()).toBe('不明');
    expect(await badges.first().getAttribute('title')).toContain('特別高圧受電');
    expect(await excluded.count()).toBe(15);
    await page.getByLabel('必須条件を判定できない候補地（値がない）').selectOption('exclude');
    await expect.poll(() => excluded.count()).toBe(17);
    expect(await badges.count()).toBe(0);
    await page.close();
  });

  // Issue 13: the sensitivity and SMAA charts ran past their column, and the page past a phone's width.
  it('keeps the page within a 390 px screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/siting?profile=component-factory`);
    await page.locator('#siting-acceptability-title').waitFor();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    const wide = await page.evaluate(
      (limit) =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > limit + 0.5)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      clientWidth,
    );
    expect(scrollWidth, wide.join(' ')).toBeLessThanOrEqual(clientWidth);
    await page.close();
  });

  it.each([1366, 1920])(
    'keeps the sensitivity and SMAA charts inside their column at %i px',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      await page.goto(`${baseUrl}/siting?profile=component-factory`);
      await page.locator('#siting-acceptability-title').waitFor();
      await page.locator('#siting-sensitivity-title').waitFor();
      // Every box inside each chart, not only the figure: content can spill out of a box that fits.
      const charts = await page.evaluate(() => {
        const column = document.querySelector('.siting-results')!.getBoundingClientRect();
        return [...document.querySelectorAll('.siting-results figure.chart')].map((figure) => {
          // Zero-size boxes (an SVG <title>) sit at 0,0 and draw nothing.
          const boxes = [figure, ...figure.querySelectorAll('*')]
            .map((e) => e.getBoundingClientRect())
            .filter((b) => b.width > 0 && b.height > 0);
          return {
            id: figure.closest('section')?.getAttribute('aria-labelledby'),
            column: { left: column.left, right: column.right },
            left: Math.min(...boxes.map((b) => b.left)),
            right: Math.max(...boxes.map((b) => b.right)),
          };
        });
      });
      expect(charts.map((c) => c.id)).toEqual(['siting-sensitivity-title', 'siting-acceptability-title']);
      for (const chart of charts) {
        expect(chart.left, chart.id ?? '').toBeGreaterThanOrEqual(chart.column.left - 0.5);
        expect(chart.right, chart.id ?? '').toBeLessThanOrEqual(chart.column.right + 0.5);
      }
      expect(charts[0]!.column.right).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    },
  );

  it('lists saved studies to reopen, copy and delete (after a confirmation), with an empty state first', async () => {
    // A fresh account, so the list starts empty whatever other tests saved.
    const email = `studies-${Date.now()}@example.jp`;
    const password = 'studies-password-2026';
    const admin = await browser.newPage();
    await signIn(admin, baseUrl, demo.admin.email, demo.admin.password);
    const created = await admin.evaluate(
      async (account) => {
        const session = await (await fetch('/api/auth/session')).json();
        const res = await fetch('/api/users', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ ...account, name: 'Studies E2E', role: 'person' }),
        });
        return res.status;
      },
      { email, password },
    );
    expect(created).toBe(201);
    await admin.close();

    const context = await browser.newContext({ viewport: { width: 1366, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, email, password);
    await page.goto(`${baseUrl}/siting/studies`);
    const empty = page.getByTestId('studies-empty');
    await empty.getByText('保存した調査はまだありません').waitFor();
    await empty.getByRole('link', { name: '立地選定を始める' }).click();
    await page.waitForURL(/\/siting$/);

    await page.goto(`${baseUrl}/siting?profile=office`);
    const top = (await firstRanked(page).textContent()) ?? '';
    await page.getByLabel('調査名').fill('Office shortlist');
    await page.getByRole('button', { name: '調査として保存' }).click();
    await page.waitForURL(/\/siting\/studies\/[0-9a-f-]{36}$/);

    await page.goto(`${baseUrl}/siting/studies`);
    const rows = page.locator('[data-testid="studies"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const cells = rows.first().locator('td');
    expect(await cells.nth(0).textContent()).toBe('Office shortlist');
    expect(await cells.nth(1).locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await cells.nth(2).textContent()).toBe('事務所(研究開発・保守拠点)');
    expect(await cells.nth(3).textContent()).toBe(top);

    await rows.first().getByRole('button', { name: '複製' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '「Office shortlist（コピー）」として複製しました。' })
      .waitFor();
    await expect.poll(() => rows.count()).toBe(2);

    // Declining the confirmation keeps the study; accepting deletes it.
    const copyRow = rows.filter({ hasText: 'Office shortlist（コピー）' });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await copyRow.getByRole('button', { name: '削除' }).click();
    expect(await rows.count()).toBe(2);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('元に戻せません');
      void dialog.accept();
    });
    await copyRow.getByRole('button', { name: '削除' }).click();
    await expect.poll(() => rows.count()).toBe(1);

    await rows.first().getByRole('link', { name: '条件を開き直す' }).click();
    await page.waitForURL(/\/siting\?study=[0-9a-f-]{36}$/);
    expect(await page.getByLabel('施設プロファイル').inputValue()).toBe('office');
    expect(await firstRanked(page).textContent()).toBe(top);
    await context.close();
  });
});
