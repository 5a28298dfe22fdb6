import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, demo, launchBrowser, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');

/** A write through the API as the signed-in page, with the session's CSRF token. */
async function apiWrite(page: Page, path: string, body: unknown) {
  return page.evaluate(
    async ([path, body]) => {
      const session = await (await fetch('/api/auth/session')).json();
      const res = await fetch(`/api${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    [path, body] as const,
  );
}

/** Are all of the unit's thumbnails decoded images (the server sent a real PNG the page may show)? */
const thumbnailsDrawn = (page: Page) =>
  page
    .locator('.unit-photo-strip img')
    .evaluateAll((imgs) =>
      imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth),
    );

describe.runIf(browserAvailable())('unit photos', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the owner's member uploads a photo with a caption and sees it; a visitor sees it too", async () => {
    const owner = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await signIn(owner, baseUrl, demo.member.email, demo.member.password);
    // The demo member's organisation gets a facility of its own, so no demo unit gets a photo.
    const facility = await apiWrite(owner, '/facilities', {
      key: 'e2e-media-hall',
      organization: 'kyoto-fusioneering',
      name: { ja: '写真テスト棟', en: 'Photo test hall' },
      published: true,
    });
    expect(facility.status, JSON.stringify(facility.json)).toBe(201);
    const unit = await apiWrite(owner, `/facilities/${facility.json.id}/units`, {
      key: 'e2e-media-a',
      kind: 'lab',
      name: { ja: '実験室A', en: 'Lab A' },
      floorAreaM2: 80,
    });
    expect(unit.status).toBe(201);

    await owner.goto(`${baseUrl}/incubation/${facility.json.id}`);
    await owner.getByRole('heading', { level: 1, name: '写真テスト棟' }).waitFor();
    // A small PNG drawn by the browser itself: a 40×30 orange rectangle.
    const png = await owner.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 30;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#e67e22';
      g.fillRect(0, 0, 40, 30);
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    const form = owner.locator('.unit-media-unit[data-unit="e2e-media-a"] form');
    await form.getByLabel('ファイル').setInputFiles({
      name: 'lab-a.png',
      mimeType: 'image/png',
      buffer: Buffer.from(png, 'base64'),
    });
    await form.getByLabel('説明（日本語）').fill('実験室Aの内部');
    await form.getByLabel('説明（英語）').fill('Inside Lab A');
    await form.getByRole('button', { name: 'アップロード' }).click();
    await owner.getByRole('img', { name: '実験室Aの内部' }).waitFor();
    await expect.poll(() => thumbnailsDrawn(owner)).toEqual([40]);
    // The owner may delete it (asked first); cancelling keeps it.
    await owner.getByRole('button', { name: '削除' }).click();
    await owner.getByRole('dialog').getByRole('button', { name: 'キャンセル' }).click();
    expect(await owner.locator('.unit-photo-strip img').count()).toBe(1);
    await owner.close();

    const visitor = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await visitor.goto(`${baseUrl}/incubation/${facility.json.id}`);
    await visitor.getByRole('button', { name: 'English' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Photo test hall' }).waitFor();
    await visitor.getByRole('img', { name: 'Inside Lab A' }).waitFor();
    await expect.poll(() => thumbnailsDrawn(visitor)).toEqual([40]);
    // A visitor gets no upload form and no delete button.
    expect(await visitor.locator('.unit-media-upload').count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await visitor.close();
  });
});
