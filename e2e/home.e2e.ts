import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

describe.runIf(browserAvailable())('the home page of each role', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('greets a member with its own business and puts 紹介 in the navigation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: /のホーム$/ }).waitFor();
    for (const section of [
      '回答をお待ちしている紹介依頼',
      '自社のニーズ・シーズ',
      'お知らせ',
      '紹介の進み具合',
    ])
      await page.getByRole('heading', { level: 2, name: new RegExp(section) }).waitFor();
    const nav = page.getByRole('navigation', { name: 'メインナビゲーション' });
    await nav.getByRole('link', { name: '紹介', exact: true }).click();
    await page.waitForURL(`${baseUrl}/introductions`);
    await page.close();
  });

  it('shows the coordinator what needs action, with headline figures', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ja-JP' });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    await page.getByRole('heading', { level: 1, name: '対応が必要なこと' }).waitFor();
    expect(await page.locator('.home-figure').count()).toBe(7);
    await page.getByRole('heading', { level: 2, name: /実施中のアンケートと回答率/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /アカウントのない組織への依頼/ }).waitFor();
    await page.close();
  });
});
