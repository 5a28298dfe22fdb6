import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { request as apiContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

// The coordinator opens the fusion cluster's dashboard in Japanese, clicks an indicator that is behind its
// target and lands on the records behind it; then prints the yearly report, waiting until every chart has drawn
// (a painted canvas each, still laid out in the print layout), and checks the PDF Chromium makes has every chart:
// Chromium prints a canvas as vector drawing with its text, so each chart's own axis labels are in the PDF's text.

const baseUrl = inject('baseUrl');

/** poppler's pdftotext reads the PDF's text as a person would; .ci/run installs it with Chromium. */
const pdftotext = '/usr/bin/pdftotext';
function pdfPlainText(pdf: Buffer): string | null {
  if (!existsSync(pdftotext)) {
    if (process.env.CI)
      throw new Error(`${pdftotext} not found; CI must install it (apt-get install poppler-utils)`);
    console.warn(
      `\n*** PDF text check SKIPPED: ${pdftotext} is missing (apt-get install poppler-utils) ***\n`,
    );
    return null;
  }
  return execFileSync(pdftotext, ['-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

const occurrences = (text: string, word: string) => text.split(word).length - 1;

/** The PDF's text with its compressed streams (object streams included) inflated, to count what it holds. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts = [raw];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an image's own bytes): nothing to read in it.
    }
  }
  return parts.join('\n');
}

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
    // Each record's breakdown is named in the reader's language, never by its key (test-facility, ending).
    for (const indicator of ['needs-posted', 'tenants']) {
      await page.goto(`${baseUrl}/clusters/fusion/indicators/${indicator}`);
      await records.waitFor();
      const parts = await records.locator('tbody tr td:nth-child(2) .muted').allInnerTexts();
      expect(parts.length, indicator).toBeGreaterThan(0);
      for (const part of parts) expect(part, indicator).not.toMatch(/[a-z]{2,}/);
    }
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
    // In the print layout every chart is still laid out (not hidden by the print styles) with its canvas.
    const shown = await page.evaluate(
      () =>
        [
          ...document.querySelectorAll('[data-testid="indicator-chart"], [data-testid="phase-timeline"]'),
        ].filter((el) => (el as HTMLElement).offsetHeight > 50 && el.querySelector('canvas')).length,
    );
    expect(shown).toBe(count);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const text = pdfText(pdf);
    // 27 charts (26 indicators and the timeline) two to a row after the plan and the table: several A4 pages. (Chromium prints a 2D canvas as
    // vector drawing, not as an image, so the charts are checked on the page above rather than in the file.)
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(4);
    // Every indicator chart draws the year's first month under its axis; the page's own text (tables, headings)
    // may name that month too, so what the canvases drew is the PDF's count less the page's.
    const plain = pdfPlainText(pdf);
    if (plain !== null) {
      const indicatorCharts = await page.getByTestId('indicator-chart').count();
      const onPage = occurrences(await page.evaluate(() => document.body.innerText), '2026-04');
      expect(occurrences(plain, '2026-04') - onPage).toBe(indicatorCharts);
      // The phase timeline labels its time axis by year: lines of a bare year, which no table or heading prints,
      // from 2026 (today) to 2029 (the last milestone's target).
      const years = new Set(plain.split('\n').filter((line) => /^20\d\d$/.test(line.trim())));
      expect([...years].sort()).toEqual(['2026', '2027', '2028', '2029']);
    }
    console.log(`yearly report PDF: ${pages} pages, ${count} charts drawn`);
  });
});
