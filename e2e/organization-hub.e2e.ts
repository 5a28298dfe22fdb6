import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

describe.runIf(browserAvailable())('the organisation as a hub', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member adds a contact person with consent; signed-in users see it, a visitor does not', async () => {
    const member = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(member, baseUrl, demo.member.email, demo.member.password);
    const session = await (await member.request.get(`${baseUrl}/api/auth/session`)).json();
    const profile = `${baseUrl}/organizations/${session.user.organizationId}`;
    await member.goto(profile);
    const name = `担当 ${Date.now()}`;
    await member.getByRole('button', { name: '連絡先を追加' }).click();
    const form = member.getByRole('form', { name: '連絡先を追加' });
    await form.getByLabel('氏名').fill(name);
    await form.getByLabel('部署・役職').fill('調達部');
    await form.getByLabel('メールアドレス').fill('tanto@example.jp');
    await form.getByLabel('電話番号').fill('075-000-0000');
    await form.getByLabel('同意を得た日').fill('2026-04-01');
    await form.getByLabel('同意の内容（何のための掲載か）').fill('調達に関する問い合わせ窓口として掲載');
    await form.getByRole('button', { name: '保存' }).click();
    const card = member.locator('.contact-card', { hasText: name });
    await card.waitFor();
    expect(await card.textContent()).toContain('2026-04-01 に同意（調達に関する問い合わせ窓口として掲載）');
    // The hub's sections are on the profile too; introductions only for the organisation's own members.
    await member.getByRole('heading', { name: 'ニーズ', exact: true }).waitFor();
    await member.getByRole('heading', { name: '取引・連携関係' }).waitFor();
    await member.getByRole('heading', { name: '紹介', exact: true }).waitFor();

    const visitor = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const asked: string[] = [];
    visitor.on('request', (r) => {
      if (r.url().includes('/contacts')) asked.push(r.url());
    });
    await visitor.goto(profile);
    await visitor.getByText('担当者の連絡先は、ログインした利用者だけに表示されます。').waitFor();
    await visitor.getByRole('heading', { name: '取引・連携関係' }).waitFor();
    expect(await visitor.content()).not.toContain(name);
    expect(await visitor.content()).not.toContain('tanto@example.jp');
    expect(await visitor.getByRole('heading', { name: '紹介', exact: true }).count()).toBe(0);
    expect(asked).toEqual([]);
    const width = await visitor.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);

    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(admin, baseUrl, demo.admin.email, demo.admin.password);
    await admin.goto(profile);
    await admin.locator('.contact-card', { hasText: name }).waitFor();
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.locator('.contact-card', { hasText: name }).getByRole('button', { name: '削除' }).click();
    await admin.locator('.contact-card', { hasText: name }).waitFor({ state: 'detached' });
    for (const page of [member, visitor, admin]) await page.close();
  });
});
