import { type APIRequestContext, request as apiContext, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

// The one-stop desk through the browser: a company asks in English on a phone without an account; the
// coordinator triages it and refers it to the demo partner (21 Aomori); the partner accepts and answers.
// Then a member company asks in the app and reads the partner's answer there; the coordinator raises a red
// flag and closes the case with a follow-up date, and the company is offered the satisfaction question.

const baseUrl = inject('baseUrl');
const agency = { email: 'agency@demo.fusion-cluster.jp', password: 'demo-agency-2026' };

async function pageAs(
  browser: Browser,
  account: { email: string; password: string } | null,
  width = 1300,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(`try { localStorage.setItem('fch.lang', 'en') } catch {}`);
  const page = await context.newPage();
  if (account) await signIn(page, baseUrl, account.email, account.password);
  return page;
}

async function apiAs(email: string, password: string) {
  const ctx: APIRequestContext = await apiContext.newContext({ baseURL: baseUrl });
  const login = await ctx.post('/api/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const headers = { 'x-csrf-token': (await login.json()).csrfToken };
  return {
    ctx,
    // biome-ignore lint/suspicious/noExplicitAny: API bodies, read by the few fields the test needs
    get: async (path: string): Promise<any> => (await ctx.get(path)).json(),
    // biome-ignore lint/suspicious/noExplicitAny: as above
    post: async (path: string, data?: unknown): Promise<any> => {
      const res = await ctx.post(path, { data, headers });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json();
    },
  };
}

async function fillForm(page: Page, company: string, message: string) {
  await page.getByLabel('Company or organisation').fill(company);
  await page.getByLabel('Your name').fill('Alex Example');
  await page.getByLabel('Email').fill('alex@example.com');
  await page.getByLabel('Topic').selectOption('export');
  await page.getByLabel('Your question').fill(message);
  await page.getByLabel('Reply in').selectOption('en');
  await page.getByRole('button', { name: 'Send' }).click();
}

describe.runIf(browserAvailable())('the one-stop desk', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a company asks in English without an account; the coordinator refers it; the partner accepts and answers', async () => {
    const company = `E2E Vacuum Ltd ${stamp}`;
    const visitor = await pageAs(browser, null, 390);
    await visitor.goto(`${baseUrl}/desk/ask`);
    await fillForm(visitor, company, 'Which programmes help a supplier open a small site near Rokkasho?');
    await visitor.getByText('your consultation has been received').waitFor();
    // Nothing wider than the phone.
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const coordinator = await pageAs(browser, demo.admin);
    await coordinator.goto(`${baseUrl}/desk?status=new`);
    await coordinator.getByRole('link', { name: company }).click();
    await coordinator.getByRole('button', { name: 'Triage, with me as owner' }).click();
    await coordinator.getByText('First answer 20', { exact: false }).first().waitFor();
    const picker = coordinator.getByLabel('Partner organisation');
    await picker.fill('21 Aomori');
    await coordinator
      .getByRole('option', { name: /21 Aomori/ })
      .first()
      .click();
    await coordinator.getByLabel('Note for the partner').fill('Siting programmes, please.');
    await coordinator.getByRole('button', { name: 'Refer', exact: true }).click();
    await coordinator.getByText('Referred (awaiting)').waitFor();

    const partner = await pageAs(browser, agency);
    await partner.goto(`${baseUrl}/desk`);
    await partner.getByRole('link', { name: company }).click();
    await partner.getByText('The contact details show once you accept the referral.').waitFor();
    await partner.getByRole('button', { name: 'Accept' }).click();
    await partner.getByText('alex@example.com', { exact: false }).waitFor();
    await partner.getByLabel('Text').fill('Two prefectural programmes fit; we will call you this week.');
    await partner.getByRole('button', { name: 'Save' }).click();
    await partner.locator('.desk-event-answer').getByText('Two prefectural programmes fit').waitFor();

    await coordinator.reload();
    await coordinator.getByText('First answer given', { exact: false }).waitFor();
    await coordinator.locator('.desk-event-answer').getByText('Two prefectural programmes fit').waitFor();
    for (const p of [visitor, coordinator, partner]) await p.context().close();
  });

  it('a member company asks in the app and reads the partner’s answer there', async () => {
    const company = `E2E Member Co ${stamp}`;
    const member = await pageAs(browser, demo.member);
    await member.goto(`${baseUrl}/desk/ask`);
    await member.getByText('You are signed in').waitFor();
    await fillForm(member, company, 'Subsidies for a test stand?');
    await member.getByRole('link', { name: 'Consultations' }).click();
    await member.getByRole('heading', { name: company }).waitFor();
    const id = member.url().split('/').at(-1)!;

    const admin = await apiAs(demo.admin.email, demo.admin.password);
    const referred = await admin.post(`/api/desk/consultations/${id}/referrals`, { partners: ['21aomori'] });
    const partner = await apiAs(agency.email, agency.password);
    await partner.post(`/api/desk/referrals/${referred.referrals[0].id}/accept`);
    await partner.post(`/api/desk/consultations/${id}/notes`, {
      kind: 'answer',
      body: `Answer for ${stamp}`,
    });
    await partner.post(`/api/desk/consultations/${id}/notes`, { body: `Partner-only note ${stamp}` });

    await member.reload();
    await member.locator('.desk-event-answer').getByText(`Answer for ${stamp}`).waitFor();
    expect(await member.getByText(`Partner-only note ${stamp}`).count()).toBe(0);

    // Aftercare: the coordinator raises a red flag and closes with a follow-up date; the flag is on the list.
    const coordinator = await pageAs(browser, demo.admin);
    await coordinator.goto(`${baseUrl}/desk/consultations/${id}`);
    await coordinator.getByLabel('Flag kind').selectOption('staff-shortage');
    await coordinator.getByLabel('What points to it').fill(`Needs welders ${stamp}`);
    await coordinator.getByRole('button', { name: 'Raise flag' }).click();
    await coordinator.getByText('Flag raised.').waitFor();
    const followUp = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await coordinator.getByLabel('Follow-up date').fill(followUp);
    await coordinator.getByRole('button', { name: 'Close', exact: true }).click();
    await coordinator.locator('.desk-aftercare').getByText(followUp).waitFor();
    await coordinator.goto(`${baseUrl}/desk/flags`);
    await coordinator.getByText(`Needs welders ${stamp}`).waitFor();
    await member.reload();
    await member.getByRole('link', { name: 'Satisfaction question' }).waitFor();
    await coordinator.context().close();
    await member.context().close();
    await admin.ctx.dispose();
    await partner.ctx.dispose();
  });
});
