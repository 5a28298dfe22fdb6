import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

describe.runIf(browserAvailable())('a new visitor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees Japanese first, switches to English for good, and finds HTS suppliers for 超伝導', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    const navJa = page.getByRole('navigation', { name: 'メインナビゲーション' });
    await navJa.getByRole('link', { name: '組織ディレクトリ' }).waitFor();
    // The home page explains the cluster and invites in; the nav offers only what a visitor can use.
    await page.getByRole('heading', { level: 1, name: /フュージョン産業クラスター/ }).waitFor();
    expect(await page.locator('.home-figure').count()).toBeGreaterThan(3);
    expect(await navJa.getByText('近日公開').count()).toBe(0);
    expect(await navJa.getByRole('link', { name: '紹介', exact: true }).count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.getByRole('link', { name: '企業・機関を探す' }).click();
    await page.waitForURL(`${baseUrl}/directory`);
    await page.locator('.result').first().waitFor();
    await page.screenshot({ path: '/tmp/fch-directory-ja-desktop.png' });

    await page.getByRole('button', { name: 'English' }).click();
    const navEn = page.getByRole('navigation', { name: 'Main navigation' });
    await navEn.getByRole('link', { name: 'Directory' }).waitFor();
    await page.reload();
    await navEn.getByRole('link', { name: 'Directory' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByLabel('Keywords').fill('超伝導');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=%E8%B6%85%E4%BC%9D%E5%B0%8E/);
    const results = page.locator('.result-list');
    try {
      await results
        .getByRole('link', { name: /Fujikura|Furukawa/ })
        .first()
        .waitFor({ timeout: 10_000 });
    } catch (error) {
      // Say what was found instead, so a ranking regression is readable from the test log.
      console.log('超伝導 results:', await page.locator('.results-total').textContent());
      console.log((await page.locator('.result h3').allTextContents()).join(' | '));
      throw error;
    }
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.pagination-range').textContent()).toMatch(/^1–\d+ of \d+$/);
    await page.close();
  });

  it('reads on the taxonomy page what each code covers, in the language chosen', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/taxonomy`);
    // Non-destructive testing's note names the methods a buyer asks for, beneath the code's link.
    const ndt = page.locator('li', { has: page.locator('code', { hasText: /^MAT\.ndt$/ }) });
    await expect.poll(() => ndt.locator('.taxonomy-scope').textContent()).toMatch(/超音波探傷/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => ndt.locator('.taxonomy-scope').textContent())
      .toMatch(/ultrasonic testing \(UT\)/);
    await context.close();
  });

  it('gets English from an en-US browser on a first visit, and a stored choice wins over the browser', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Directory' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => navigator.languages[0])).toBe('en-US');

    await page.getByRole('button', { name: '日本語' }).click();
    await page.reload();
    await page
      .getByRole('navigation', { name: 'メインナビゲーション' })
      .getByRole('link', { name: '組織ディレクトリ' })
      .waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await context.close();
  });

  it('lays the directory out on a 390-px phone with the menu behind a button', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    // A search bookmarked when the directory was the front page still lands in the directory.
    await page.goto(`${baseUrl}/?q=${encodeURIComponent('超伝導')}`);
    await page.waitForURL(/\/directory\?q=/);
    await page.locator('.result').first().waitFor();
    const menu = page.getByRole('button', { name: 'メニュー' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('link', { name: '技術分類' }).isVisible()).toBe(false);
    await page.screenshot({ path: '/tmp/fch-directory-ja-phone.png' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: '技術分類' }).waitFor();
    await page.screenshot({ path: '/tmp/fch-directory-ja-phone-menu.png' });
    // No sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
