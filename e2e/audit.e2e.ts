import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

describe.runIf(browserAvailable())('the audit log', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads in words, names the record and narrows by action and by record', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    // Changes to log: the coordinator edits two organisations' cities.
    const csrf = (await (await page.request.get(`${baseUrl}/api/auth/session`)).json()).csrfToken;
    for (const [key, city] of [
      ['fujikura', '江東区'],
      ['kyoto-fusioneering', '宇治市'],
    ]) {
      const url = `${baseUrl}/api/organizations?key=${key}`;
      const org = (await (await page.request.get(url)).json()).items[0];
      const patched = await page.request.patch(`${baseUrl}/api/organizations/${org.id}`, {
        data: { location: { city } },
        headers: { 'x-csrf-token': csrf },
      });
      expect(patched.status(), await patched.text()).toBe(200);
    }

    await page.goto(`${baseUrl}/admin/audit`);
    const table = page.locator('table.audit-table');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    // No codes or JSON: "login" is "サインイン", changes are field: before → after.
    expect(text).toContain('サインイン');
    expect(text).not.toMatch(/\{"|login|session/);
    const row = table.locator('tr', { hasText: '京都フュージョニアリング' }).first();
    await row.waitFor();
    const location = row.locator('.audit-changes div', { has: page.locator('dt', { hasText: '所在地' }) });
    expect(await location.locator('ins').textContent()).toContain('宇治市');
    expect(await location.locator('del').count()).toBe(1);

    await page.getByLabel('操作').selectOption({ label: '更新' });
    await page.getByRole('button', { name: '絞り込む' }).click();
    await expect
      .poll(async () => [...new Set(await table.locator('tbody tr td:nth-child(3)').allTextContents())])
      .toEqual(['更新']);

    const names = table.locator('tbody tr td:nth-child(4) button');
    expect(new Set(await names.allTextContents()).size).toBeGreaterThan(1);

    // The record's name narrows the log to its history.
    await row.getByRole('button', { name: '京都フュージョニアリング' }).click();
    await expect.poll(async () => new Set(await names.allTextContents()).size).toBe(1);
    expect(await names.first().textContent()).toMatch(/^京都フュージョニアリング/);
    await page.close();
  });
});
