import { type APIRequestContext, request as apiContext, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

// A public call from application to admission, through the browser: a company applies in Japanese, the
// demo reviewer scores the file in English, and the office admits it, which offers a lease.

const baseUrl = inject('baseUrl');

async function apiAs(email: string, password: string) {
  const ctx: APIRequestContext = await apiContext.newContext({ baseURL: baseUrl });
  const login = await ctx.post('/api/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const { csrfToken } = await login.json();
  const headers = { 'x-csrf-token': csrfToken };
  // biome-ignore lint/suspicious/noExplicitAny: API bodies, read by the few fields the test needs
  const json = async (res: Awaited<ReturnType<APIRequestContext['get']>>): Promise<any> => {
    expect(res.status(), await res.text()).toBeLessThan(300);
    return res.json();
  };
  return {
    ctx,
    get: async (path: string) => json(await ctx.get(path)),
    post: async (path: string, data: unknown) => json(await ctx.post(path, { data, headers })),
  };
}

async function pageIn(browser: Browser, lang: 'ja' | 'en', account: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  await context.addInitScript(`try { localStorage.setItem('fch.lang', '${lang}') } catch {}`);
  const page = await context.newPage();
  await signIn(page, baseUrl, account.email, account.password);
  return page;
}

const anchors = ['不十分', 'やや不十分', '標準的', '優れている', '特に優れている'].map((ja, i) => ({
  ja,
  en: ['Inadequate', 'Weak', 'Adequate', 'Good', 'Excellent'][i],
}));

describe.runIf(browserAvailable())('public calls', () => {
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof apiAs>>;
  let callId: string;
  const title = `E2E 貸工場入居者募集 ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await apiAs(demo.admin.email, demo.admin.password);
    const now = Date.now();
    const call = await admin.post('/api/incubation-calls', {
      key: `e2e-call-${now.toString(36)}`,
      kind: 'tenancy',
      title: { ja: title, en: `E2E rental factory call ${now.toString(36)}` },
      eligibility: { ja: '核融合関連の中小企業', en: 'Fusion-related SMEs' },
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
      units: ['mo-vf-b', 'mo-vf-c'],
      form: {
        questions: [
          { key: 'business', type: 'text', label: { ja: '事業内容', en: 'Business' }, required: true },
          { key: 'staff', type: 'number', label: { ja: '従業員数', en: 'Staff' } },
        ],
      },
      rubric: [
        { key: 'plan', label: { ja: '事業計画', en: 'Business plan' }, weight: 60, anchors },
        { key: 'region', label: { ja: '地域への波及', en: 'Regional benefit' }, weight: 40, anchors },
      ],
    });
    callId = call.id;
  });
  afterAll(async () => {
    await admin?.ctx.dispose();
    await browser?.close();
  });

  it('a company applies in Japanese, a reviewer scores it, and the office admits it', async () => {
    // ——— The company, in Japanese ———
    const member = await pageIn(browser, 'ja', demo.member);
    await member.goto(`${baseUrl}/incubation/calls`);
    await member.getByRole('heading', { level: 1, name: '公募（入居・共同利用）' }).waitFor();
    await member.getByRole('link', { name: title }).click();
    await member.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await member.getByText('受付中').count()).toBeGreaterThan(0);
    await member.getByRole('button', { name: '応募を始める' }).click();
    await member.getByRole('heading', { level: 2, name: '応募様式' }).waitFor();

    // Submitting without the required answer is refused, naming the question.
    await member.getByRole('button', { name: '提出する' }).click();
    await member.getByRole('dialog').getByRole('button', { name: '提出する' }).click();
    await member.getByText('この質問には回答が必要です').first().waitFor();

    await member.getByLabel('事業内容（必須）').fill('高温超伝導コイルの試作と量産準備');
    await member.getByLabel('従業員数').fill('24');
    await member.getByLabel('希望する区画').selectOption('mo-vf-b');
    await member.getByRole('button', { name: '下書き保存' }).click();
    await member.getByText('下書きを保存しました。').waitFor();
    await member.getByRole('button', { name: '提出する' }).click();
    await member.getByRole('dialog').getByRole('button', { name: '提出する' }).click();
    await member.locator('.facility-facts').getByText('提出済み').waitFor();
    const applicationId = new URL(member.url()).pathname.split('/').pop()!;

    // ——— The office assigns the demo reviewer ———
    const reviewers = (await admin.get('/api/incubation-reviewers')).items;
    const reviewer = reviewers.find((r: { email: string }) => r.email === demo.reviewer.email);
    await admin.post(`/api/incubation-applications/${applicationId}/reviewers`, { reviewer: reviewer.id });

    // ——— The reviewer, in English: the file is listed; scores 4 and 3 ———
    const review = await pageIn(browser, 'en', demo.reviewer);
    await review.goto(`${baseUrl}/incubation/reviews`);
    await review.getByRole('heading', { level: 1, name: 'Files to review' }).waitFor();
    const row = review.locator('tr', { hasText: `E2E rental factory call` });
    await row.getByRole('link').click();
    await review.getByRole('heading', { level: 2, name: 'Score sheet' }).waitFor();
    expect(await review.getByText('高温超伝導コイルの試作と量産準備').count()).toBe(1);
    await review
      .getByRole('group', { name: /Business plan/ })
      .getByLabel('4 Good')
      .check();
    await review
      .getByRole('group', { name: /Regional benefit/ })
      .getByLabel('3 Adequate')
      .check();
    await review
      .getByRole('group', { name: /Business plan/ })
      .getByLabel('Comment')
      .fill('Credible plan');
    await review.getByRole('button', { name: 'Save scores' }).click();
    await review.getByText('Scores saved.').waitFor();
    // (60·4 + 40·3) / 100 = (240 + 120) / 100 = 3.60
    await review.getByText('Your weighted score: 3.60').waitFor();

    // ——— The office, in Japanese: the panel sheet, then the decision ———
    const office = await pageIn(browser, 'ja', demo.admin);
    await office.goto(`${baseUrl}/incubation/calls/${callId}`);
    await office.getByRole('heading', { level: 2, name: '審査表' }).waitFor();
    const panelRow = office.locator('table.panel-sheet tbody tr').first();
    await expect.poll(() => panelRow.textContent()).toContain('3.60');
    // The chart of scores with their spread (ECharts, loaded on demand).
    await office.locator('figure.chart-figure canvas').first().waitFor();
    await panelRow.getByRole('link').click();
    await office.getByRole('heading', { level: 2, name: '選考結果を記録' }).waitFor();
    await office.getByLabel('選考結果').selectOption('admitted');
    await office.getByLabel('理由').fill('事業計画が具体的で、B棟の仕様に合う');
    await office.getByRole('button', { name: '選考結果を記録' }).click();
    await office.getByText('選考結果を記録しました。').waitFor();
    const offer = office.getByRole('link', { name: '賃貸契約を提示する' });
    await offer.waitFor();
    expect(await offer.getAttribute('href')).toContain(`application=${applicationId}`);
    // The link opens the facility's lease offer, filled from the application: its company and its unit.
    const stored = await admin.get(`/api/incubation-applications/${applicationId}`);
    const [memberOrgKey, unitId] = [stored.organization.key, stored.unit.id];
    await offer.click();
    const form = office.locator('#lease-offer-form');
    await form.getByText('公募で入居が決まった応募から').waitFor();
    expect(await form.locator('input[name="tenant"]').inputValue()).toBe(memberOrgKey);
    expect(await form.locator('select').first().inputValue()).toBe(unitId);

    // ——— The company sees its decision ———
    await member.reload();
    await member.locator('.decision').getByText('採択（入居・利用可）').waitFor();
    expect(await member.getByText('事業計画が具体的で、B棟の仕様に合う').count()).toBe(1);
    expect(await member.getByText('事務局から賃貸契約（区画）の提示があります').count()).toBe(1);

    for (const p of [member, review, office]) await p.context().close();
  });
});
