import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminMessages } from './admin-messages.ts';
import { changeLines, formatValue, humanize } from './audit-format.ts';

describe('audit changes in words', () => {
  it.each([
    [
      'a field diff',
      { location: { from: { city: 'Aomori' }, to: { city: 'Rokkasho' } } },
      'ja',
      [{ field: '所在地', before: '市区町村: Aomori', after: '市区町村: Rokkasho' }],
    ],
    [
      'a new record stored whole',
      { after: { title: { ja: '超伝導線材', en: 'HTS tape' }, visibility: 'members' } },
      'en',
      [
        { field: 'Title', after: 'HTS tape' },
        { field: 'Visibility', after: 'Members only' },
      ],
    ],
    [
      "an introduction's state move",
      { from: 'requested', to: 'accepted', note: 'ok' },
      'ja',
      [
        { field: '状態', before: '依頼中', after: '承諾' },
        { field: 'メモ', after: 'ok' },
      ],
    ],
    ['a plain count', { invited: 36 }, 'en', [{ field: 'Organisations invited', after: '36' }]],
    [
      'a flag and an unknown field',
      { disabled: true, someNewThing: null },
      'en',
      [
        { field: 'Disabled', after: 'yes' },
        { field: 'some new thing', after: '—' },
      ],
    ],
  ] as const)('reads %s', (_what, changes, lang, lines) => {
    expect(changeLines(changes as Record<string, unknown>, lang)).toEqual(lines);
  });

  it('shortens long values and joins lists', () => {
    expect(formatValue('x'.repeat(300), 'en')).toHaveLength(121);
    expect(formatValue(['MAG.hts', 'HCD'], 'en')).toBe('MAG.hts, HCD');
    expect(formatValue([], 'ja')).toBe('—');
  });

  it.each([
    ['organizationId', 'organization id'],
    ['send_password_reset', 'send password reset'],
    ['reissue-link', 'reissue link'],
  ])('humanizes %s', (code, words) => {
    expect(humanize(code)).toBe(words);
  });
});

// A module that logs a new action or kind of record must name it in both languages, or the log shows a code.
describe('every action and kind of record the server logs has words', () => {
  const serverDir = new URL('../../../server/', import.meta.url);
  const sources = readdirSync(serverDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(new URL(f, serverDir), 'utf8'))
    .join('\n');
  const codes = (pattern: RegExp) => [...new Set([...sources.matchAll(pattern)].map((m) => m[1]!))];
  const logged = {
    auditAction: codes(/action: (?:[^'\n]*\? )?'([a-z_-]+)'/g).concat(codes(/: '([a-z_]+)',\n\s*entity:/g)),
    auditEntity: codes(/entity: '([a-z_-]+)'/g),
  };
  it.each(Object.entries(logged).flatMap(([prefix, list]) => list.map((code) => `${prefix}_${code}`)))(
    '%s',
    (key) => {
      expect(Object.keys(adminMessages)).toContain(key);
    },
  );
});
