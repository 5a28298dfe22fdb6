// The shipped data of issue 18: the four cluster taxonomies and the real Tohoku organisations in
// data/demo/tohoku.json. Reads the files as they ship; the counts are the ones docs/data-sources.md reports.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { municipalityNames } from './municipalities.ts';
import { type TaxonomyFile, taxonomyProblems } from './taxonomy-check.ts';

const dataRoot = path.resolve(import.meta.dirname, '../../../data');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(dataRoot, file), 'utf8'));

type Text = { ja?: string; en?: string };
type Source = { url?: string; seed?: string; asOf?: string; note?: string };
type Org = {
  key: string;
  name: Text;
  clusters: string[];
  technologies: string[];
  memberships: string[];
  description: Text;
  location: { prefecture?: string; city?: string; lat?: number; lng?: number };
  sources: Source[];
  illustrative?: boolean;
};
type Relation = { from: string; to: string; type: string; source?: Source };
type ClusterFile = TaxonomyFile & {
  key: string;
  technologies: Array<{ code: string; parent?: string }>;
  phases?: Array<{ ordinal: number; name: Text; support: Text; source: Source }>;
  milestones?: Array<{ key: string; scope: string; targetDate: string; source: Source }>;
  context?: Array<{ key: string; value: number; unit: string; source: Source }>;
};

const clusterFiles = fs
  .readdirSync(path.join(dataRoot, 'clusters'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const clusters: ClusterFile[] = clusterFiles.map((file) => ({ ...readJson(`clusters/${file}`), file }));
const clusterOf = new Map(clusters.flatMap((c) => c.technologies.map((t) => [t.code, c.key] as const)));
const tohoku: { organizations: Org[]; relations: Relation[] } = readJson('demo/tohoku.json');
const bundle: { organizations: Org[] } = readJson('demo/bundle.json');
const orgs = tohoku.organizations;

const isoDate = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/.test(v);
const TOHOKU = ['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県'];

describe('the cluster taxonomy files', () => {
  it('are the four clusters, and pass the check the server runs at start', () => {
    expect(clusters.map((c) => c.key)).toEqual([
      'fusion',
      'mobility-aerospace',
      'offshore-wind',
      'semiconductors',
    ]);
    expect(taxonomyProblems(clusters)).toEqual([]);
  });

  it('offshore wind follows the supply chain: development, turbine, foundations, electrical, ports, installation and O&M', () => {
    const wind = clusters.find((c) => c.key === 'offshore-wind')!;
    expect(wind.technologies.filter((t) => !t.parent).map((t) => t.code)).toEqual([
      'OWS',
      'WTG',
      'FND',
      'CBL',
      'OWP',
      'OWM',
    ]);
  });

  it('semiconductors are classed as the plan’s statistics class them (equipment, devices, ICs, memory)', () => {
    const semi = clusters.find((c) => c.key === 'semiconductors')!;
    expect(semi.technologies.filter((t) => !t.parent).map((t) => t.code)).toEqual([
      'SEQ',
      'SDV',
      'SIC',
      'SMM',
      'SMT',
      'SEL',
      'SIN',
    ]);
  });

  it.each(['mobility-aerospace', 'offshore-wind', 'semiconductors'])(
    '%s has a four-phase model, milestones and context facts, each with a dated source',
    (key) => {
      const c = clusters.find((x) => x.key === key)!;
      expect(c.phases?.map((p) => p.ordinal)).toEqual([1, 2, 3, 4]);
      expect(c.milestones?.length).toBeGreaterThan(0);
      expect(c.context?.length).toBeGreaterThan(0);
      const sources = [...(c.phases ?? []), ...(c.milestones ?? []), ...(c.context ?? [])].map(
        (x) => x.source,
      );
      for (const s of sources) {
        expect(isoDate(s.asOf)).toBe(true);
        expect(isUrl(s.url) || s.seed?.startsWith('002 ')).toBe(true);
      }
      for (const p of c.phases ?? [])
        expect([p.name.ja, p.name.en, p.support.ja, p.support.en].every(Boolean)).toBe(true);
    },
  );
});

describe('taxonomyProblems', () => {
  const file = (key: string, technologies: unknown[], extra: Partial<TaxonomyFile> = {}): TaxonomyFile => ({
    file: `${key}.json`,
    key,
    name: { ja: key, en: key },
    technologies,
    ...extra,
  });
  const t = (code: string, parent?: string, label: unknown = { ja: 'x', en: 'x' }) => ({
    code,
    parent,
    label,
  });
  it.each<[string, TaxonomyFile[], string[]]>([
    ['two clean files', [file('a', [t('A'), t('A.x', 'A')]), file('b', [t('B')])], []],
    [
      'a code defined in two clusters',
      [file('a', [t('X')]), file('b', [t('X')])],
      ['b.json: technologies[0].code: "X" is already defined in a.json'],
    ],
    [
      'a parent from another cluster',
      [file('a', [t('A')]), file('b', [t('B'), t('B.x', 'A')])],
      ['b.json: technologies[1].parent: "A" is not a top-level code of this cluster'],
    ],
    [
      'a label without English',
      [file('a', [t('A', undefined, { ja: 'エー' })])],
      ['a.json: technologies[0].label: needs ja and en'],
    ],
    [
      'a scope note in one language only',
      [
        file('a', [
          { ...t('A'), scope: { ja: '説明' } },
          { ...t('A.x', 'A'), scope: { ja: '説明', en: 'Note' } },
        ]),
      ],
      ['a.json: technologies[0].scope: needs ja and en'],
    ],
    [
      'a key that is not the file name',
      [{ ...file('a', [t('A')]), file: 'wind.json' }],
      ['wind.json: key: must be the file name without .json'],
    ],
    [
      'a skill that repeats a technology code',
      [file('a', [t('A')], { skills: [t('A')] })],
      ['a.json: skills[0].code: "A" is already defined in a.json'],
    ],
  ])('%s', (_, files, expected) => {
    expect(taxonomyProblems(files)).toEqual(expected);
  });
});

describe('data/demo/tohoku.json: real Tohoku organisations (issue 18)', () => {
  it('holds 154 organisations, 153 placed in the six Tohoku prefectures (T-Seeds is Tohoku-wide, seat unstated), none illustrative', () => {
    expect(orgs.length).toBe(154);
    const placed = orgs.filter((o) => TOHOKU.includes(o.location.prefecture ?? ''));
    expect(placed.length).toBe(153);
    expect(placed.length).toBeGreaterThanOrEqual(150);
    expect(orgs.filter((o) => !o.location.prefecture).map((o) => o.key)).toEqual(['t-seeds']);
    expect(orgs.some((o) => o.illustrative)).toBe(false);
  });

  it('counts per prefecture and per cluster as docs/data-sources.md reports them', () => {
    const count = (keys: string[]) =>
      Object.fromEntries([...new Set(keys)].sort().map((k) => [k, keys.filter((x) => x === k).length]));
    expect(count(orgs.map((o) => o.location.prefecture ?? ''))).toEqual({
      '': 1,
      宮城県: 27,
      山形県: 17,
      岩手県: 31,
      福島県: 28,
      秋田県: 32,
      青森県: 18,
    });
    expect(count(orgs.flatMap((o) => o.clusters))).toEqual({
      fusion: 12,
      'mobility-aerospace': 67,
      'offshore-wind': 30,
      semiconductors: 57,
    });
  });

  it('has no key twice, here or against the fusion bundle it is loaded after', () => {
    const keys = [...orgs, ...bundle.organizations].map((o) => o.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(orgs.map((o) => [o.key, o] as const))('%s: sources, taxonomy codes, texts, place', (_, o) => {
    expect(o.sources.length).toBeGreaterThan(0);
    for (const s of o.sources) {
      expect(isUrl(s.url)).toBe(true);
      expect(isoDate(s.asOf)).toBe(true);
    }
    expect(o.clusters.length).toBeGreaterThan(0);
    for (const code of o.technologies) expect(o.clusters).toContain(clusterOf.get(code));
    expect(
      [o.name.ja, o.name.en, o.description.ja, o.description.en].every((s) => (s ?? '').trim() !== ''),
    ).toBe(true);
    if (o.location.city) {
      expect([typeof o.location.lat, typeof o.location.lng]).toEqual(['number', 'number']);
      expect(municipalityNames[`${o.location.prefecture}/${o.location.city}`]).toBeTruthy();
    }
  });

  it('relations join known organisations and cite a dated page', () => {
    const known = new Set([...orgs, ...bundle.organizations].map((o) => o.key));
    expect(tohoku.relations.length).toBe(31);
    for (const r of tohoku.relations) {
      expect([known.has(r.from), known.has(r.to)]).toEqual([true, true]);
      expect([isUrl(r.source?.url), isoDate(r.source?.asOf)]).toEqual([true, true]);
    }
    const memberships = orgs.flatMap((o) => o.memberships);
    expect(memberships.every((m) => known.has(m))).toBe(true);
  });
});

describe('corrections in data/demo/bundle.json (issue 18)', () => {
  it('Canon Electron Tubes & Devices and Taiyo Nippon Sanso are J-Fusion members, with a source', () => {
    for (const key of ['canon-etd', 'taiyo-nippon-sanso']) {
      const o = bundle.organizations.find((x) => x.key === key)!;
      expect(o.memberships).toContain('j-fusion');
      expect(o.sources.some((s) => s.url === 'https://jfusion.jp/' && isoDate(s.asOf))).toBe(true);
    }
  });

  it('dates the MEXT–DOE joint statement 9 April 2024', () => {
    const relations: Array<Relation & { since?: string }> = readJson('demo/bundle.json').relations;
    const r = relations.find((x) => x.from === 'mext' && x.to === 'doe-fes')!;
    expect([r.since, r.source?.asOf]).toEqual(['2024-04-09', '2024-04-09']);
  });
});
