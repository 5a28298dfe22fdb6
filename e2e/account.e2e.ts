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

  it('an admin creates, re-roles, disables, re-enables an account and sends it a reset link; its owner changes the password', async () => {
    const email = `e2e-${Date.now()}@example.jp`;
    const firstPassword = 'first-password-2026';
    const admin = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(admin, baseUrl, demo.admin.email, demo.admin.password);
    await admin.goto(`${baseUrl}/admin/accounts`);
    const form = admin.locator('form.card');
    await form.getByLabel('メールアドレス').fill(email);
    await form.getByLabel('氏名').fill('E2E 利用者');
    await form.getByLabel('権限', { exact: true }).selectOption('person');
    await form.getByLabel('パスワード').fill(firstPassword);
    await form.getByRole('button', { name: 'アカウントを作成' }).click();
    const row = admin.locator(`tr[data-account="${email}"]`);
    await row.waitFor();

    const role = row.getByLabel('権限の変更: E2E 利用者');
    await role.selectOption('reviewer');
    await admin.getByRole('status').filter({ hasText: 'アカウントを更新しました。' }).waitFor();
    await admin.reload();
    expect(await role.inputValue()).toBe('reviewer');

    admin.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: '無効にする' }).click();
    await row.getByRole('cell', { name: '無効', exact: true }).waitFor();
    await row.getByRole('button', { name: '有効にする' }).click();
    await row.getByRole('cell', { name: '有効', exact: true }).waitFor();

    await row.getByRole('button', { name: '再設定リンクを送る' }).click();
    await admin.getByRole('status').filter({ hasText: 'パスワード再設定のリンクを送りました' }).waitFor();

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
