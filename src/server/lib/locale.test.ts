import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/test-app.ts';
import { langOf } from './locale.ts';

describe('langOf', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['ja', 'ja'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['en-GB,en;q=0.9,ja;q=0.8', 'en'],
    ['fr-FR, en;q=0.5, ja;q=0.7', 'ja'],
    ['de, ja;q=0', 'en'],
    ['EN-us', 'en'],
  ])('%j → %s', (header, lang) => {
    expect(langOf(header)).toBe(lang);
  });
});

describe('validation messages in the language asked for', async () => {
  const t = await createTestApp();
  const login = (headers: Record<string, string>) =>
    t.request('POST', '/api/auth/login', { body: { email: 42 }, headers });

  it('words zod messages in Japanese for a Japanese request and in English otherwise', async () => {
    const ja = await login({ 'accept-language': 'ja-JP,ja;q=0.9' });
    const en = await login({});
    expect(ja.status).toBe(400);
    expect(en.status).toBe(400);
    const message = (res: typeof ja, path: string) =>
      (res.json.error.details as Array<{ path: string; message: string }>).find((d) => d.path === path)
        ?.message;
    expect(message(ja, 'body.email')).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(message(en, 'body.email')).toMatch(/^Invalid input/);
    const missing = await t.request('POST', '/api/auth/login', {
      body: {},
      headers: { 'accept-language': 'ja' },
    });
    expect(message(missing, 'body.password')).toBe('入力してください');
    // The same fields are named either way.
    expect(ja.json.error.details.map((d: { path: string }) => d.path)).toEqual(
      en.json.error.details.map((d: { path: string }) => d.path),
    );
  });

  it('words the industry map and directory filter checks in the language asked for', async () => {
    const path = '/api/industry-map/heatmap?kind=zzz';
    const ja = await t.request('GET', path, { headers: { 'accept-language': 'ja' } });
    const en = await t.request('GET', path);
    expect(ja.json.error.details).toEqual([{ path: 'query.kind', message: '組織種別「zzz」はありません' }]);
    expect(en.json.error.details).toEqual([{ path: 'query.kind', message: 'unknown kind "zzz"' }]);
    const list = await t.request('GET', '/api/organizations?technology=NOPE', {
      headers: { 'accept-language': 'ja' },
    });
    expect(list.json.error.details).toEqual([
      { path: 'query.technology', message: '技術コード「NOPE」はありません' },
    ]);
  });

  it('words sign-in, access and not-found messages in the language asked for', async () => {
    const ja = { 'accept-language': 'ja' };
    const wrong = { email: 'nobody@test.example', password: 'not-the-password' };
    const login = await t.request('POST', '/api/auth/login', { body: wrong, headers: ja });
    expect(login.status).toBe(401);
    expect(login.json.error.message).toBe('メールアドレスまたはパスワードが違います');
    expect((await t.request('POST', '/api/auth/login', { body: wrong })).json.error.message).toBe(
      'Wrong e-mail or password',
    );
    const member = await t.signIn('member');
    const users = await t.request('GET', '/api/users', { as: member, headers: ja });
    expect(users.status).toBe(403);
    expect(users.json.error.message).toBe('管理者の権限が必要です');
    const none = await t.request('GET', '/api/organizations/00000000-0000-4000-8000-000000000000', {
      headers: ja,
    });
    expect(none.json.error).toMatchObject({ code: 'not_found', message: '組織が見つかりません' });
    const route = await t.request('GET', '/api/nowhere', { headers: ja });
    expect(route.json.error.message).toBe('GET /api/nowhere という API はありません');
  });
});
