import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

// The public face through the browser: a resident asks a question on a 390 px phone without an account; the
// coordinator publishes it with an answer from Aomori Prefecture; it appears on /questions and in the feed.

const baseUrl = inject('baseUrl');

async function pageAs(browser: Browser, account: { email: string; password: string } | null, width = 1300) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(`try { localStorage.setItem('fch.lang', 'en') } catch {}`);
  const page: Page = await context.newPage();
  if (account) await signIn(page, baseUrl, account.email, account.password);
  return page;
}

describe.runIf(browserAvailable())('the public face', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a resident asks on a phone; the coordinator publishes it with an answer; it is listed and in the feed', async () => {
    const question = `Will the plant road be closed during construction? ${stamp}`;
    const resident = await pageAs(browser, null, 390);
    await resident.goto(`${baseUrl}/public`);
    await resident.getByRole('link', { name: "Residents' questions" }).first().click();
    await resident.getByLabel('Question', { exact: true }).fill(question);
    await resident.getByLabel('E-mail (optional, private)').fill(`resident-${stamp}@example.org`);
    await resident.getByRole('button', { name: 'Send' }).click();
    await resident.getByText('It will appear here once a coordinator has checked it').waitFor();
    expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const coordinator = await pageAs(browser, demo.admin);
    await coordinator.goto(`${baseUrl}/public/moderation`);
    const item = coordinator.getByRole('listitem').filter({ hasText: question });
    await item.getByLabel('Answer (English)').fill(`No: the road stays open. ${stamp}`);
    await item.getByLabel('Answering organisation').fill('Aomori Prefecture');
    await coordinator
      .getByRole('option', { name: /Aomori Prefecture/ })
      .first()
      .click();
    await item.getByRole('button', { name: 'Publish with the answer' }).click();
    await coordinator.getByLabel('State').selectOption('published');
    await coordinator
      .getByRole('listitem')
      .filter({ hasText: question })
      .getByText('Answered by Aomori Prefecture')
      .waitFor();

    await resident.reload();
    const listed = resident.getByRole('listitem').filter({ hasText: question });
    await listed.getByText(`No: the road stays open. ${stamp}`).waitFor();
    await listed.getByText('Answered by Aomori Prefecture').waitFor();
    expect(await resident.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const feed = await (await resident.request.get(`${baseUrl}/api/public/feed.atom`)).text();
    expect(feed).toContain(question);
    expect(feed).not.toContain(`resident-${stamp}@example.org`);
    for (const p of [resident, coordinator]) await p.context().close();
  });
});
