import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

describe.runIf(browserAvailable())('accounts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin creates, edits, disables, re-enables an account and sends it a reset link; its owner changes the password', async () => {
    const email = `e2e-${Date.now()}@example.jp`;
    const firstPassword = 'first-password-2026';
    const admin = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Every confirmation (disable, enable, reset link) is asked, and accepted here.
    const confirmations: string[] = [];
    admin.on('dialog', (dialog) => {
      confirmations.push(dialog.message());
      void dialog.accept();
    });
    await signIn(admin, baseUrl, demo.admin.email, demo.admin.password);
    await admin.goto(`${baseUrl}/admin/accounts`);
    const form = admin.getByRole('form', { name: 'パスワードを決めて作成' });
    await form.getByLabel('メールアドレス').fill(email);
    await form.getByLabel('氏名').fill('E2E 利用者');
    await form.getByLabel('権限', { exact: true }).selectOption('person');
    await form.getByLabel('パスワード').fill(firstPassword);
    await form.getByRole('button', { name: 'パスワードを決めて作成' }).click();
    const row = admin.locator(`tr[data-account="${email}"]`);
    await row.waitFor();

    await row.getByRole('button', { name: '編集: E2E 利用者' }).click();
    const edit = admin.getByRole('form', { name: 'E2E 利用者 さんのアカウントを編集' });
    await edit.getByLabel('氏名').fill('E2E 編集済み');
    await edit.getByLabel('権限', { exact: true }).selectOption('reviewer');
    await edit.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('status').filter({ hasText: 'アカウントを更新しました。' }).waitFor();
    await admin.reload();
    await row.getByRole('cell', { name: '審査員', exact: true }).waitFor();
    await row.getByRole('cell', { name: 'E2E 編集済み', exact: true }).waitFor();

    await row.getByRole('button', { name: '無効にする' }).click();
    await row.getByRole('cell', { name: '無効', exact: true }).waitFor();
    await row.getByRole('button', { name: '有効にする' }).click();
    await row.getByRole('cell', { name: '有効', exact: true }).waitFor();

    await row.getByRole('button', { name: '再設定リンクを送る' }).click();
    await admin.getByRole('status').filter({ hasText: 'パスワード再設定のリンクを送りました' }).waitFor();
    expect(confirmations).toEqual([
      expect.stringContaining('無効にしますか'),
      expect.stringContaining('有効に戻しますか'),
      expect.stringContaining(`${email} にパスワード再設定のリンクをメールで送りますか`),
    ]);

    const ownerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const owner = await ownerContext.newPage();
    await signIn(owner, baseUrl, email, firstPassword);
    await owner.locator('.account a.account-name').click();
    await owner.waitForURL(/\/account$/);
    await owner.locator('tr[data-current]', { hasText: 'この端末' }).waitFor();
    await owner.getByLabel('現在のパスワード').fill('not-the-password');
    await owner.getByLabel('新しいパスワード').fill('second-password-2026');
    await owner.getByRole('button', { name: 'パスワードを変更' }).click();
    await owner.getByText('現在のパスワードが違います').waitFor();
    await owner.getByLabel('現在のパスワード').fill(firstPassword);
    await owner.getByRole('button', { name: 'パスワードを変更' }).click();
    await owner.getByRole('status').filter({ hasText: 'パスワードを変更しました' }).waitFor();
    expect(await owner.locator('tbody tr').count()).toBe(1);
    await ownerContext.close();
    await admin.close();
  });

  it('an admin invites a member by e-mail, picking the organisation by name; the invitee sets a password on a phone', async () => {
    const email = `invitee-${Date.now()}@example.jp`;
    const admin = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    admin.on('dialog', (dialog) => {
      expect(dialog.message()).toContain(`${email} に招待メールを送りますか`);
      void dialog.accept();
    });
    await signIn(admin, baseUrl, demo.admin.email, demo.admin.password);
    await admin.goto(`${baseUrl}/admin/accounts`);
    const form = admin.getByRole('form', { name: 'メールで招待' });
    await form.getByLabel('メールアドレス').fill(email);
    await form.getByLabel('権限', { exact: true }).selectOption('member');
    // Part of the English name finds it; the list shows the name in the page's language (Japanese).
    const picker = form.getByRole('combobox', { name: '所属組織' });
    await picker.fill('fusioneer');
    const option = form.getByRole('option', { name: /京都フュージョニアリング/ });
    await option.waitFor();
    await picker.press('ArrowDown');
    await picker.press('ArrowUp');
    await picker.press('Enter');
    expect(await picker.inputValue()).toMatch(/京都フュージョニアリング/);
    await form.getByRole('button', { name: '招待メールを送る' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `${email} に招待メールを送りました` })
      .waitFor();
    const row = admin.locator(`tr[data-account="${email}"]`);
    await row.getByRole('cell', { name: '招待中（パスワード未設定）' }).waitFor();
    await row.getByRole('cell', { name: /京都フュージョニアリング/ }).waitFor();

    const outbox = await (await admin.request.get(`${baseUrl}/api/outbox?limit=50`)).json();
    const mail = outbox.items.find((m: { to: string }) => m.to === email);
    const link = /https?:\/\/\S+\/invitation#(\S+)/.exec(mail.body);
    expect(link, mail.body).not.toBeNull();

    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.goto(`${baseUrl}/invitation#${link![1]}`);
    await phone.getByLabel('氏名').fill('招待 花子');
    await phone.getByLabel('新しいパスワード').fill('chosen-by-invitee-2026');
    await phone.getByRole('button', { name: 'パスワードを設定して始める' }).click();
    await phone
      .getByRole('status')
      .filter({ hasText: `${email} でログインしてください` })
      .waitFor();
    await signIn(phone, baseUrl, email, 'chosen-by-invitee-2026');
    await phone.goto(`${baseUrl}/invitation#${link![1]}`);
    await phone.getByLabel('新しいパスワード').fill('someone-else-2026');
    await phone.getByRole('button', { name: 'パスワードを設定して始める' }).click();
    await phone
      .getByRole('alert')
      .filter({ hasText: 'この招待リンクは期限切れか、すでに使われています' })
      .waitFor();
    await phone.close();
    await admin.close();
  });

  it('the accounts page fits a 390 px screen: the list becomes cards', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    await page.goto(`${baseUrl}/admin/accounts`);
    await page.locator('tr[data-account]').first().waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: document.documentElement.clientWidth,
      table: document.querySelector('.table-wrap')!.scrollWidth,
      wrap: document.querySelector('.table-wrap')!.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(widths.table).toBeLessThanOrEqual(widths.wrap);
    await page.close();
  });

  it('a reset link that has been used or never existed says so, in both languages', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${baseUrl}/reset-password#not-a-real-token-0123456789abcdef`);
    await page.getByLabel('新しいパスワード').fill('a-new-password-2026');
    await page.getByRole('button', { name: 'パスワードを設定' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'このリンクは期限切れか、すでに使われています' })
      .waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('alert').filter({ hasText: 'This link has expired or has been used' }).waitFor();
    await page.close();
  });
});
