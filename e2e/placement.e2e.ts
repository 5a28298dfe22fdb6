import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

describe.runIf(browserAvailable())('placement: a company posts an opening and sees who fits, and why', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the member posts an opening in English, sees the demo graduate with the reasons, and moves their application on', async () => {
    const run = Date.now().toString(36);
    const title = `Vacuum technician ${run}`;
    const company = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await company.addInitScript(`try { localStorage.setItem('fch.lang', 'en') } catch {}`);
    await signIn(company, baseUrl, demo.member.email, demo.member.password);
    await company.goto(`${baseUrl}/talent/openings`);
    await company.getByRole('heading', { level: 1, name: 'Job openings' }).waitFor();
    await company.getByRole('link', { name: 'Post an opening' }).click();
    await company.getByRole('heading', { level: 1, name: 'Post an opening' }).waitFor();
    await company.getByLabel('Title (English)').fill(title);
    await company.getByLabel('Level').selectOption('5');
    await company.getByLabel('Vacuum technology').check();
    await company.getByLabel('Prefecture').selectOption('青森県');
    await company.getByLabel('Municipality').fill('六ヶ所村');
    await company.getByLabel('Start').fill('2027-10-01');
    await company.getByRole('button', { name: 'Post', exact: true }).click();
    await company.waitForURL(/\/talent\/openings\/[0-9a-f-]{36}$/);
    await company.getByRole('heading', { level: 1, name: title }).waitFor();

    // The illustrative graduate of the KOSEN course (vacuum, level 5, Hachinohe) opted in: listed with reasons.
    const panel = company.locator('.placement-candidates');
    const card = panel.locator('li').filter({ hasText: 'Demo graduate' });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Graduate');
    expect(text).toContain('Illustrative');
    expect(text).toContain('Same prefecture');
    expect(text).toMatch(/Skills: \d+%/);
    expect(text).toMatch(/Level: \d+%/);
    expect(text).toMatch(/Location: \d+%/);
    const shares = [...text.matchAll(/(?:Skills|Level|Location): (\d+)%/g)].map((m) => Number(m[1]));
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(99);
    // The demo trainee did not opt in: not listed.
    expect(await panel.locator('li').filter({ hasText: 'Demo trainee' }).count()).toBe(0);
    const openingUrl = company.url();

    // The graduate applies; the company sees the application on its board and invites them to interview.
    const graduate = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await graduate.addInitScript(`try { localStorage.setItem('fch.lang', 'en') } catch {}`);
    await signIn(graduate, baseUrl, demo.graduate.email, demo.graduate.password);
    await graduate.goto(openingUrl);
    await graduate.getByRole('button', { name: 'Apply', exact: true }).click();
    await graduate.getByText('You have applied.').waitFor();
    await graduate.close();

    await company.reload();
    const applied = company
      .getByRole('region', { name: 'Applied' })
      .locator('li')
      .filter({ hasText: 'Demo graduate' });
    await applied.getByRole('button', { name: 'Move to Interview' }).click();
    await company
      .getByRole('region', { name: 'Interview' })
      .locator('li')
      .filter({ hasText: 'Demo graduate' })
      .waitFor();
    await company.close();
  });
});
