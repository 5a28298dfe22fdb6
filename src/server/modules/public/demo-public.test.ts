import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, seedDemo } from '../../demo.ts';
import { loadReferenceData } from '../../lib/reference-data.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

// The demo's public face: explainer pages whose facts cite the seed documents, invented questions and FAQ
// marked illustrative, and one question waiting for the demo coordinator.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemo(t.db, loadReferenceData())).toBe(true);
});

describe('the demo public face', () => {
  it('publishes explainer pages in both languages, each citing its sources with an as-of date', async () => {
    const list = await t.request('GET', '/api/public/explainers');
    expect(list.json.total).toBe(4);
    for (const { slug } of list.json.items) {
      const page = await t.request('GET', `/api/public/explainers/${slug}`);
      expect(page.json.html.ja, slug).toMatch(/<h2>/);
      expect(page.json.html.en, slug).toMatch(/<h2>/);
      expect(page.json.sources.length, slug).toBeGreaterThan(0);
      for (const s of page.json.sources) expect(s.label).toMatch(/seeds\/00\d/);
      for (const s of page.json.sources) expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('marks invented questions illustrative; the answered one names the prefecture and is in the feed', async () => {
    const list = await t.request('GET', '/api/public/questions');
    expect(list.json.total).toBe(1);
    expect(list.json.items[0]).toMatchObject({
      illustrative: true,
      answer: { organization: { key: 'aomori-prefecture' } },
    });
    const admin = await t.login(demoAccounts.admin.email, demoAccounts.admin.password);
    const pending = await t.request('GET', '/api/public/moderation/questions?status=pending', { as: admin });
    expect(pending.json.items).toMatchObject([{ illustrative: true, status: 'pending' }]);
    const feed = await (await t.request('GET', '/api/public/feed.atom')).res.text();
    expect(feed.match(/<entry>/g)).toHaveLength(5);
    const faq = await t.request('GET', '/api/public/faq');
    expect(faq.json.items[0].question.en).toMatch(/Illustrative/);
  });
});
