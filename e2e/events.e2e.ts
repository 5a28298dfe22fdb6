import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, demoEventPath, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

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
});
