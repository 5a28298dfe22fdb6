import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

/** Next month in Japan time, 'YYYY-MM': a slot there is always in the future. */
function nextMonth() {
  const jst = new Date(Date.now() + 9 * 3_600_000);
  return new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
}

describe.runIf(browserAvailable())('equipment booking', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member books a slot of NIFS’s supercomputer from the calendar, in Japanese, downloads its .ics, and sees it approved', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    await page.goto(`${baseUrl}/incubation?q=NIFS`);
    await page.locator('.facility-result[data-facility="nifs-facilities"] a').first().click();
    const item = page.locator('.equipment-item[data-equipment="nifs-supercomputer"]');
    await item.getByRole('link', { name: '予約カレンダー' }).click();
    await page.waitForURL(/\/incubation\/equipment\//);

    await page.getByRole('button', { name: /次の月/ }).click();
    const month = nextMonth();
    const day = `${month}-15`;
    await page.getByRole('heading', { name: `${month} の予約状況` }).waitFor();
    await page.getByRole('button', { name: `15（${day}）` }).click();
    expect(await page.getByLabel('開始日').inputValue()).toBe(day);
    await page.getByLabel('開始時刻（日本時間）').selectOption('10');
    await page.getByLabel('利用する時間数').fill('2');
    await page.getByLabel('利用目的（任意）').fill('Plasma simulation, browser test');
    await page.getByRole('button', { name: '予約する' }).click();
    // The supercomputer needs approval: the request waits for NIFS.
    await page.getByText('予約を申し込みました。施設の承認をお待ちください。').waitFor();
    await page
      .locator(`.booking-day[data-day="${day}"] .booking-held`, { hasText: '10:00–12:00 自社' })
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '.ics をダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^booking-[0-9a-f-]{36}\.ics$/);
    const ics = fs.readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');
    // 10:00–12:00 in Japan is 01:00–03:00 UTC.
    const ymd = day.replaceAll('-', '');
    expect(ics).toContain(`DTSTART:${ymd}T010000Z`);
    expect(ics).toContain(`DTEND:${ymd}T030000Z`);
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(ics).toMatch(/SUMMARY:.*(スーパーコンピュータ|supercomputer|Supercomputer)/i);

    // My bookings lists it, awaiting approval, with a cancel button (well before the cut-off).
    await page.getByRole('link', { name: '自社の予約' }).click();
    await page.getByRole('heading', { level: 1, name: '共用設備の予約' }).waitFor();
    const row = page.locator('.booking-table tbody tr').filter({ hasText: `${day} 10:00–12:00` });
    await row.waitFor();
    expect(await row.textContent()).toContain('承認待ち');
    expect(await row.getByRole('button', { name: '取り消す' }).count()).toBe(1);

    // The coordinator approves it from the queue; the member then sees it confirmed.
    const office = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(office, baseUrl, demo.admin.email, demo.admin.password);
    await office.goto(`${baseUrl}/incubation/bookings`);
    const request = office.locator('.booking-queue li').filter({ hasText: `${day} 10:00–12:00` });
    await request.waitFor();
    expect(await request.textContent()).toContain('Plasma simulation, browser test');
    await request.getByRole('button', { name: '承認', exact: true }).click();
    await request.waitFor({ state: 'detached' });
    await office.close();
    await page.reload();
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('確定');
    await page.close();
  });
});
