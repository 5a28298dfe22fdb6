import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

const question = (page: Page, key: string) => page.locator(`fieldset[data-question="${key}"]`);
const pick = (page: Page, key: string, label: string) =>
  question(page, key).getByRole('radio', { name: label, exact: true }).check();

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
    await coordinator.getByText('テンプレートから新しいアンケートを作成').click();
    // Startups only: the demo member's organisation (Kyoto Fusioneering) is one.
    for (const kind of ['企業'])
      await coordinator.getByRole('checkbox', { name: kind, exact: true }).uncheck();
    await coordinator.getByRole('button', { name: '作成' }).click();
    await coordinator.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    // Opening e-mails every invitee: it asks first, and "cancel" leaves the survey a draft.
    await coordinator.getByRole('button', { name: '配布を開始' }).click();
    const confirm = coordinator.getByRole('dialog', { name: 'この調査の配布を開始しますか？' });
    await confirm.getByRole('button', { name: 'キャンセル' }).click();
    await confirm.waitFor({ state: 'hidden' });
    // Still a draft: nothing was sent, the button to open is still there.
    expect(await coordinator.getByRole('button', { name: '配布を開始' }).isVisible()).toBe(true);
    await coordinator.getByRole('button', { name: '配布を開始' }).click();
    await confirm.getByRole('button', { name: '開始して招待を送る' }).click();
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
    // The progress chart has its axes, and the day of the one answer is printed once, not twice.
    const chart = coordinator.locator('figure.chart svg');
    expect(await chart.locator('line.axis').count()).toBe(2);
    const ticks = await chart.locator('text.tick').allTextContents();
    expect(ticks.length).toBeGreaterThan(2);
    expect(new Set(ticks).size).toBe(ticks.length);
    await coordinator.getByRole('button', { name: '集計結果' }).click();
    const plan = coordinator.locator('[data-question="q1-plan"] tr[data-choice="plan"] td.num').first();
    await expect.poll(() => plan.textContent()).toBe('1');
    const facility = coordinator
      .locator('[data-question="q2-facility"] tr[data-choice="experimental-facility"] td.num')
      .first();
    expect(await facility.textContent()).toBe('1');
    await coordinator.screenshot({ path: '/tmp/fch-survey-results.png', fullPage: true });
  });
});
