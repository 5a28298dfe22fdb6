import { request as apiContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

// The coordinator opens the fusion cluster's dashboard in Japanese, clicks an indicator that is behind its
// target and lands on the records behind it; then prints the yearly report, waiting until every chart has drawn,
// and checks the PDF Chromium makes has its pages and an image for each chart.

const baseUrl = inject('baseUrl');

async function japaneseAdmin(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(`try { localStorage.setItem('fch.lang', 'ja') } catch {}`);
  const page = await context.newPage();
  await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
  return page;
}

describe.runIf(browserAvailable())('cluster dashboard and yearly report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // The coordinator has set phase 1 and a members target the demo cannot meet, so that indicator is behind.
    const api = await apiContext.newContext({ baseURL: baseUrl });
    const login = await api.post('/api/auth/login', { data: demo.admin });
    const headers = { 'x-csrf-token': (await login.json()).csrfToken };
    const phase = await api.post('/api/clusters/fusion/phase', {
      headers,
      data: { phase: 1, setOn: '2026-04-01', note: { ja: 'e2e: 候補地選定に向けた段階' } },
    });
    expect(phase.status()).toBe(201);
    const targets = await api.put('/api/clusters/fusion/targets', {
      headers,
      data: { targets: [{ indicator: 'members', phase: 1, target: 100000 }] },
    });
    expect(targets.status()).toBe(200);
    await api.dispose();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('clicks an indicator behind its target and lands on its records', async () => {
    const page = await japaneseAdmin(browser);
    await page.goto(`${baseUrl}/clusters`);
    await page.getByRole('link', { name: 'フュージョンエネルギー' }).click();
    await page.getByRole('heading', { level: 1, name: 'フュージョンエネルギー' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'フェーズの推移とマイルストーン' }).waitFor();
    const behind = page.locator('[data-status="behind"]').first();
    await behind.waitFor();
    await expect(behind.getAttribute('data-testid')).resolves.toBe('indicator-members');
    await behind.getByText('遅れ').waitFor();
    await behind.getByRole('link', { name: 'クラスター所属団体数' }).click();
    await page.waitForURL(/\/clusters\/fusion\/indicators\/members/);
    await page.getByRole('heading', { level: 1, name: /クラスター所属団体数/ }).waitFor();
    const records = page.getByTestId('indicator-records');
    await records.waitFor();
    expect(await records.locator('tbody tr').count()).toBeGreaterThan(0);
  });

  it('prints the yearly report with every chart drawn', async () => {
    const page = await japaneseAdmin(browser);
    await page.goto(`${baseUrl}/clusters/fusion/report?year=2026`);
    await page.getByRole('heading', { level: 1, name: /年次報告（2026 年度）/ }).waitFor();
    const charts = page.locator('[data-testid="indicator-chart"], [data-testid="phase-timeline"]');
    await page.getByTestId('report-figures').waitFor();
    await page.waitForFunction(
      () => {
        const all = document.querySelectorAll(
          '[data-testid="indicator-chart"], [data-testid="phase-timeline"]',
        );
        return all.length > 20 && [...all].every((el) => el.getAttribute('data-drawn') === 'true');
      },
      undefined,
      { timeout: 30_000 },
    );
    const count = await charts.count();
    // Each chart has painted its canvas: not a blank one.
    const painted = await page.evaluate(
      () =>
        [...document.querySelectorAll('.clu-report canvas')].filter((c) => {
          const canvas = c as HTMLCanvasElement;
          const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
          return data?.some((v, i) => i % 4 === 3 && v > 0);
        }).length,
    );
    expect(painted).toBe(count);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    // Chromium prints each canvas as an image.
    const images = (text.match(/\/Subtype\s*\/Image/g) ?? []).length;
    expect(images).toBeGreaterThanOrEqual(count);
  });
});
