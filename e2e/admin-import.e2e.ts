import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

function writeBundle(name: string, organizations: unknown[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fch-bundle-')), name);
  fs.writeFileSync(file, JSON.stringify({ format: 'fusion-cluster-bundle', version: 1, organizations }));
  return file;
}

function generatedOrganizations(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    key: `e2e-supplier-${String(i).padStart(4, '0')}`,
    name: { ja: `テスト供給者 ${i}`, en: `Test supplier ${i}` },
    kind: 'company',
    roles: ['component-supplier'],
    clusters: ['fusion'],
    // Deliberately not superconductors: the visitor test searches 超伝導 in the same database.
    technologies: ['VAC.pumps'],
    applications: ['energy'],
    description: {
      ja: '真空ポンプを供給する試験用の組織。',
      en: 'Generated vacuum pump supplier for the browser test.',
    },
    location: { country: 'JP', prefecture: '青森県', city: '六ヶ所村' },
    sources: [{ url: 'https://example.org/e2e', asOf: '2026-01-01' }],
    illustrative: true,
  }));
}

describe.runIf(browserAvailable())('an admin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports 2,000 organisations with a progress bar, then sees a bad bundle’s errors by path', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, baseUrl, demo.admin.email, demo.admin.password);
    await page.getByRole('link', { name: 'インポート・エクスポート' }).click();
    await page.waitForURL(/\/admin\/import$/);

    await page
      .getByLabel('バンドルファイル（JSON）')
      .setInputFiles(writeBundle('big.json', generatedOrganizations(2000)));
    await page.getByRole('button', { name: 'インポート', exact: true }).click();
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    const now = Number(await bar.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThanOrEqual(0);
    expect(now).toBeLessThanOrEqual(100);

    const counts = page.getByTestId('import-counts');
    await counts.waitFor({ timeout: 45_000 });
    const text = (await counts.textContent()) ?? '';
    // The organisations row: 2,000 created of 2,000.
    expect(text).toMatch(/組織\s*2000\s*0\s*0\s*2000/);
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');

    const bad = generatedOrganizations(1).map((o) => ({ ...o, key: 'e2e-bad', technologies: ['MAGX'] }));
    await page.getByLabel('バンドルファイル（JSON）').setInputFiles(writeBundle('bad.json', bad));
    await page.getByRole('button', { name: 'インポート', exact: true }).click();
    const errors = page.getByRole('region', { name: '誤りの一覧' });
    await errors.waitFor();
    expect(await errors.textContent()).toContain('organizations[0].technologies[0]');
    expect(await page.getByTestId('import-counts').count()).toBe(0);
    await page.close();
  });
});
