import { createRequire } from 'node:module';
import { request as apiContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

// The desk's figures, search and FAQ editing through the browser, on a 390 px phone: the coordinator reads the
// charts for the demo consultations and downloads them as xlsx, finds a past consultation in Japanese, and
// edits a FAQ entry (made for this test, unpublished, so the public FAQ other tests read stays as it is).

const baseUrl = inject('baseUrl');

async function phoneAs(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  await context.addInitScript(`try { localStorage.setItem('fch.lang', 'en') } catch {}`);
  const page = await context.newPage();
  await signIn(page, baseUrl, account.email, account.password);
  return page;
}

const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };

/** Serious and critical accessibility violations (axe-core, injected through the debugging protocol). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    (window as any).axe.run(document, { resultTypes: ['violations'] }),
  )) as { violations: Violation[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.runIf(browserAvailable())('desk figures, search and FAQ', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the figures and downloads them', async () => {
    const page = await phoneAs(browser, demo.admin);
    await page.goto(`${baseUrl}/desk/figures`);
    await page.getByRole('heading', { level: 1, name: 'Desk figures' }).waitFor();
    for (const name of [
      'Consultations by topic and month',
      'Share handled within the target',
      'Referrals per partner',
    ])
      await page.getByRole('heading', { level: 2, name }).waitFor();
    // ECharts draws on a canvas once its chunk has loaded.
    await page.locator('.chart canvas').first().waitFor();
    expect(await page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2);
    // The demo's closed case was asked nothing (it predates aftercare): the section says how many were asked.
    await page.getByRole('heading', { level: 2, name: 'Satisfaction' }).waitFor();
    await page.getByText(/^Asked of \d+ cases closed in the period; \d+ answered/).waitFor();
    expect(await fitsThePhone(page)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^desk-figures-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('finds a past consultation in Japanese and edits a FAQ entry', async () => {
    const api = await apiContext.newContext({ baseURL: baseUrl });
    const login = await api.post('/api/auth/login', { data: demo.admin });
    const headers = { 'x-csrf-token': (await login.json()).csrfToken };
    const created = await api.post('/api/public/faq', {
      headers,
      data: {
        question: { en: `How long does a first answer take? ${stamp}` },
        answer: { en: 'Two working days.' },
        published: false,
      },
    });
    expect(created.status()).toBe(201);

    const page = await phoneAs(browser, demo.admin);
    await page.goto(`${baseUrl}/desk/search`);
    await page.getByLabel('Search words').fill('工場用地');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('1 found').waitFor();
    await page.getByText('六ヶ所村周辺で', { exact: false }).waitFor();

    const entry = page.getByRole('listitem').filter({ hasText: stamp });
    await entry.getByRole('button', { name: 'Edit' }).click();
    await entry.getByLabel('Answer (English)').fill('Two working days, weekends and holidays not counted.');
    await entry.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved').waitFor();
    expect(await fitsThePhone(page)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    const list = await (await api.get('/api/public/faq?limit=200')).json();
    const saved = list.items.find((e: { question: { en?: string } }) => e.question.en?.includes(stamp));
    expect(saved).toMatchObject({
      version: 2,
      published: false,
      answer: { en: expect.stringContaining('holidays') },
    });
    await api.dispose();
  });
});
