import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataRoot, loadReferenceData } from './reference-data.ts';

describe('loadReferenceData synonyms', () => {
  // The reviewed pairs mined from the directory live beside Sudachi's in synonyms.json; the engine needs both.
  it("reads synonyms.json's Sudachi entries and its reviewed mined ones", () => {
    const file = JSON.parse(fs.readFileSync(path.join(dataRoot, 'synonyms.json'), 'utf8')) as {
      entries: unknown[];
      mined: { entries: unknown[] };
    };
    expect(file.mined.entries.length).toBeGreaterThan(0);
    const { synonymEntries } = loadReferenceData();
    expect(synonymEntries).toEqual([...file.entries, ...file.mined.entries]);
    expect(synonymEntries).toContainEqual({ ja: ['土地'], en: ['land'] });
  });
});
