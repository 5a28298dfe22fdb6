import { type APIRequestContext, request as apiContext, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');
const supplier = { email: `fujikura-${Date.now()}@demo.test`, password: 'supplier-password-2026' };
const seedTitle = 'REBCO HTS tape in long piece lengths';

/** Signs in through the API and returns a client that sends the session's CSRF token on writes. */
async function apiAs(email: string, password: string) {
  const ctx: APIRequestContext = await apiContext.newContext({ baseURL: baseUrl });
  const login = await ctx.post('/api/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const { csrfToken } = await login.json();
  return {
    ctx,
    get: async (path: string) => (await ctx.get(path)).json(),
    post: async (path: string, data: unknown) => {
      const res = await ctx.post(path, { data, headers: { 'x-csrf-token': csrfToken } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json();
    },
  };
}

describe.runIf(browserAvailable())('matching', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // A second member, of Fujikura, offers HTS tape in English only.
    const admin = await apiAs(demo.admin.email, demo.admin.password);
    const fujikura = (await admin.get('/api/organizations?key=fujikura')).items[0];
    await admin.post('/api/users', {
      ...supplier,
      name: 'Fujikura member',
      role: 'member',
      organizationId: fujikura.id,
    });
    const member = await apiAs(supplier.email, supplier.password);
    await member.post('/api/seeds', {
      category: 'product',
      title: { en: seedTitle },
      body: { en: 'High-temperature superconducting tape for fusion magnets; samples and volume supply.' },
      technologies: ['MAG.hts'],
    });
    await admin.ctx.dispose();
    await member.ctx.dispose();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member posts a need in Japanese, finds the English seed with its explanation and gets an introduction accepted', async () => {
    const seeker = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(seeker, baseUrl, demo.member.email, demo.member.password);
    await seeker.goto(`${baseUrl}/matching`);
    await seeker.getByRole('link', { name: 'ニーズを投稿' }).click();
    await seeker.getByLabel('タイトル（日本語）').fill('超伝導線材の調達');
    await seeker.getByLabel('内容（日本語）').fill('核融合炉の試験コイルに使う超伝導線材を探しています。');
    // Technologies come from the organisation form's picker, by name; nobody types a code.
    await seeker.locator('summary', { hasText: '超伝導磁石・超伝導線材' }).click();
    await seeker.getByRole('checkbox', { name: '高温超伝導線材（REBCO）' }).check();
    await seeker.getByRole('checkbox', { name: '材料サプライヤー' }).check();
    // "Near us" is measured from the member's own organisation (Kyoto Fusioneering, in Kyoto).
    await seeker.getByLabel('近さの希望（自社から半径 km）').fill('20000');
    await seeker.getByRole('button', { name: '投稿する' }).click();
    await seeker.waitForURL(/\/matching\/needs\/[0-9a-f-]+$/);
    const posted = await (
      await seeker.request.get(`${baseUrl}/api/needs/${seeker.url().split('/').pop()}`)
    ).json();
    expect(posted.location).toMatchObject({ prefecture: '京都府', radiusKm: 20000, lat: expect.any(Number) });
    expect(posted).toMatchObject({ technologies: ['MAG.hts'], seeksRoles: ['materials-supplier'] });
    // The read-only page names them; no code, no form control.
    const facts = seeker.locator('.post-detail .profile-facts');
    await facts.getByText('高温超伝導線材（REBCO）').waitFor();
    expect(await facts.textContent()).toContain('材料サプライヤー');
    expect(await facts.textContent()).not.toContain('MAG.hts');
    expect(await facts.locator('input, select, textarea').count()).toBe(0);

    // The English-only seed is among the top matches, with its signals and the terms that matched.
    const match = seeker.locator('.match-list > li', { hasText: seedTitle });
    try {
      await match.waitFor({ timeout: 15_000 });
    } catch (error) {
      const needId = seeker.url().split('/').pop();
      const all = await (await seeker.request.get(`${baseUrl}/api/needs/${needId}/matches?limit=100`)).json();
      console.log(
        'matches:',
        JSON.stringify(
          all.items.map((m: { type: string; score: number; title: unknown }) => [m.type, m.score, m.title]),
        ),
      );
      const seeds = await (await seeker.request.get(`${baseUrl}/api/seeds`)).json();
      console.log('seeds:', JSON.stringify(seeds));
      throw error;
    }
    const rank = await seeker.locator('.match-list > li h3').allTextContents();
    expect(
      rank.slice(0, 5).some((title) => title.includes(seedTitle)),
      rank.join(' | '),
    ).toBe(true);
    expect(await match.locator('.signal-bar span').count()).toBeGreaterThanOrEqual(3);
    const terms = await match.locator('.match-terms mark').allTextContents();
    expect(terms).toContain('超伝導');
    // No piece of a word (ーク), and each technology named once, by name.
    for (const term of terms) expect(term.length, term).toBeGreaterThanOrEqual(2);
    expect(terms.some((term) => term.startsWith('ー'))).toBe(false);
    const codes = await match.locator('.match-codes .tag').allTextContents();
    expect(codes).toEqual(['高温超伝導線材（REBCO）']);
    expect(terms).not.toContain('高温超伝導線材（REBCO）');
    expect(await match.locator('.signal-legend').textContent()).toContain('技術分野');
    await seeker.screenshot({ path: '/tmp/fch-matching-ja.png', fullPage: true });

    await match.getByRole('button', { name: '紹介を依頼' }).click();
    await match.getByLabel('メッセージ').fill('試験コイル用に 200 km ほど検討しています。');
    await match.getByRole('button', { name: '送信' }).click();
    await match.getByRole('status').filter({ hasText: '紹介を依頼しました。' }).waitFor();
    // Fujikura has an account (made above): nothing to say about following up by hand.
    expect(await match.getByRole('status').textContent()).not.toContain('事務局');

    // Sumitomo Electric has none: the page says plainly that the coordinator follows up.
    const noAccount = seeker.locator('.match-list > li', { hasText: '住友電気工業株式会社' }).first();
    await noAccount.getByRole('button', { name: '紹介を依頼' }).click();
    await noAccount.getByLabel('メッセージ').fill('線材の仕様について伺えますか。');
    await noAccount.getByRole('button', { name: '送信' }).click();
    await noAccount
      .getByRole('status')
      .filter({ hasText: '事務局が先方に直接連絡して取り次ぎます' })
      .waitFor();

    // The other member sees the request, in English, and accepts it.
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const owner = await other.newPage();
    await signIn(owner, baseUrl, supplier.email, supplier.password);
    await owner.getByRole('button', { name: 'English' }).click();
    await owner.goto(`${baseUrl}/introductions`);
    const card = owner.locator('.intro', { hasText: '超伝導線材の調達' });
    await card.locator('.badge', { hasText: 'Requested' }).waitFor();
    await owner.locator('.notifications', { hasText: 'You have an introduction request' }).waitFor();
    await card.getByRole('button', { name: 'Move to: Accepted' }).click();
    // Accepting e-mails the requester and cannot be undone: it asks first. (Picking the state may already
    // submit the form, the chosen button becoming its submit button; otherwise "Update" does.)
    const confirm = owner.getByRole('dialog', { name: 'Accept this introduction?' });
    if (!(await confirm.isVisible())) await card.getByRole('button', { name: 'Update' }).click();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await card.locator('.badge', { hasText: 'Requested' }).count()).toBe(1);
    await card.getByRole('button', { name: 'Update' }).click();
    await confirm.getByRole('button', { name: 'Accept', exact: true }).click();
    await card.locator('.badge', { hasText: 'Accepted' }).waitFor();

    // Both see the new state.
    await seeker.goto(`${baseUrl}/introductions`);
    const mine = seeker.locator('.intro', { hasText: seedTitle });
    await mine.locator('.badge', { hasText: '承諾' }).waitFor();
    expect(await mine.getByRole('button', { name: '次の状態へ：面談済み' }).count()).toBe(1);
    await seeker.close();
    await other.close();
  });

  it('the coordinator sees the introduction on the board, with the conversion chart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    await page.goto(`${baseUrl}/admin/introductions`);
    const chart = page.locator('.conversion-chart svg');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/承諾 1/);
    await page.getByLabel('状態').selectOption('accepted');
    await page.locator('.intro', { hasText: seedTitle }).waitFor();
    await context.close();
  });
});
