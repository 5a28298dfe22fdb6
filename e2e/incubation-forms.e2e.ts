import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

/** Deletes a facility this file made, so later files in the same run see the demo as it was. */
async function removeFacility(page: Page, id: string) {
  const { csrfToken } = await (await page.request.get(`${baseUrl}/api/auth/session`)).json();
  const { version } = await (await page.request.get(`${baseUrl}/api/facilities/${id}`)).json();
  const res = await page.request.delete(`${baseUrl}/api/facilities/${id}`, {
    headers: { 'x-csrf-token': csrfToken, 'if-match': `"${version}"` },
  });
  expect(res.status()).toBe(204);
}

const idInUrl = (page: Page) => /\/incubation\/([0-9a-f-]{36})/.exec(page.url())![1]!;

describe.runIf(browserAvailable())('incubation editing screens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the admin creates a facility in Japanese, adds a unit and equipment, edits the rent, and sees them on the facility page', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    // A run of its own: names carry a suffix so a second run against the same database finds its own records.
    const run = Date.now().toString(36);
    const facilityName = `試験用貸工場 ${run}（例示）`;
    const unitName = `第1棟 ${run}`;
    const equipmentName = `真空容器 ${run}`;

    await page.goto(`${baseUrl}/incubation`);
    await page.getByRole('link', { name: '施設を登録' }).click();
    await page.getByRole('heading', { level: 1, name: '施設を登録' }).waitFor();
    // The owner is picked by name (or key) from the directory, not typed as an id.
    await page.getByLabel('所有する組織').fill('kyoto');
    await page.getByRole('option').filter({ hasText: 'kyoto-fusioneering' }).first().click();
    await page.getByLabel('名称（日本語）').fill(facilityName);
    await page.getByLabel('説明（日本語）').fill('ブラウザ試験で登録した例示の施設です。');
    await page.getByLabel('最長入居期間（か月）').fill('36');
    await page.getByRole('button', { name: '登録' }).click();
    await page.waitForURL(/\/incubation\/[0-9a-f-]{36}\/edit$/);
    await page.getByRole('heading', { level: 1, name: `施設を編集: ${facilityName}` }).waitFor();

    // A unit with a negative floor area: the server's error shows beside that field, nothing is saved.
    await page.getByRole('button', { name: '区画を追加' }).click();
    const unitForm = page.getByRole('form', { name: '区画を追加' });
    await unitForm.getByLabel('名称（日本語）').fill(unitName);
    await unitForm.getByLabel('床面積（m²）').fill('-5');
    await unitForm.getByLabel('月額賃料（円）').fill('80000');
    await unitForm.getByRole('button', { name: '区画を追加' }).click();
    const area = unitForm.locator('.field').filter({ has: page.getByLabel('床面積（m²）') });
    await area.locator('.field-errors li').first().waitFor();
    expect(await area.getAttribute('class')).toContain('field-invalid');
    expect(await unitForm.getByLabel('床面積（m²）').getAttribute('aria-invalid')).toBe('true');
    expect(await unitForm.locator('.field-invalid').count()).toBe(1);
    expect(await page.locator('#edit-units ~ .editor-list .editor-row').count()).toBe(0);

    await unitForm.getByLabel('床面積（m²）').fill('250');
    await unitForm.getByRole('button', { name: '区画を追加' }).click();
    const unitRow = page.locator('.editor-row').filter({ hasText: unitName });
    await unitRow.waitFor();
    expect(await unitRow.textContent()).toContain('80,000');

    // The rent changes; the edit is sent with the unit's version.
    await unitRow.getByRole('button', { name: `編集: ${unitName}` }).click();
    const editForm = page.getByRole('form', { name: `区画を編集: ${unitName}` });
    await editForm.getByLabel('月額賃料（円）').fill('95000');
    await editForm.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await unitRow.textContent()) ?? '').toContain('95,000');

    await page.getByRole('button', { name: '設備を追加' }).click();
    const equipmentForm = page.getByRole('form', { name: '設備を追加' });
    await equipmentForm.getByLabel('名称（日本語）').fill(equipmentName);
    await equipmentForm.getByLabel('予約の単位').selectOption('hour');
    await equipmentForm.getByLabel('会員料金（円／単位）', { exact: true }).fill('5000');
    await equipmentForm.locator('.tech-tree details summary').first().click();
    await equipmentForm.locator('.tech-tree input[type="checkbox"]').first().check();
    await equipmentForm.getByRole('button', { name: '設備を追加' }).click();
    await page.locator('.editor-row').filter({ hasText: equipmentName }).waitFor();

    await page.getByRole('link', { name: '施設のページを見る' }).click();
    await page.getByRole('heading', { level: 1, name: facilityName }).waitFor();
    const tile = page.locator('.unit-floor .unit-tile');
    await tile.first().waitFor();
    expect(await tile.count()).toBe(1);
    expect(await tile.textContent()).toContain(unitName);
    expect(await tile.textContent()).toContain('95,000');
    expect(await tile.textContent()).toContain('250');
    const item = page.locator('.equipment-item').filter({ hasText: equipmentName });
    await item.waitFor();
    expect(await item.textContent()).toContain('5,000');
    expect(await page.getByText('36 か月').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'この施設を編集' }).count()).toBe(1);
    await removeFacility(page, idInUrl(page));
    await page.close();
  });

  it('an edit based on an old version says someone else changed it and reloads; delete asks first', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    const { csrfToken } = await (await page.request.get(`${baseUrl}/api/auth/session`)).json();
    const created = await page.request.post(`${baseUrl}/api/facilities`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        key: `stale-${Date.now().toString(36)}`,
        organization: 'kyoto-fusioneering',
        name: { ja: '競合編集の試験（例示）' },
        illustrative: true,
      },
    });
    expect(created.status()).toBe(201);
    const facility = await created.json();
    await page.goto(`${baseUrl}/incubation/${facility.id}/edit`);
    await page.getByLabel('最長入居期間（か月）').waitFor();
    // A first save goes through and says so; the form goes on from the saved version.
    await page.getByLabel('名称（英語）').fill('Concurrent edit test (illustrative)');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('status').filter({ hasText: '保存しました。' }).waitFor();
    const current = await (await page.request.get(`${baseUrl}/api/facilities/${facility.id}`)).json();
    expect(current.name.en).toBe('Concurrent edit test (illustrative)');
    // Someone else saves in between.
    const other = await page.request.patch(`${baseUrl}/api/facilities/${facility.id}`, {
      headers: { 'x-csrf-token': csrfToken, 'if-match': `"${current.version}"` },
      data: { maxTermMonths: 48 },
    });
    expect(other.status()).toBe(200);
    await page.getByLabel('最長入居期間（か月）').fill('24');
    await page.getByRole('button', { name: '保存' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'ほかの人がこの内容を変更しました' });
    await alert.waitFor();
    await alert.getByRole('button', { name: '再読み込み' }).click();
    await expect.poll(() => page.getByLabel('最長入居期間（か月）').inputValue()).toBe('48');

    // Deleting asks first; cancelling keeps it, confirming removes it and returns to the listing.
    await page.getByRole('button', { name: 'この施設を削除' }).click();
    const dialog = page.getByRole('dialog', { name: '施設を削除しますか？' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    expect((await page.request.get(`${baseUrl}/api/facilities/${facility.id}`)).status()).toBe(200);
    await page.getByRole('button', { name: 'この施設を削除' }).click();
    await dialog.getByRole('button', { name: '削除' }).click();
    await page.waitForURL(/\/incubation$/);
    expect((await page.request.get(`${baseUrl}/api/facilities/${facility.id}`)).status()).toBe(404);
    await page.close();
  });

  it('a member adds a facility for its own organisation, removes a unit, and cannot edit another owner’s facility', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await signIn(page, baseUrl, demo.member.email, demo.member.password);
    const run = Date.now().toString(36);
    await page.goto(`${baseUrl}/incubation/new`);
    await page.getByRole('heading', { level: 1, name: '施設を登録' }).waitFor();
    // No picker: the member's own organisation is the owner.
    expect(await page.getByLabel('所有する組織').count()).toBe(0);
    await expect.poll(() => page.locator('main form p strong').textContent()).not.toBe('…');
    await page.getByLabel('名称（日本語）').fill(`会員の試験ラボ ${run}（例示）`);
    await page.getByRole('button', { name: '登録' }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByRole('button', { name: '区画を追加' }).click();
    const unitForm = page.getByRole('form', { name: '区画を追加' });
    await unitForm.getByLabel('種類').selectOption('lab');
    await unitForm.getByLabel('名称（日本語）').fill(`ラボ ${run}`);
    await unitForm.getByLabel('床面積（m²）').fill('40');
    await unitForm.getByRole('button', { name: '区画を追加' }).click();
    const row = page.locator('.editor-row').filter({ hasText: `ラボ ${run}` });
    await row.waitFor();
    await row.getByRole('button', { name: '削除' }).click();
    await page
      .getByRole('dialog', { name: '区画を削除しますか？' })
      .getByRole('button', { name: '削除' })
      .click();
    await expect.poll(() => row.count()).toBe(0);
    await removeFacility(page, idInUrl(page));

    const facilities = await (
      await page.request.get(`${baseUrl}/api/facilities?q=ベンチャーファクトリー`)
    ).json();
    const other = facilities.items.find((f: { key: string }) => f.key === 'mo-venture-factory');
    await page.goto(`${baseUrl}/incubation/${other.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'この施設を編集' }).count()).toBe(0);
    await page.goto(`${baseUrl}/incubation/${other.id}/edit`);
    await page.getByText('所有する組織のメンバーと事務局だけです').waitFor();
    expect(await page.getByLabel('名称（日本語）').count()).toBe(0);
    await page.close();
  });

  it('a visitor sees no way to edit and is asked to sign in', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/') && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${baseUrl}/incubation`);
    await page.getByRole('heading', { level: 1, name: '貸工場・貸ラボと共用設備' }).waitFor();
    expect(await page.getByRole('link', { name: '施設を登録' }).count()).toBe(0);
    await page.goto(`${baseUrl}/incubation/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByLabel('名称（日本語）').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'ログイン' }).count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    await page.close();
  });
});
