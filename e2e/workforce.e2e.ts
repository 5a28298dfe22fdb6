import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

describe.runIf(browserAvailable())('workforce: the gap chart shows the skills short of people', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the member sees tritium handling short (demo reactors need it, nobody trains for it) and what lies behind a year', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await page.addInitScript(`try { localStorage.setItem('fch.lang', 'en') } catch {}`);
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.goto(`${baseUrl}/talent`);
    await page.getByRole('link', { name: 'Workforce demand and supply' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workforce demand and supply' }).waitFor();
    const shortfalls = page.locator('.wf-shortfalls li');
    await shortfalls.first().waitFor();
    expect(await shortfalls.allTextContents()).toContainEqual(
      expect.stringMatching(/^Tritium handling is short by \d+(\.\d)? over \d{4}–\d{4}\.$/),
    );
    // Both charts are drawn (ECharts canvases), each with a text for screen readers.
    const charts = page.locator('.workforce-chart');
    await expect.poll(() => charts.locator('canvas').count()).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toMatch(/Tritium handling Gap -\d/);

    // The shortest skill comes first; its first year short of people opens what lies behind it: the planned
    // (illustrative) facilities whose staffing tables make the demand, by phase.
    const year = page.locator('.wf-table tbody tr.wf-short th button').first();
    await year.click();
    const detail = page.getByRole('region', { name: /what lies behind it/ });
    await detail.getByRole('heading', { level: 4, name: 'Planned facilities' }).waitFor();
    const facilities = detail.getByRole('list').first();
    expect(await facilities.textContent()).toMatch(/\(illustrative\).*construction from \d{4}, Phase [1-4]/);
    expect(await detail.textContent()).toMatch(/Phase [1-4] \d/);
    await page.screenshot({ path: '/tmp/fch-workforce-1300.png', fullPage: true });

    // A phone: nothing runs past the screen, and axe finds nothing serious.
    await page.setViewportSize({ width: 390, height: 900 });
    await expect
      .poll(() =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      )
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/fch-workforce-390.png', fullPage: true });
    await page.evaluate(axeSource);
    const result = (await page.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
      (window as any).axe.run(document, { resultTypes: ['violations'] }),
    )) as { violations: { id: string; impact: string }[] };
    expect(
      result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.close();
  });
});
