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

  it('the member posts an opening, sees the demo graduate with the reasons drawn, edits it past a stale save, hires, confirms retention and closes it', async () => {
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
    // The shares are drawn: a bar per signal in the card, and the chart of everyone's fit above the list.
    expect(await card.locator('.placement-share').count()).toBe(3);
    await panel.locator('.placement-chart canvas').waitFor();
    // The demo trainee did not opt in: not listed.
    expect(await panel.locator('li').filter({ hasText: 'Demo trainee' }).count()).toBe(0);
    const openingUrl = company.url();

    // The company edits the opening; someone else saved first, so the save is refused and offers a reload.
    await company.getByRole('link', { name: 'Edit the opening' }).click();
    await company.getByRole('heading', { level: 1, name: `Edit opening: ${title}` }).waitFor();
    expect(await company.getByLabel('Municipality').inputValue()).toBe('六ヶ所村');
    const csrf = (await (await company.request.get(`${baseUrl}/api/auth/session`)).json()).csrfToken;
    const openingId = openingUrl.split('/').pop();
    const meanwhile = await company.request.patch(`${baseUrl}/api/job-openings/${openingId}`, {
      data: { municipality: '三沢市' },
      headers: { 'x-csrf-token': csrf, 'if-match': '"1"' },
    });
    expect(meanwhile.status(), await meanwhile.text()).toBe(200);
    await company.getByLabel('Title (English)').fill(`${title} (revised)`);
    await company.getByRole('button', { name: 'Save changes' }).click();
    await company.getByText('Someone else changed this').waitFor();
    await company.getByRole('button', { name: 'Reload the current version' }).click();
    await expect.poll(() => company.getByLabel('Municipality').inputValue()).toBe('三沢市');
    await company.getByLabel('Title (English)').fill(`${title} (revised)`);
    await company.getByRole('button', { name: 'Save changes' }).click();
    await company.waitForURL(openingUrl);
    await company.getByRole('heading', { level: 1, name: `${title} (revised)` }).waitFor();

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
    const inStage = (stage: string) =>
      company.getByRole('region', { name: stage }).locator('li').filter({ hasText: 'Demo graduate' });
    await inStage('Interview').getByRole('button', { name: 'Move to Offer' }).click();
    // Hired with a start date long enough ago that the 6-month retention check is due: the employer confirms it.
    await inStage('Offer').getByLabel('Start date').fill('2025-01-06');
    await inStage('Offer').getByRole('button', { name: 'Move to Hired' }).click();
    const hired = inStage('Hired');
    await hired.getByText('Started 2025-01-06').waitFor();
    const sixMonths = hired.locator('li').filter({ hasText: '6-month check (from 2025-07-06)' });
    await sixMonths.getByRole('button', { name: 'Retained' }).click();
    await expect.poll(() => sixMonths.getByRole('button').count()).toBe(0);
    expect(await sixMonths.textContent()).toContain('Retained');

    // Filled: the company closes the opening.
    await company.getByRole('button', { name: 'Close the opening' }).click();
    await company.getByRole('button', { name: 'Reopen' }).waitFor();
    expect(await company.locator('.badge', { hasText: 'Closed' }).count()).toBe(1);
    await company.close();
  });
});
