import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, demoEventPath, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** Serious and critical accessibility violations (axe-core), injected through the debugging protocol (CSP). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    (window as any).axe.run(document, { resultTypes: ['violations'] }),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.runIf(browserAvailable())('events', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member registers for a lunch meeting in Japanese and gets a QR code; the organiser checks them in by code', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.goto(`${baseUrl}/events?kind=lunch-meeting`);
    await page.getByRole('heading', { level: 1, name: '交流イベント' }).waitFor();
    // The demo's lunch meeting, by its key: its date moves with the clock at seed time.
    const eventPath = await demoEventPath(page, baseUrl, 'demo-lunch');
    await page.getByRole('link', { name: 'むつ小川原 月例ランチミーティング（例示）' }).click();
    await page.waitForURL(`${baseUrl}${eventPath}`);

    await page.getByRole('button', { name: '参加を申し込む' }).click();
    await page.getByText('参加が確定しています').waitFor();
    const qr = page.getByRole('img', { name: /受付用 QR コード/ });
    await qr.waitFor();
    // The image is the server's SVG of the token, actually drawn.
    await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const code = (await page.getByTestId('event-short-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // The coordinator, who may manage every event, checks the member in by typing the code.
    const office = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(office, baseUrl, demo.admin.email, demo.admin.password);
    await office.goto(`${baseUrl}${eventPath}/manage`);
    await office.getByRole('heading', { level: 2, name: '受付' }).waitFor();
    await office.getByLabel('受付コード（例 ABCD-EFGH）').fill(code.toLowerCase());
    await office.getByRole('button', { name: '受付する' }).click();
    await office.getByText(/さんを受け付けました/).waitFor();
    // A second use of the same code is refused.
    await office.getByLabel('受付コード（例 ABCD-EFGH）').fill(code);
    await office.getByRole('button', { name: '受付する' }).click();
    await office.getByText('この受付コードはすでに使われています').waitFor();
    const row = office.getByTestId('event-registration-row').filter({ hasText: 'デモ会員' });
    expect(await row.textContent()).toContain('✓');
    await office.close();

    await page.reload();
    await page.getByText(/受付済み/).waitFor();
    await page.close();
  });

  it("a member picks an open-factory tour beside its safety rules and map; the coordinator's figures are drawn", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.goto(`${baseUrl}${await demoEventPath(page, baseUrl, 'demo-open-factory')}`);
    await page.getByRole('heading', { level: 2, name: '安全のためのきまり' }).waitFor();
    expect(await page.getByTestId('event-tours').locator('li').count()).toBe(4);
    await page
      .getByRole('group', { name: '参加する見学枠を選んでください' })
      .getByRole('radio')
      .nth(1)
      .check();
    await page.getByRole('button', { name: '参加を申し込む' }).click();
    await page.getByText('参加が確定しています').waitFor();
    await page.getByText(/あなたの見学枠：/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expect
      .poll(() =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      )
      .toBeLessThanOrEqual(0);
    await page.close();

    const office = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(office, baseUrl, demo.admin.email, demo.admin.password);
    await office.goto(`${baseUrl}/events/figures`);
    await office.getByRole('heading', { level: 1, name: 'イベントの実績' }).waitFor();
    const chart = office.getByRole('img', { name: '月別・種類別のイベント数' });
    await chart.waitFor();
    // ECharts drew into its canvas.
    await expect.poll(() => chart.locator('canvas').count()).toBeGreaterThan(0);
    expect(await office.getByTestId('event-figures-totals').textContent()).toMatch(/イベント数\s*5/);
    expect(await axeViolations(office)).toEqual([]);
    await office.setViewportSize({ width: 390, height: 900 });
    await expect
      .poll(() =>
        office.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      )
      .toBeLessThanOrEqual(0);
    await office.close();
  });
});
