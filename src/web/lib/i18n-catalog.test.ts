import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { langFromBrowser, type Message, type MessageText, translate } from './i18n-catalog.ts';

const web = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The shared messages and every feature's, found on disk so a new feature cannot be forgotten here. A feature
 * may split its words over several `*-messages.ts` files (one per part, so parallel work does not collide).
 */
function messageFiles(): string[] {
  const features = path.join(web, 'features');
  const files = [path.join(web, 'lib', 'shared-messages.ts')];
  for (const feature of fs.readdirSync(features)) {
    const dir = path.join(features, feature);
    for (const file of fs.readdirSync(dir).sort())
      if (file.endsWith('-messages.ts')) files.push(path.join(dir, file));
  }
  return files;
}

const forms = (text: MessageText): string[] => (typeof text === 'string' ? [text] : Object.values(text));
const placeholders = (text: MessageText) =>
  [...new Set(forms(text).flatMap((f) => f.match(/\{\w+\}/g) ?? []))].sort();

describe('messages', () => {
  it('every feature has a messages file named for it', () => {
    const features = fs.readdirSync(path.join(web, 'features'));
    const missing = features.filter((f) => !fs.existsSync(path.join(web, 'features', f, `${f}-messages.ts`)));
    expect(missing).toEqual([]);
  });

  it('every key has both languages, non-empty, with the same placeholders, declared once', async () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const file of messageFiles()) {
      const module = (await import(file)) as Record<string, Record<string, Message>>;
      const name = path.relative(web, file);
      const tables = Object.values(module);
      expect(tables.length, `${name} exports one table`).toBe(1);
      for (const [key, message] of Object.entries(tables[0]!)) {
        if (seen.has(key)) problems.push(`${key}: in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
        for (const lang of ['ja', 'en'] as const) {
          const text = message[lang] as MessageText | undefined;
          if (text === undefined) problems.push(`${name} ${key}: no ${lang}`);
          else if (forms(text).some((f) => !f.trim())) problems.push(`${name} ${key}: empty ${lang}`);
          else if (typeof text !== 'string' && !text.other)
            problems.push(`${name} ${key}: ${lang} plural without other`);
        }
        if (message.ja && message.en && placeholders(message.ja).join() !== placeholders(message.en).join())
          problems.push(`${name} ${key}: placeholders differ between ja and en`);
      }
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThan(500);
  });

  it('chooses plural forms with Intl.PluralRules', async () => {
    await import('../features/siting/siting-messages.ts');
    expect(translate('en', 'sitingImputedCount', { count: 1 })).toBe('1 value missing (worst taken)');
    expect(translate('en', 'sitingImputedCount', { count: 3 })).toBe('3 values missing (worst taken)');
    expect(translate('ja', 'sitingImputedCount', { count: 3 })).toBe('値なし 3 項目（最低値で評価）');
  });
});

describe('first-visit language from the browser', () => {
  it.each([
    [['en-US', 'en'], 'en'],
    [['ja', 'en-US'], 'ja'],
    [['ja-JP'], 'ja'],
    [['fr-FR', 'EN-gb', 'ja'], 'en'],
    [['de', 'zh-CN'], 'ja'],
    [[], 'ja'],
  ] as const)('%j gets %s', (preferred, lang) => {
    expect(langFromBrowser(preferred)).toBe(lang);
  });
});
