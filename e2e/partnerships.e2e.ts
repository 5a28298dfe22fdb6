import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    (window as any).axe.run(document, { resultTypes: ['violations'] }),
  )) as { violations: { id: string; impact: string }[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/** Elements that run past a 390 px screen (a page that fits has none). */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 391)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className}`),
  );

describe.runIf(browserAvailable())('partnerships', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the partnership page draws activity per area and month and flags the quiet areas, on a phone too', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${baseUrl}/partnerships`);
    await page.getByRole('heading', { level: 1, name: '連携協定' }).waitFor();
    await page.getByRole('link', { name: /J-Fusion と The Fusion Cluster/ }).click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: '分野別・月別の活動' }).waitFor();
    const chart = page.getByTestId('activity-chart');
    // ECharts draws on a canvas inside the chart's box.
    await chart.locator('canvas').first().waitFor();
    expect(
      await chart
        .locator('canvas')
        .first()
        .evaluate((c) => (c as HTMLCanvasElement).width),
    ).toBeGreaterThan(0);
    // The demo leaves public engagement and government liaison without activity, and workforce quiet for a year.
    for (const area of ['public-engagement', 'government-liaison', 'workforce'])
      await page.getByTestId(`area-${area}`).getByText('1年間活動なし').waitFor();
    expect(await page.getByTestId('area-information-sharing').getByText('1年間活動なし').count()).toBe(0);
    // The page fits the phone and passes axe.
    expect(await overflowing(page)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a coordinator publishes a bulletin, which the public list then shows', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    await page.goto(`${baseUrl}/bulletins`);
    await page.getByRole('heading', { level: 1, name: '情報共有ノート' }).waitFor();
    await page.getByRole('link', { name: 'ノートを発信' }).click();
    await page.getByRole('heading', { level: 1, name: 'ノートを発信' }).waitFor();
    await page.getByLabel('種類').selectOption('success-case');
    await page.getByLabel('件名（日本語）').fill('高温超伝導コイルの共同試験（ブラウザテスト）');
    await page.getByLabel('件名（英語）').fill('Joint HTS coil test (browser test)');
    await page.getByLabel('本文（日本語）').fill('日英の共同試験が完了しました。');
    await page.getByLabel('技術コード（カンマ区切り、例 MAG.hts）').fill('MAG.hts');
    await page.getByLabel(/情報および知識の共有/).check();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '発信する' }).click();
    await page.waitForURL(/\/bulletins$/);
    await page
      .getByRole('heading', { level: 2, name: '高温超伝導コイルの共同試験（ブラウザテスト）' })
      .waitFor();

    // A visitor sees it (public), and the area's Atom feed carries it.
    const visitor = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await visitor.goto(`${baseUrl}/bulletins`);
    await visitor
      .getByRole('heading', { level: 2, name: '高温超伝導コイルの共同試験（ブラウザテスト）' })
      .waitFor();
    expect(await seriousAxeViolations(visitor)).toEqual([]);
    expect(await overflowing(visitor)).toEqual([]);
    const feed = await visitor.request.get(
      `${baseUrl}/api/bulletins/feed.atom?tag=${encodeURIComponent('area:jfusion-fusion-cluster-mou/information-sharing')}`,
    );
    expect(await feed.text()).toContain('Joint HTS coil test (browser test)');
    await visitor.close();
    await page.close();
  });

  it("the working group's lead (the demo member) reads its meeting and marks an action item done, on a phone", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.goto(`${baseUrl}/alliance`);
    await page.getByRole('heading', { level: 1, name: 'アライアンスのワーキンググループ' }).waitFor();
    await page.getByRole('link', { name: 'サプライチェーン部会（例示）' }).click();
    await page.getByRole('heading', { level: 2, name: '会合記録' }).waitFor();
    await page.getByText('次回会合の日程調整').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    const done = page.getByRole('button', { name: '完了にする' });
    expect(await done.count()).toBe(2);
    await done.first().click();
    await expect.poll(() => page.getByRole('button', { name: '完了にする' }).count()).toBe(1);
    await page.close();
  });

  it('the lead uploads a file for the group and downloads it, records, edits and deletes a meeting, and deletes the file', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.goto(`${baseUrl}/alliance`);
    await page.getByRole('link', { name: 'サプライチェーン部会（例示）' }).click();
    await page.getByRole('heading', { level: 2, name: 'ファイルをアップロード' }).waitFor();
    const upload = page.locator('section', {
      has: page.getByRole('heading', { name: 'ファイルをアップロード' }),
    });
    await upload.getByLabel('資料名').fill('第2回部会の議事録（ブラウザテスト）');
    await upload.getByLabel('ファイル（PDF・JPEG・PNG・WebP、10 MB まで）').setInputFiles({
      name: 'minutes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n% e2e'),
    });
    await upload.getByRole('button', { name: 'ファイルをアップロード' }).click();
    const link = page.getByRole('link', { name: '第2回部会の議事録（ブラウザテスト）' });
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/alliance\/documents\/[0-9a-f-]{36}$/);
    const file = await page.request.get(`${baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect((await file.body()).toString()).toBe('%PDF-1.7\n% e2e');

    const record = page.locator('section', { has: page.getByRole('heading', { name: '会合を記録' }) });
    await record.getByLabel('開催日').fill('2026-12-01');
    await record.getByLabel('件名（日本語）').fill('臨時会合（ブラウザテスト）');
    await record.getByRole('button', { name: '会合を記録' }).click();
    const meeting = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /臨時会合（ブラウザテスト）/ }) });
    await meeting.waitFor();
    await meeting.getByRole('button', { name: '編集' }).click();
    await meeting.getByLabel('件名（日本語）').fill('臨時会合・改（ブラウザテスト）');
    await meeting.getByRole('button', { name: '変更を保存' }).click();
    const edited = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /臨時会合・改（ブラウザテスト）/ }) });
    await edited.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await edited.getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除' }).click();
    await expect.poll(() => edited.count()).toBe(0);
    // The lead withdraws the file it shared.
    await page.getByRole('listitem').filter({ has: link }).getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除' }).click();
    await expect.poll(() => link.count()).toBe(0);
    expect((await page.request.get(`${baseUrl}${href}`)).status()).toBe(404);
    await page.close();
  });

  it('a coordinator edits and deletes an activity on the partnership page', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    await page.goto(`${baseUrl}/partnerships`);
    await page.getByRole('link', { name: /J-Fusion と The Fusion Cluster/ }).click();
    const record = page.locator('section', { has: page.getByRole('heading', { name: '活動を記録' }) });
    await record.waitFor();
    await record.getByLabel('実施日').fill('2026-11-20');
    await record.getByLabel('件名（日本語）').fill('共同ワークショップ（ブラウザテスト）');
    await record.getByRole('button', { name: '活動を記録' }).click();
    const item = page
      .getByRole('listitem')
      .filter({ hasText: '共同ワークショップ（ブラウザテスト）' })
      .filter({ has: page.getByRole('button', { name: '編集' }) });
    await item.waitFor();
    await item.getByRole('button', { name: '編集' }).click();
    await item.getByLabel('件名（日本語）').fill('共同ワークショップ・改（ブラウザテスト）');
    await item.getByRole('button', { name: '変更を保存' }).click();
    const edited = page.getByRole('listitem').filter({ hasText: '共同ワークショップ・改（ブラウザテスト）' });
    await edited.first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await edited.getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除' }).click();
    await expect.poll(() => edited.count()).toBe(0);
    await page.close();
  });
});
