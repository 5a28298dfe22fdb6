import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const tohoku = ['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県'];

/** The options of a select, as shown, without the leading "any". */
const options = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).locator('option:not([value=""])').allTextContents();

describe.runIf(browserAvailable())('the directory’s places', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('filters by region, with counts that follow the keyword, prefectures in JIS order', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/directory`);
    await page.locator('.result').first().waitFor();
    const regions = await options(page, '地域');
    expect(regions[0]).toMatch(/^東北 \(\d+\)$/);
    expect(regions.map((r) => r.trim().replace(/ \(\d+\)$/, ''))).toEqual([
      '東北',
      '青森県',
      '岩手県',
      '宮城県',
      '秋田県',
      '山形県',
      '福島県',
      '日本',
      '海外',
    ]);
    // Japanese prefectures in JIS order: 青森 (02), 岩手 (03), 宮城 (04), 秋田 (05), 山形 (06), 福島 (07), 茨城 (08)…
    const japan = await page
      .getByLabel('所在地（都道府県・州）', { exact: true })
      .locator('optgroup[label="日本"] option')
      .allTextContents();
    expect(japan.slice(0, 7).map((p) => p.replace(/ \(\d+\)$/, ''))).toEqual([
      '青森県',
      '岩手県',
      '宮城県',
      '秋田県',
      '山形県',
      '福島県',
      '茨城県',
    ]);

    await page.getByLabel('地域', { exact: true }).selectOption('tohoku');
    await page.waitForURL(/region=tohoku/);
    const count = Number(regions[0]!.match(/\((\d+)\)/)![1]);
    await page.locator('.results-total', { hasText: `${count} 件` }).waitFor();
    const places = await page.locator('.result .result-meta span:nth-child(2)').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(tohoku.some((p) => place.startsWith(p))).toBe(true);

    // With a keyword, the offered counts are the counts the list gives.
    // Both answers for the keyword must be in before reading: until then the page still shows the list and the
    // counts without it (179 in Tohoku: 25 in the bundle, 154 in tohoku.json), which agree with each other and would prove nothing.
    const answered = (path: string) =>
      page.waitForResponse(
        (r) => new URL(r.url()).pathname === path && new URL(r.url()).searchParams.has('q'),
      );
    const listed = answered('/api/organizations');
    const counted = answered('/api/organizations/facets');
    await page.getByLabel('キーワード').fill('超伝導');
    await page.getByRole('button', { name: '検索', exact: true }).click();
    const total: number = (await (await listed).json()).total;
    await counted;
    if (total === 0) await page.locator('.empty').waitFor();
    else await page.locator('.results-total', { hasText: `${total} 件` }).waitFor();
    const offered = async () => (await options(page, '地域')).find((r) => r.startsWith('東北'))!;
    expect(await offered()).toMatch(/\((\d+)\)$/);
    await expect.poll(async () => Number((await offered()).match(/\((\d+)\)$/)![1])).toBe(total);
    await page.close();
  });

  it('shows English place names and lists on English pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/directory`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.goto(`${baseUrl}/directory?q=${encodeURIComponent('Kyoto Fusioneering')}`);
    const result = page.locator('.result', { hasText: 'Kyoto Fusioneering' }).first();
    await result.waitFor();
    expect(await result.locator('.result-meta').textContent()).toContain('Uji, Kyoto, Japan');
    expect(await page.locator('body').textContent()).not.toContain('宇治市');

    // Prefectures by English name within Japan.
    const japan = (
      await page
        .getByLabel('Prefecture / state', { exact: true })
        .locator('optgroup[label="Japan"] option')
        .allTextContents()
    ).map((p) => p.replace(/ \(\d+\)$/, ''));
    expect(japan.length).toBeGreaterThan(0);
    expect(japan).toEqual([...japan].sort((a, b) => a.localeCompare(b, 'en')));
    expect(japan.every((p) => /^[A-Za-z -]+$/.test(p))).toBe(true);

    await result.getByRole('link', { name: /Kyoto Fusioneering/ }).click();
    await page.getByRole('heading', { level: 1, name: /Kyoto Fusioneering/ }).waitFor();
    const facts = await page.locator('.profile-facts').textContent();
    expect(facts).toContain('Uji, Kyoto, Japan');
    expect(facts).toContain('Component supplier, Integrator');
    await page.close();
  });

  it('says when the region has no supplier and lists the nearest with their distance', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    // No gyrotron maker in the demo's Tohoku: the nearest are in Ibaraki and Tochigi.
    await page.goto(`${baseUrl}/industry-map/shortlist?technology=HCD.gyrotron&region=tohoku`);
    const notice = page
      .getByRole('status')
      .filter({ hasText: '東北には、選んだ技術を持つ組織がありません。' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('仙台市から近い順に');
    const nearest = await notice.locator('.nearest-list li').allTextContents();
    expect(nearest.length).toBeGreaterThan(0);
    const km = nearest.map((line) => Number(line.match(/([\d,]+) km/)![1]!.replace(/,/g, '')));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(nearest[0]).toMatch(/量子科学技術研究開発機構|キヤノン/);
    await page.close();
  });
});
