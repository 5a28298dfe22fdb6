import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

/** The listed facilities, by their key, in order. */
const listed = (page: Page) =>
  page.locator('.facility-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-facility')));

describe.runIf(browserAvailable())('incubation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a visitor filters by extra-high voltage and floor area and opens the Venture Factory, in Japanese', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'インキュベーション' }).first().click();
    await page.getByRole('heading', { level: 1, name: '貸工場・貸ラボと共用設備' }).waitFor();
    await expect.poll(() => listed(page)).toContain('mo-lab-annex');

    await page.getByLabel('特別高圧受電が可能').check();
    await page.getByLabel('床面積 下限（m²）').fill('400');
    await page.getByRole('button', { name: '絞り込む' }).click();
    await page.waitForURL(/ehv=true/);
    await expect.poll(() => listed(page)).toEqual(['mo-venture-factory']);
    const result = page.locator('.facility-result[data-facility="mo-venture-factory"]');
    // Buildings A (600 m², leased) and B (450 m², free) match; C (300 m², no EHV) does not.
    expect(
      await result.locator('.unit-tile').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit'))),
    ).toEqual(['mo-vf-a', 'mo-vf-b']);
    expect(await result.textContent()).toContain('条件に合う区画 2 / 全 3（空き 1）');
    // The map lists the one matching facility.
    expect(await page.locator('.point-map .map-list-entry').allTextContents()).toEqual([
      'むつ小川原ベンチャーファクトリー（例示）',
    ]);

    await result.getByRole('link', { name: 'むつ小川原ベンチャーファクトリー（例示）' }).click();
    await page.getByRole('heading', { level: 1, name: 'むつ小川原ベンチャーファクトリー（例示）' }).waitFor();
    const tiles = page.locator('.unit-floor .unit-tile');
    expect(
      await tiles.evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-unit')}:${e.getAttribute('data-status')}`),
      ),
    ).toEqual(['mo-vf-a:leased', 'mo-vf-b:free', 'mo-vf-c:reserved']);
    expect(await tiles.nth(1).textContent()).toContain('空き');
    expect(await page.getByText('最長入居期間').count()).toBe(1);
    expect(await page.getByText('60 か月').count()).toBe(1);
    expect(await page.getByText('例示データ（架空）').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('does the same in English, and shows a real institute’s shared equipment with its source', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await page.goto(`${baseUrl}/incubation`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rental space and shared equipment' }).waitFor();
    await page.getByLabel('Extra-high voltage available').check();
    await page.getByLabel('Floor area from (m²)').fill('500');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => listed(page)).toEqual(['mo-venture-factory']);
    const result = page.locator('.facility-result[data-facility="mo-venture-factory"]');
    expect(await result.textContent()).toContain('1 of 3 units match (1 free)');
    await result.getByRole('link', { name: 'Mutsu-Ogawara Venture Factory (illustrative)' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Mutsu-Ogawara Venture Factory (illustrative)' })
      .waitFor();
    expect(await page.locator('.unit-floor .unit-tile').first().textContent()).toContain('Leased');
    expect(await page.getByText('Longest lease').count()).toBe(1);

    await page.goto(`${baseUrl}/incubation?q=NIFS`);
    await expect.poll(() => listed(page)).toEqual(['nifs-facilities']);
    await page.getByRole('link', { name: 'NIFS joint-use facilities' }).click();
    const lhd = page.locator('.equipment-item[data-equipment="nifs-lhd"]');
    await lhd.waitFor();
    expect(await lhd.textContent()).toContain('Large Helical Device (LHD)');
    expect(await lhd.textContent()).toContain('Not published (ask)');
    await expect.poll(() => lhd.locator('.tag').allTextContents()).toContain('Stellarator / heliotron');
    await lhd.getByText('Sources').click();
    expect(await lhd.locator('.sources a').first().getAttribute('href')).toBe('https://www.nifs.ac.jp/');
    await page.close();
  });
});
