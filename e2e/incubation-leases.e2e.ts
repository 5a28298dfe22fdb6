import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

/** This month's occupancy as the panel prints it ("今月の入居率 44.4%"), as a number. */
async function occupancyNow(page: Page): Promise<number> {
  const text = (await page.getByTestId('occupancy-now').textContent()) ?? '';
  return Number(/([\d.]+)%/.exec(text)?.[1]);
}

describe.runIf(browserAvailable())('incubation leases', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the office offers a lease in Japanese, the tenant accepts it, and the occupancy chart changes', async () => {
    const office = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(office, baseUrl, demo.admin.email, demo.admin.password);
    const found = await (
      await office.request.get(`${baseUrl}/api/facilities?q=ベンチャーファクトリー`)
    ).json();
    const facility = found.items.find((f: { key: string }) => f.key === 'mo-venture-factory');
    const detail = await (await office.request.get(`${baseUrl}/api/facilities/${facility.id}`)).json();
    const buildingB = detail.units.find((u: { key: string }) => u.key === 'mo-vf-b');

    await office.goto(`${baseUrl}/incubation/${facility.id}`);
    await office.getByRole('heading', { level: 2, name: '入居率の推移' }).waitFor();
    await office.locator('.occupancy-panel canvas').first().waitFor();
    // Building A (600 m²) of 1,350 m² is let this month; B (450 m²) is free.
    await expect.poll(() => occupancyNow(office)).toBeCloseTo(44.4, 1);
    expect(await office.locator('.lease-tile[data-unit="mo-vf-b"]').getAttribute('data-state')).toBe('free');

    const today = new Date();
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
    const end = new Date(Date.UTC(today.getUTCFullYear() + 2, today.getUTCMonth(), 0));
    const form = office.getByRole('region', { name: '契約を提示する' });
    await form.getByLabel('区画', { exact: true }).selectOption(buildingB.id);
    await form.getByLabel('入居企業（組織キー）').fill('kyoto-fusioneering');
    await form.getByLabel('開始日', { exact: true }).fill(first.toISOString().slice(0, 10));
    await form.getByLabel('終了日', { exact: true }).fill(end.toISOString().slice(0, 10));
    await form.getByLabel('月額賃料（円）').fill('495000');
    await form.getByRole('button', { name: '提示する' }).click();
    await office.getByText('契約を提示しました。').waitFor();
    await expect
      .poll(() => office.locator('.lease-tile[data-unit="mo-vf-b"]').getAttribute('data-state'))
      .toBe('offered');
    // An offer lets nothing yet.
    expect(await occupancyNow(office)).toBeCloseTo(44.4, 1);

    const tenant = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(tenant, baseUrl, demo.member.email, demo.member.password);
    await tenant.goto(`${baseUrl}/incubation/leases`);
    await tenant.getByRole('heading', { level: 1, name: '賃貸借契約と卒業' }).waitFor();
    const row = tenant.locator('tr', { hasText: 'B棟' });
    await row.getByRole('button', { name: '受諾する' }).click();
    await row.getByText('入居中').waitFor();
    // The tenant sees only its own lease: not the illustrative tenants' leases and rents.
    expect(await tenant.locator('tbody tr').count()).toBe(1);

    await office.reload();
    await office.getByRole('heading', { level: 2, name: '入居率の推移' }).waitFor();
    // A and B: 1,050 of 1,350 m², from the first of this month.
    await expect.poll(() => occupancyNow(office)).toBeCloseTo(77.8, 1);
    expect(await office.locator('.lease-tile[data-unit="mo-vf-b"]').getAttribute('data-state')).toBe(
      'leased',
    );
    await tenant.close();
    await office.close();
  });
});
