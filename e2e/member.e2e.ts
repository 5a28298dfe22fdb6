import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

async function findOrganizationId(page: Page, query: string, name: RegExp): Promise<string> {
  await page.goto(`${baseUrl}/directory?q=${encodeURIComponent(query)}`);
  const link = page.locator('.result-list').getByRole('link', { name }).first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  const id = href?.split('/').pop();
  if (!id) throw new Error(`no profile link for ${name}`);
  return id;
}

describe.runIf(browserAvailable())('a member', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('edits its own profile and nobody else’s', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);

    const ownId = await findOrganizationId(
      page,
      'Kyoto Fusioneering',
      /Kyoto Fusioneering|京都フュージョニアリング/,
    );
    await page.goto(`${baseUrl}/organizations/${ownId}`);
    await page.getByRole('link', { name: '編集' }).click();
    await page.waitForURL(/\/edit$/);
    const description = `Edited in the browser test at ${Date.now()}.`;
    const field = page.getByLabel('概要（英語）');
    await field.fill(description);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`/organizations/${ownId}$`));
    // The profile shows Japanese first; switch to read the English description.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.profile-description', { hasText: description }).waitFor();

    const otherId = await findOrganizationId(page, 'Fujikura', /Fujikura|フジクラ/);
    expect(otherId).not.toBe(ownId);
    await page.goto(`${baseUrl}/organizations/${otherId}`);
    await page.locator('.profile h1').waitFor();
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);

    await page.goto(`${baseUrl}/organizations/${otherId}/edit`);
    await page.getByRole('alert').filter({ hasText: 'You can edit only your own organisation.' }).waitFor();
    expect(await page.locator('form.org-form').count()).toBe(0);
    await page.close();
  });
});
