import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

describe.runIf(browserAvailable())('talent: a provider offers a programme, a trainee enrols', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the provider creates a programme with a cohort in Japanese; the trainee enrols in Japanese and finds it in My training', async () => {
    // A run of its own: the title carries a suffix so a second run against the same database finds its own.
    const run = Date.now().toString(36);
    const title = `HTS コイル巻線技能者コース ${run}`;

    // The demo member's company is the provider (a company academy).
    const provider = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(provider, baseUrl, demo.member.email, demo.member.password);
    await provider.goto(`${baseUrl}/talent`);
    await provider.getByRole('heading', { level: 1, name: '人材育成プログラム' }).waitFor();
    await provider.getByRole('link', { name: 'プログラムを登録' }).click();
    await provider.getByRole('heading', { level: 1, name: '研修プログラムの登録' }).waitFor();
    // The provider is the member's own organisation, filled in for them.
    await expect
      .poll(() => provider.getByLabel('研修提供機関').inputValue())
      .toContain('京都フュージョニアリング');
    await provider.getByLabel('プログラム名（日本語）').fill(title);
    await provider.getByLabel('内容（日本語）').fill('ブラウザ試験で登録した例示のプログラムです。');
    await provider.getByLabel('レベル').selectOption('4');
    await provider.getByLabel('高温超伝導コイル巻線').check();
    await provider.getByLabel('定員（既定）').fill('2');
    await provider.getByLabel('最初のコホートの開始日').fill('2027-10-04');
    await provider.getByRole('button', { name: '登録する' }).click();
    await provider.waitForURL(/\/talent\/programmes\/[0-9a-f-]{36}$/);
    await provider.getByRole('heading', { level: 1, name: title }).waitFor();
    const programmeUrl = provider.url();
    // The level is shown with its Japanese equivalent beside it; the cohort is listed with its places.
    expect(await provider.locator('.talent-level').first().textContent()).toContain(
      '短期大学・高専4年次程度',
    );
    const cohortRow = provider.locator('tbody tr').filter({ hasText: '2027-10-04' });
    await cohortRow.waitFor();
    expect((await cohortRow.locator('td.num').allTextContents()).map((s) => s.trim())).toEqual([
      '2',
      '0',
      '0',
    ]);
    // The provider edits the level; the page shows the new level's Japanese equivalent.
    await provider.getByRole('link', { name: '編集' }).click();
    await provider.getByRole('heading', { level: 1, name: `プログラムを編集: ${title}` }).waitFor();
    await provider.getByLabel('レベル').selectOption('5');
    await provider.getByRole('button', { name: '変更を保存' }).click();
    await provider.waitForURL(programmeUrl);
    await expect
      .poll(async () => (await provider.locator('.talent-level').first().textContent()) ?? '')
      .toContain('高専卒業（準学士）');
    await provider.close();

    const trainee = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await signIn(trainee, baseUrl, demo.trainee.email, demo.trainee.password);
    await trainee.goto(programmeUrl);
    await trainee.getByRole('heading', { level: 1, name: title }).waitFor();
    await trainee.getByRole('button', { name: '受講を申し込む' }).click();
    await trainee.getByText('受講が決まりました。').waitFor();
    await expect
      .poll(async () => (await trainee.locator('tbody tr td.num').allTextContents()).map((s) => s.trim()))
      .toEqual(['2', '1', '0']);
    // Asking twice is refused, in Japanese.
    await trainee.getByRole('button', { name: '受講を申し込む' }).click();
    await trainee.getByText('このコホートにはすでに申し込んでいます').waitFor();

    await trainee.goto(`${baseUrl}/talent/my`);
    await trainee.getByRole('heading', { level: 1, name: '自分の研修' }).waitFor();
    const card = trainee.locator('.talent-enrolment').filter({ hasText: title });
    await card.waitFor();
    expect(await card.textContent()).toContain('受講中');
    // A phone's width: nothing runs past the screen.
    expect(
      await trainee.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(1);
    await trainee.close();
  });
});
