import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, demoEventPath, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');
// The demo partner's account (agency role, another organisation than the demo member's).
const agency = { email: 'agency@demo.fusion-cluster.jp', password: 'demo-agency-2026' };

describe.runIf(browserAvailable())('brokerage events', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function registered(account: { email: string; password: string }): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1200 } });
    await signIn(page, baseUrl, account.email, account.password);
    await page.goto(`${baseUrl}${await demoEventPath(page, baseUrl, 'demo-brokerage')}`);
    await page.getByRole('button', { name: '参加を申し込む' }).click();
    await page.getByText('参加が確定しています').waitFor();
    await page.getByRole('heading', { level: 3, name: '商談相手の候補' }).waitFor();
    return page;
  }

  it('a participant requests a meeting, the other accepts, the organiser schedules, both agendas show it', async () => {
    const member = await registered(demo.member);
    const partner = await registered(agency);
    const eventPath = new URL(member.url()).pathname;

    await member.reload();
    const person = member.getByTestId('brokerage-person').filter({ hasText: 'デモ支援機関' });
    await person.getByRole('button', { name: '商談を申し込む' }).click();
    await member.getByTestId('brokerage-request').filter({ hasText: '回答待ち' }).waitFor();

    await partner.reload();
    const incoming = partner.getByTestId('brokerage-request').filter({ hasText: 'デモ会員' });
    await incoming.getByRole('button', { name: '承諾する' }).click();
    await partner.getByTestId('brokerage-request').filter({ hasText: '承諾' }).waitFor();

    const office = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(office, baseUrl, demo.admin.email, demo.admin.password);
    await office.goto(`${baseUrl}${eventPath}/manage`);
    await office.getByRole('button', { name: '商談の日程を作成' }).click();
    const placed = office.getByTestId('brokerage-placed');
    await placed.waitFor();
    expect(await placed.textContent()).toMatch(/^1 件を配置（上限 1 件）/);
    await office.close();

    for (const [page, other] of [
      [member, 'デモ支援機関'],
      [partner, 'デモ会員'],
    ] as const) {
      await page.reload();
      const agenda = page.getByTestId('brokerage-agenda');
      await agenda.waitFor();
      const text = (await agenda.textContent())!;
      expect(text).toContain(other);
      expect(text).toContain('13:00');
      await page.goto(`${baseUrl}${eventPath}/agenda`);
      await page.getByTestId('brokerage-agenda').filter({ hasText: other }).waitFor();
      await page.close();
    }
  });
});
