import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

const question = (page: Page, key: string) => page.locator(`fieldset[data-question="${key}"]`);
const pick = (page: Page, key: string, label: string) =>
  question(page, key).getByRole('radio', { name: label, exact: true }).check();

/** Opens the survey from its settings, through the dialog that says how many invitations go out. */
async function openWithConfirmation(page: Page) {
  await page.getByRole('button', { name: '配布を開始' }).click();
  const dialog = page.getByRole('dialog', { name: '配布を開始しますか？' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toMatch(/\d+ 組織を招待し、招待メールを \d+ 通送信します/);
  await dialog.getByRole('button', { name: '開始して招待を送信' }).click();
  await page.getByText(/配布を開始しました：\d+ 組織を招待し/).waitFor();
}

const pageOverflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The element's box lies within its parent's, horizontally (a chart that runs past its column fails). */
const insideColumn = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector(s) as HTMLElement;
    const box = el.getBoundingClientRect();
    const column = (el.parentElement as HTMLElement).getBoundingClientRect();
    return box.left >= column.left - 0.5 && box.right <= column.right + 0.5;
  }, selector);

describe.runIf(browserAvailable())('the coordinator’s survey editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts blank, edits it, targets Tohoku companies, previews them and opens after confirming', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 900 } })).newPage();
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    await page.goto(`${baseUrl}/surveys`);
    await page.getByText('新しいアンケートを作成').click();
    await page.getByRole('radio', { name: '白紙（設問1つから）' }).check();
    await page.getByRole('textbox', { name: '題名（日本語）' }).fill('東北の企業への調査');
    await page.getByRole('button', { name: '作成', exact: true }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);

    // Edit: the blank survey's one question is reworded, and the deadline and anonymity changed.
    await page.getByRole('button', { name: '設問', exact: true }).click();
    await page.getByRole('textbox', { name: '設問文（日本語）' }).fill('東北での事業計画をお聞かせください');
    await page.getByRole('button', { name: '設問を保存' }).click();
    await page.getByText(/保存しました（版 2）/).waitFor();
    await page.getByRole('button', { name: '設定と配布先' }).click();
    await page.getByLabel('締切日').fill('2031-03-31');
    await page.getByRole('radio', { name: '匿名（集計のみ）' }).check();

    // Target: every organisation at first, then Tohoku companies; the preview follows each choice.
    const count = page.getByTestId('invitee-count');
    const rows = page.getByTestId('invitees').locator('tbody tr');
    const listed = async () => Number((await count.textContent())?.match(/（(\d+)）/)?.[1]);
    await expect.poll(listed).toBeGreaterThan(0);
    const everyone = await listed();
    await page.getByRole('checkbox', { name: '東北', exact: true }).check();
    // The preview of the final choice: the server's count, which the page must then show.
    const [preview] = await Promise.all([
      page.waitForResponse(
        (r) =>
          r.url().endsWith('/api/survey-invitees') &&
          r.request().postDataJSON()?.population?.kinds?.includes('company'),
      ),
      page.getByRole('checkbox', { name: '企業', exact: true }).check(),
    ]);
    const tohoku = (await preview.json()).total as number;
    expect(tohoku).toBeGreaterThan(0);
    expect(tohoku).toBeLessThan(everyone);
    await expect.poll(listed).toBe(tohoku);
    await expect.poll(() => rows.count()).toBe(tohoku);
    for (const place of await rows.locator('td:nth-child(3)').allTextContents())
      expect(place).toMatch(/青森県|岩手県|宮城県|秋田県|山形県|福島県/);
    expect(await pageOverflows(page)).toBe(false);
    await page.screenshot({ path: '/tmp/fch-survey-settings-390.png', fullPage: true });

    // Opening waits for the changes to be saved, then for a confirmation.
    expect(await page.getByRole('button', { name: '配布を開始' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '設定を保存' }).click();
    await page.getByText('設定を保存しました。').waitFor();
    await page.getByRole('button', { name: '配布を開始' }).click();
    const dialog = page.getByRole('dialog', { name: '配布を開始しますか？' });
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByText('下書き').first().isVisible()).toBe(true); // still a draft
    await openWithConfirmation(page);
    await page.getByText(`配布を開始しました：${tohoku} 組織を招待し`).waitFor();
    await page.getByText(/回答受付中 · 匿名/).waitFor();
    // Fixed once open: the settings are shown, not editable.
    await page.getByRole('button', { name: '設定と配布先' }).click();
    expect(await page.getByRole('textbox', { name: '題名（日本語）' }).isDisabled()).toBe(true);
    expect(await pageOverflows(page)).toBe(false);
  });
});

describe.runIf(browserAvailable())('a member survey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is answered through the member’s link in Japanese, drafted, resumed and submitted, and the coordinator sees it', async () => {
    const coordinator = await (
      await browser.newContext({ viewport: { width: 1280, height: 1000 } })
    ).newPage();
    await signIn(coordinator, baseUrl, demo.admin.email, demo.admin.password);
    await coordinator.goto(`${baseUrl}/surveys`);
    await coordinator.getByText('新しいアンケートを作成').click();
    await coordinator.getByRole('radio', { name: /^テンプレート：フュージョンエネルギー/ }).check();
    await coordinator.getByRole('button', { name: '作成', exact: true }).click();
    await coordinator.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    // Startups only: the demo member's organisation (Kyoto Fusioneering) is one.
    await coordinator.getByRole('checkbox', { name: 'スタートアップ', exact: true }).check();
    await coordinator.getByRole('button', { name: '設定を保存' }).click();
    await openWithConfirmation(coordinator);
    await coordinator.getByRole('button', { name: '回答状況' }).click();
    const rate = coordinator.getByTestId('response-rate');
    await expect.poll(() => rate.textContent()).toMatch(/^0\.0% （0 \/ [1-9]\d* 組織が回答）/);
    const invited = Number((await rate.textContent())?.match(/\/ (\d+)/)?.[1]);

    const member = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
    await signIn(member, baseUrl, demo.member.email, demo.member.password);
    await member.goto(`${baseUrl}/surveys`);
    await member
      .getByRole('link', { name: /フュージョンエネルギー/ })
      .first()
      .click();
    await member.waitForURL(/\/s\/[0-9a-f-]{36}\.[\w-]+$/);
    const link = member.url();

    // The facility questions are shown only to members planning a site.
    await pick(member, 'q0-kind', 'スタートアップ（核融合装置・関連技術の開発）');
    expect(await question(member, 'q2-facility').count()).toBe(0);
    await pick(member, 'q1-plan', '計画や予定あり');
    await question(member, 'q2-facility-types').getByRole('checkbox', { name: '実験・実証施設' }).check();
    await pick(member, 'q2-facility', '実験・実証施設');
    await expect.poll(() => member.getByTestId('autosave').textContent()).toContain('下書きを保存しました');

    // Leave, come back: the draft is there, branch and all.
    await member.goto(`${baseUrl}/`);
    await member.goto(link);
    await expect
      .poll(() => question(member, 'q2-facility').getByRole('radio', { name: '実験・実証施設' }).isChecked())
      .toBe(true);
    await pick(member, 'q2-status', '計画や予定あり');
    await pick(member, 'q2-timeline', '2030年代前半');
    await question(member, 'q3-conditions')
      .getByRole('radio', { name: '必要な電力や用水が確保しやすいこと: 重要', exact: true })
      .check();
    await pick(member, 'q4-attractive', '魅力や可能性がある');
    await question(member, 'q4-reasons')
      .getByRole('checkbox', { name: '核融合関連の技術開発の拠点となっているから' })
      .check();
    await question(member, 'q5-improvements')
      .getByRole('radio', { name: '安定的な電力の確保: 重要', exact: true })
      .check();
    await question(member, 'q6-comments')
      .getByRole('textbox')
      .fill('安全規制の整備と、地元での理解促進を期待します。');
    await member.getByRole('button', { name: '回答を送信' }).click();
    await member.getByText(/に回答を送信しました/).waitFor();

    // The coordinator's page refreshes itself: the rate and the chart move without a reload.
    await expect
      .poll(() => rate.textContent(), { timeout: 15_000 })
      .toContain(`（1 / ${invited} 組織が回答）`);
    await coordinator.getByRole('button', { name: '集計結果' }).click();
    const plan = coordinator.locator('[data-question="q1-plan"] tr[data-choice="plan"] td.num').first();
    await expect.poll(() => plan.textContent()).toBe('1');
    const facility = coordinator
      .locator('[data-question="q2-facility"] tr[data-choice="experimental-facility"] td.num')
      .first();
    expect(await facility.textContent()).toBe('1');
    await coordinator.screenshot({ path: '/tmp/fch-survey-results.png', fullPage: true });

    // The progress chart: time and count axes named, each day printed once, inside its column.
    await coordinator.getByRole('button', { name: '回答状況' }).click();
    const chart = coordinator.locator('figure.survey-timeline');
    await chart.waitFor();
    expect(await chart.locator('.axis-name').allTextContents()).toEqual(['回答数（累計）', '日付']);
    const ticks = await chart.getByTestId('time-tick').allTextContents();
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const width of [1366, 390]) {
      await coordinator.setViewportSize({ width, height: 900 });
      await chart.screenshot({ path: `/tmp/fch-survey-chart-${width}.png` });
      expect(await insideColumn(coordinator, 'figure.survey-timeline')).toBe(true);
      expect(await pageOverflows(coordinator)).toBe(false);
    }
  });
});
