import { describe, expect, it } from 'vitest';
import { organizationDoc, postDoc, postQuery } from './documents.ts';
import {
  ABROAD,
  createMatchIndex,
  FIELD_FULL,
  fieldEvidence,
  formulasOf,
  hasWord,
  isSelfIntroduction,
} from './engine.ts';
import type { MatchDoc, MatchQuery } from './types.ts';

const glossary = [
  { ja: ['超伝導', '超電導'], en: ['superconducting', 'superconductor'] },
  {
    ja: ['高温超伝導', '高温超電導', '高温超伝導線材'],
    en: ['HTS', 'high-temperature superconducting', 'high-temperature superconductor', 'REBCO', 'HTS tape'],
  },
  { ja: ['線材', '超伝導線材'], en: ['wire', 'tape'] },
  { ja: ['ジャイロトロン'], en: ['gyrotron'] },
  { ja: ['真空容器'], en: ['vacuum vessel'] },
  { ja: ['核融合'], en: ['fusion'] },
];

const doc = (d: Partial<MatchDoc> & Pick<MatchDoc, 'id'>): MatchDoc => ({
  key: d.id,
  type: 'seed',
  organizationId: `org-${d.id}`,
  title: [],
  body: [],
  technologies: [],
  roles: [],
  visibility: 'public',
  ...d,
});

const corpus: MatchDoc[] = [
  doc({
    id: 'hts-tape',
    title: ['REBCO HTS tape in long lengths'],
    body: ['Supplies HTS tape for fusion magnets.'],
    technologies: ['MAG.hts'],
    roles: ['materials-supplier'],
  }),
  doc({
    id: 'gyrotron',
    title: ['170 GHz gyrotron'],
    body: ['Megawatt gyrotrons for fusion plasma heating.'],
    technologies: ['HCD.gyrotron'],
    roles: ['component-supplier'],
  }),
  doc({
    id: 'vessel',
    title: ['真空容器の製作'],
    body: ['核融合装置向けの大型真空容器を溶接・製作します。'],
    technologies: ['VAC.vacuum-vessel'],
    roles: ['component-supplier'],
  }),
  doc({
    id: 'ja-hts',
    title: ['高温超伝導線材'],
    body: ['REBCO 線材を量産しています。'],
    technologies: ['MAG.hts'],
    roles: ['materials-supplier'],
  }),
  doc({
    id: 'copper',
    title: ['Copper wire'],
    body: ['Enamelled copper wire for motors.'],
    technologies: [],
    roles: ['materials-supplier'],
  }),
];

function build(docs = corpus) {
  const index = createMatchIndex({ glossary });
  for (const d of docs) index.upsert(d);
  return index;
}

const need = (q: Partial<MatchQuery>): MatchQuery => ({ title: [], body: [], technologies: [], ...q });
const ids = (results: Array<{ id: string }>) => results.map((r) => r.id);

describe('cross-language text relevance', () => {
  it.each<[string, MatchQuery, string[]]>([
    [
      '超伝導線材 finds the English-only HTS tape first',
      need({ title: ['超伝導線材の調達'], body: ['核融合炉の磁石に使う超伝導線材を探しています。'] }),
      ['hts-tape', 'ja-hts'],
    ],
    [
      '"HTS tape" finds the Japanese-only 高温超伝導線材',
      need({ title: ['HTS tape'], body: ['We need HTS tape for a magnet.'] }),
      ['hts-tape', 'ja-hts'],
    ],
    ['ジャイロトロン finds gyrotron', need({ title: ['ジャイロトロンが必要'] }), ['gyrotron']],
    ['vacuum vessel finds 真空容器', need({ title: ['Vacuum vessel fabrication'] }), ['vessel']],
  ])('%s', (_name, q, expectedTop) => {
    const results = build().match(q, { types: ['seed'], limit: 10 });
    expect(ids(results).slice(0, expectedTop.length).sort()).toEqual([...expectedTop].sort());
  });

  it('ranks the tape above plain copper wire, which shares only "wire"', () => {
    const results = build().match(need({ title: ['超伝導線材'] }), { types: ['seed'] });
    const order = ids(results);
    // Copper wire shows nothing of the field and matches weakly: below the tape, or not shown at all.
    expect(order).toContain('hts-tape');
    expect(order.indexOf('copper') === -1 || order.indexOf('hts-tape') < order.indexOf('copper')).toBe(true);
  });

  it('explains the match with the glossary concepts in both languages', () => {
    const results = build().match(need({ title: ['超伝導線材'] }), { types: ['seed'] });
    const tape = results.find((r) => r.id === 'hts-tape');
    expect(tape?.signals.text.terms).toContainEqual({ text: '線材', ja: '線材', en: 'wire' });
    expect(tape?.signals.text.terms).toContainEqual({ text: '超伝導', ja: '超伝導', en: 'superconducting' });
  });

  it('names literal words and rebuilds Japanese phrases from bigrams', () => {
    const index = build();
    const [vessel] = index.match(need({ title: ['大型真空容器'] }), { types: ['seed'], limit: 1 });
    const texts = vessel!.signals.text.terms.map((t) => t.text);
    expect(texts).toContain('真空容器'); // the concept
    expect(texts).toContain('大型真空容器'); // the whole phrase, chained back from its bigrams
  });
});

describe('technology codes with parent/child credit', () => {
  const coded = [
    doc({ id: 'exact', technologies: ['MAG.hts'] }),
    doc({ id: 'parent', technologies: ['MAG'] }),
    doc({ id: 'sibling', technologies: ['MAG.lts'] }),
    doc({ id: 'other', technologies: ['CRY'] }),
  ];
  it('ranks exact over parent over sibling, and leaves out what shares nothing', () => {
    const results = build(coded).match(need({ technologies: ['MAG.hts'] }), { types: ['seed'] });
    expect(ids(results)).toEqual(['exact', 'parent', 'sibling']);
    expect(results.map((r) => r.signals.technology?.value)).toEqual([1, 0.5, 0.25]);
  });
  it('a parent code asked finds its children at half credit', () => {
    const results = build(coded).match(need({ technologies: ['MAG'] }), { types: ['seed'] });
    expect(ids(results)).toEqual(['parent', 'exact', 'sibling']);
    expect(results[0]!.signals.technology!.codes).toEqual([{ code: 'MAG', matched: 'MAG', credit: 1 }]);
  });
});

describe('ties and determinism', () => {
  it('breaks equal scores by key, then id, whatever the insertion order', () => {
    const twins = ['b', 'c', 'a'].map((k) => doc({ id: `id-${k}`, key: k, technologies: ['HCD.gyrotron'] }));
    const forward = build(twins).match(need({ technologies: ['HCD.gyrotron'] }), { types: ['seed'] });
    const backward = build([...twins].reverse()).match(need({ technologies: ['HCD.gyrotron'] }), {
      types: ['seed'],
    });
    expect(forward.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(backward).toEqual(forward);
  });
});

describe('hard filters', () => {
  const q = need({ organizationId: 'org-mine', technologies: ['MAG.hts'] });
  const filtered = [
    doc({ id: 'ok', technologies: ['MAG.hts'] }),
    doc({ id: 'own', organizationId: 'org-mine', technologies: ['MAG.hts'] }),
    doc({ id: 'expired', technologies: ['MAG.hts'], expiresAt: 1000 }),
    doc({ id: 'later', technologies: ['MAG.hts'], expiresAt: 5000 }),
    doc({ id: 'hidden', technologies: ['MAG.hts'], visibility: 'hidden' }),
    doc({ id: 'members', technologies: ['MAG.hts'], visibility: 'members' }),
    doc({ id: 'anon', technologies: ['MAG.hts'], visibility: 'anonymous' }),
    doc({ id: 'a-need', type: 'need', technologies: ['MAG.hts'] }),
    doc({ id: 'an-org', type: 'organization', technologies: ['MAG.hts'] }),
  ];
  it.each<[string, Parameters<ReturnType<typeof build>['match']>[1], string[]]>([
    ['member, seeds', { types: ['seed'], now: 2000 }, ['anon', 'later', 'members', 'ok']],
    ['visitor, seeds', { types: ['seed'], now: 2000, viewer: 'public' }, ['later', 'ok']],
    ['after expiry', { types: ['seed'], now: 6000 }, ['anon', 'members', 'ok']],
    [
      'organisations and seeds',
      { types: ['organization', 'seed'], now: 2000 },
      ['an-org', 'anon', 'later', 'members', 'ok'],
    ],
    ['needs', { types: ['need'], now: 2000 }, ['a-need']],
    ['excluded id', { types: ['seed'], now: 2000, excludeIds: ['ok'] }, ['anon', 'later', 'members']],
  ])('%s', (_name, opts, expected) => {
    expect(ids(build(filtered).match(q, opts)).sort()).toEqual(expected);
  });
});

describe('signals', () => {
  it('each signal has a share, and the shares add up to one', () => {
    const q = need({
      organizationId: 'org-q',
      title: ['HTS tape'],
      technologies: ['MAG.hts'],
      seeksRoles: ['materials-supplier'],
      location: { lat: 35.0, lng: 135.8 },
    });
    const [top] = build().match(q, { types: ['seed'] });
    const s = top!.signals;
    const shares = [s.text, s.technology, s.role, s.distance, s.reciprocity].map((x) => x?.share ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(s.role?.roles).toEqual(['materials-supplier']);
    expect(s.distance?.km).toBeNull(); // the seed has no location: no credit, said so
  });

  it('role fit puts the kind of supplier sought first when texts tie', () => {
    const docs = [
      doc({ id: 'maker', key: 'b', technologies: ['MAG.hts'], roles: ['component-supplier'] }),
      doc({ id: 'material', key: 'a', technologies: ['MAG.hts'], roles: ['materials-supplier'] }),
    ];
    const q = need({ technologies: ['MAG.hts'], seeksRoles: ['component-supplier'] });
    expect(ids(build(docs).match(q, { types: ['seed'] }))).toEqual(['maker', 'material']);
  });

  it('a need that names roles ranks those who play only them above a developer with closer wording', () => {
    const docs = [
      doc({
        id: 'developer',
        key: 'a',
        title: ['HTS tape for our coils'],
        technologies: ['MAG.hts'],
        roles: ['developer'],
      }),
      doc({
        id: 'both',
        key: 'b',
        title: ['HTS tape for our coils'],
        technologies: ['MAG.hts'],
        roles: ['developer', 'materials-supplier'],
      }),
      doc({
        id: 'tape',
        key: 'c',
        title: ['HTS tape'],
        technologies: ['MAG.hts'],
        roles: ['materials-supplier'],
      }),
    ];
    const q = need({
      title: ['HTS tape for coils'],
      technologies: ['MAG.hts'],
      seeksRoles: ['materials-supplier'],
    });
    const results = build(docs).match(q, { types: ['seed'] });
    expect(ids(results)).toEqual(['tape', 'both', 'developer']);
    expect(results.map((r) => r.signals.role?.value)).toEqual([1, 0.5, 0]);
    // Without sought roles the closer wording wins, and no role signal applies.
    const open = build(docs).match({ ...q, seeksRoles: [] }, { types: ['seed'] });
    expect(ids(open).at(-1)).toBe('tape');
    expect(open[0]!.signals.role).toBeUndefined();
  });

  it('distance decays from the need’s location', () => {
    const docs = [
      doc({ id: 'far', key: 'a', technologies: ['MAG.hts'], location: { lat: 51.7, lng: -1.3 } }),
      doc({ id: 'near', key: 'b', technologies: ['MAG.hts'], location: { lat: 40.9, lng: 141.3 } }),
    ];
    const q = need({ technologies: ['MAG.hts'], location: { lat: 40.96, lng: 141.37 } });
    const results = build(docs).match(q, { types: ['seed'] });
    expect(ids(results)).toEqual(['near', 'far']);
    expect(results[0]!.signals.distance!.km).toBeLessThan(20);
  });

  it('reciprocity favours a partner that also needs what the querying side offers', () => {
    const docs = [
      doc({ id: 'one-way', key: 'a', organizationId: 'org-x', technologies: ['MAG.hts'] }),
      doc({ id: 'two-way', key: 'b', organizationId: 'org-y', technologies: ['MAG.hts'] }),
      doc({ id: 'y-needs', type: 'need', organizationId: 'org-y', technologies: ['HCD.gyrotron'] }),
      doc({ id: 'q-offers', type: 'organization', organizationId: 'org-q', technologies: ['HCD.gyrotron'] }),
    ];
    const q = need({ organizationId: 'org-q', technologies: ['MAG.hts'] });
    const results = build(docs).match(q, { types: ['seed'] });
    expect(ids(results)).toEqual(['two-way', 'one-way']);
    expect(results[0]!.signals.reciprocity!.codes).toEqual([
      { code: 'HCD.gyrotron', matched: 'HCD.gyrotron', credit: 1 },
    ]);
  });

  it('for a seed, ranks needs and credits a need that names no role at half', () => {
    const docs = [
      doc({
        id: 'wants-makers',
        key: 'a',
        type: 'need',
        technologies: ['HCD.gyrotron'],
        seeksRoles: ['component-supplier'],
      }),
      doc({ id: 'wants-anyone', key: 'b', type: 'need', technologies: ['HCD.gyrotron'] }),
      doc({
        id: 'wants-research',
        key: 'c',
        type: 'need',
        technologies: ['HCD.gyrotron'],
        seeksRoles: ['research'],
      }),
    ];
    const q = need({ technologies: ['HCD.gyrotron'], roles: ['component-supplier'] });
    const results = build(docs).match(q, { types: ['need'] });
    expect(ids(results)).toEqual(['wants-makers', 'wants-anyone', 'wants-research']);
    expect(results.map((r) => r.signals.role?.value)).toEqual([1, 0.5, 0]);
  });
});

describe('matched terms', () => {
  it.each([
    // [query title, record title, terms shown, terms never shown]
    ['ネットワーク機器', 'フォーク機器', ['機器'], ['ーク', 'ーク機器']],
    ['ネットワーク', 'フォーク', [], ['ーク']],
    ['超伝導コイル', 'コイルの巻線', ['コイル'], ['ル']],
    ['ヘリウム冷凍機', 'ガス冷凍機', ['冷凍機'], ['ム冷']],
    // A formula is shown whole, as the need writes it; its pieces never (nb and sn were shown before).
    ['Nb3Sn strand', 'Nb3Sn wire', ['Nb3Sn'], ['3', 'nb', 'sn']],
    ['Nb3Sn strand', 'Nb3Al wire', [], ['nb', 'Nb3Sn']],
    ['F82H steel plates', 'F82H steel', ['F82H', 'steel'], ['h', 'f']],
    ['F82H plates for heat sinks', 'F82H steel', ['F82H'], ['h', 'f']],
    ['核融合用のNb3Sn線材', 'Nb3Sn wire', ['Nb3Sn'], ['nb', 'sn']],
    // Fragments across kana and kanji (issue 19): words end where the script changes.
    [
      '冷却するヘリウム液化機',
      'ヘリウム液化機で冷却する',
      ['冷却', 'ヘリウム液化機'],
      ['るヘ', '冷却す', 'ム液化機', 'ム液'],
    ],
    ['大型真空ポンプの保守をお願いする', '真空ポンプの保守', ['保守'], ['プの', '守を', 'いす']],
    [
      'Cryogenic helium-liquefier maintenance',
      'Helium liquefier maintenance service',
      ['helium', 'liquefier', 'maintenance'],
      ['cryogenic', 'liquefi'],
    ],
  ])('%s against %s', (query, title, shown, hidden) => {
    const index = build([doc({ id: 'r', title: [title] })]);
    const [r] = index.match(need({ title: [query] }), { types: ['seed'] });
    const texts = r!.signals.text.terms.map((t) => t.text);
    for (const term of shown) expect(texts).toContain(term);
    for (const term of hidden) expect(texts).not.toContain(term);
  });
});

describe('a sentence introducing the poster', () => {
  it.each<[string, boolean]>([
    ['弘前の大学の研究室です。', true],
    ['六ヶ所村でセンサーを作っている社員8人の会社です。', true],
    ["We're a small company in Oxfordshire.", true],
    ['We are a start-up from abroad.', true],
    // Asking, or planning, is the request or its context: not an introduction.
    ['大学の研究室ですが、工場を探しています。', false],
    ['We are a small team and need a workshop.', false],
    ['We are planning to take ten manufacturers to the UK.', false],
    ['We are qualifying a second supplier of REBCO tape.', false],
    ['ステンレスの金具です。', false],
    // From a review: the request itself, or a doubt, ending the same way.
    ['必要なのは真空ろう付けができる工場です。', false],
    ['希望は青森県内の会社です。', false],
    ["I'm a bit unsure who can machine tungsten tiles.", false],
    ['We’re a small company in Aomori.', true],
  ])('%s → %s', (sentence, expected) => {
    expect(isSelfIntroduction(sentence)).toBe(expected);
  });

  it('a seed’s “we are a company specialising in…” is its offer, weighed in full', () => {
    const index = build([
      doc({
        id: 'brazing',
        type: 'need',
        title: ['Brazing tungsten tiles'],
        body: ['Tungsten tiles brazed to copper.'],
      }),
      doc({
        id: 'machining',
        type: 'need',
        title: ['Machining services'],
        body: ['Machining for a coil case.'],
      }),
    ]);
    const seed = need({
      title: ['Machining services'],
      body: ['We are a small company in Aomori specialising in brazing tungsten tiles to copper.'],
    });
    expect(ids(index.match(seed, { types: ['need'] }))[0]).toBe('brazing');
  });

  it('who asks weighs less than what is asked: a lab’s need for a machine shop ranks the shop first', () => {
    const index = build([
      doc({
        id: 'uni',
        title: ['Hirosaki University'],
        body: ['University lab in Hirosaki for materials research.'],
      }),
      doc({ id: 'shop', title: ['Machine shop'], body: ['Remakes brackets.'] }),
      ...Array.from({ length: 8 }, (_, i) => doc({ id: `f${i}`, title: [`Bakery ${i}`] })),
    ]);
    const q = need({
      body: ['We are a university lab in Hirosaki doing materials research. Who remakes brackets?'],
    });
    expect(ids(index.match(q, { types: ['seed'] }))[0]).toBe('shop');
  });
});

describe('formulasOf', () => {
  it.each<[string, string, string | null]>([
    ['nb3sn strand', 'nb', 'nb3sn'],
    ['nb3sn strand', 'sn', 'nb3sn'],
    ['f82h steel', 'f', 'f82h'],
    ['co2 laser', 'co', 'co2'],
    // The review's cases: a word that only begins with the piece, Japanese right after it, a plural.
    ['f82h plates for heat sinks', 'f', 'f82h'],
    ['f82h plates for heat sinks', 'h', 'f82h'],
    ['nb3sn線材を探しています', 'sn', 'nb3sn'],
    ['nb3sn wire for a snap ring', 'sn', 'nb3sn'],
    // A piece the need also writes as a word of its own is that word.
    ['nb foils and nb3sn', 'nb', null],
    ['coils and coil2', 'coil', null],
    ['20 k cryocooler', 'k', null],
  ])('%s, %s → %s', (text, token, expected) => {
    expect(formulasOf(text).get(token)).toBe(expected);
  });
});

describe('incremental index', () => {
  const q = need({ title: ['HTS tape'], technologies: ['MAG.hts'] });
  it('update, remove and re-add give what a fresh build gives', () => {
    const index = build();
    index.upsert(
      doc({ id: 'gyrotron', title: ['HTS tape for gyrotron magnets'], technologies: ['MAG.hts'] }),
    );
    index.remove('copper');
    const fresh = build([
      ...corpus.filter((d) => d.id !== 'gyrotron' && d.id !== 'copper'),
      doc({ id: 'gyrotron', title: ['HTS tape for gyrotron magnets'], technologies: ['MAG.hts'] }),
    ]);
    expect(index.match(q, { types: ['seed'] })).toEqual(fresh.match(q, { types: ['seed'] }));
    expect(index.size).toBe(4);
    expect(index.remove('copper')).toBe(false);
  });

  it('stays correct through compaction after many removals', () => {
    const index = build();
    for (let i = 0; i < 2500; i++) {
      index.upsert(doc({ id: `tmp-${i}`, title: [`HTS tape batch ${i}`], technologies: ['MAG.hts'] }));
    }
    for (let i = 0; i < 2500; i++) index.remove(`tmp-${i}`);
    expect(index.stats().deadSlots).toBeLessThan(2500);
    expect(index.match(q, { types: ['seed'] })).toEqual(build().match(q, { types: ['seed'] }));
  });
});

describe('requirement coverage', () => {
  // Three makers each cover a different share of a four-part need; the fourth repeats one part's words.
  // Filler records keep each word's document frequency realistic (BM25 idf needs a corpus).
  const filler = Array.from({ length: 20 }, (_, i) =>
    doc({ id: `filler-${i}`, title: [`Filler ${i}`], body: ['General trading and logistics.'] }),
  );
  it.each([
    [
      'ja',
      '真空容器セクターの製作\n1. 大型鍛造品\n2. 機械加工\n3. 原子力規格の溶接\n4. ヘリウムリーク試験',
      [
        ['three', '大型鍛造品と機械加工、原子力規格の溶接に対応します。'],
        ['two', '大型鍛造品と機械加工を請け負います。'],
        ['repeat', 'ヘリウムリーク試験。ヘリウムリーク試験の専門会社。ヘリウムリーク試験装置。'],
      ],
    ],
    [
      'en',
      'Vacuum vessel sector\n1. large forgings\n2. precision machining\n3. welding to a nuclear code\n4. helium leak testing',
      [
        ['three', 'Large forgings, precision machining and nuclear code welding.'],
        ['two', 'Large forgings and precision machining.'],
        ['repeat', 'Helium leak testing. Helium leak testing services. Helium leak testing for any vessel.'],
      ],
    ],
  ])(
    '%s: a record covering three of four requirements outranks one repeating one',
    (_lang, body, records) => {
      const index = build([
        ...filler,
        // Field profiles pick codes (field evidence, engine.ts); the need names none.
        ...records.map(([id, text]) =>
          doc({ id: id!, title: [id!], body: [text], technologies: ['VAC.a', 'VAC.b', 'VAC.c', 'VAC.d'] }),
        ),
      ]);
      const results = index.match(need({ body: [body] }), { types: ['seed'] });
      expect(ids(results).slice(0, 3)).toEqual(['three', 'two', 'repeat']);
      const covered = (id: string) =>
        results
          .find((r) => r.id === id)!
          .signals.text.requirements!.filter((r) => r.covered)
          .map((r) => r.text);
      expect(results[0]!.signals.text.requirements).toHaveLength(4);
      expect(covered('three')).toHaveLength(3);
      expect(covered('repeat')).toHaveLength(1);
    },
  );

  it('a one-requirement need has no requirement list and ranks as before', () => {
    const [r] = build().match(need({ title: ['HTS tape'] }), { types: ['seed'] });
    expect(r!.signals.text.requirements).toBeUndefined();
  });
});

describe('partner kind inferred from plain words', () => {
  // The sensor maker's words are closer to the need (near, small plant); only the developer has land to
  // let. The lay need names no role and no code: its words say it wants premises.
  const records = [
    doc({
      id: 'sensor-maker',
      title: ['むつ小川原の近くの工場'],
      body: [
        'むつ小川原の近くの小さな工場でセンサーを作ります。 A small plant near Mutsu-Ogawara that makes sensors.',
      ],
      roles: ['component-supplier'],
    }),
    doc({
      id: 'land-developer',
      title: ['むつ小川原開発', 'Mutsu-Ogawara Development'],
      body: ['むつ小川原の土地を保有し分譲します。', 'Holds and sells land in Mutsu-Ogawara.'],
      roles: ['public', 'services'],
    }),
    // Realistic document frequencies: words shared by the two above are rare in a directory.
    ...Array.from({ length: 20 }, (_, i) =>
      doc({
        id: `filler-${i}`,
        title: [`商社 ${i}`],
        body: ['一般の商社です。', 'General trading.'],
        roles: ['services'],
      }),
    ),
  ];
  it.each([
    ['ja', 'むつ小川原の近くで工場用の土地を借りたい。'],
    ['en', 'We need land to rent near Mutsu-Ogawara for a small plant.'],
  ])('%s: a lay need reaches the land developer, with the kind shown', (_lang, body) => {
    const results = build(records).match(need({ body: [body] }), { types: ['organization', 'seed'] });
    expect(ids(results)[0]).toBe('land-developer');
    expect(results[0]!.signals.role?.inferred).toEqual(['premises']);
    expect(results[0]!.signals.role?.share).toBeGreaterThan(0);
  });

  it('a support body whose profile names no role still serves a lay need, through its kind', () => {
    const office = organizationDoc(
      {
        id: 'incubation',
        key: 'incubation',
        name: { ja: 'インキュベーション施設', en: 'Incubation centre' },
        description: { en: 'Rents small workshops with cranes near Mutsu-Ogawara to fusion start-ups.' },
        technologies: [],
        roles: [],
        kind: 'support-body',
        published: true,
      },
      () => undefined,
    );
    expect(office.roles).toEqual(['public', 'services']);
    const crane = doc({
      id: 'crane-maker',
      title: ['Cranes near Mutsu-Ogawara'],
      body: ['Builds workshop cranes near Mutsu-Ogawara for start-ups.'],
      roles: ['component-supplier'],
    });
    const results = build([...records, crane, office]).match(
      need({
        body: ['We are a small overseas startup and need a workshop with a crane near Mutsu-Ogawara.'],
      }),
      { types: ['organization', 'seed'] },
    );
    expect(ids(results)[0]).toBe('incubation');
    expect(results[0]!.signals.role?.inferred).toContain('premises');
  });

  it('a stated role wins over the words, and a seed looking for needs infers nothing', () => {
    const body = ['工場用の土地を借りたい。'];
    const stated = build(records).match(need({ body, seeksRoles: ['component-supplier'] }), {
      types: ['seed'],
    });
    expect(stated[0]!.signals.role?.inferred).toBeUndefined();
    expect(stated[0]!.signals.role?.roles).toEqual(['component-supplier']);
    const offers = build(records).match(need({ body }), { types: ['need'] });
    expect(offers).toEqual([]);
  });
});

describe('organisations of other trades that share a word', () => {
  // The adhesive-tape maker's whole profile is about tape and it plays exactly the sought role; the field's
  // supplier says tape once among the field's words and picks a code. Short, on-word, right role: before the
  // field evidence and the role scaled by topic, the other trade ranked first.
  const records = [
    doc({
      id: 'office-tape',
      title: ['Adhesive tape', '粘着テープ'],
      body: ['Tape, tape and more tape for offices.', '事務用の粘着テープを供給します。'],
      roles: ['materials-supplier'],
    }),
    doc({
      id: 'field-supplier',
      title: [
        'Superconducting magnets and HTS tape for fusion',
        '核融合向け超伝導マグネットと高温超伝導線材',
      ],
      body: [
        'Winds superconducting coils, makes gyrotron parts and vacuum vessel sectors for fusion plants.',
        '核融合装置向けに超伝導コイル、ジャイロトロン部品、真空容器を製作します。',
      ],
      technologies: ['MAG.hts'],
      roles: ['component-supplier', 'materials-supplier'],
    }),
    ...Array.from({ length: 10 }, (_, i) =>
      doc({ id: `filler-${i}`, title: [`Trading house ${i}`], roles: ['services'] }),
    ),
  ];
  it.each([['en', 'We need a supplier of tape.']])(
    '%s: the field supplier ranks above the other trade',
    (_lang, body) => {
      const results = build(records).match(
        need({ body: [body], technologies: ['MAG.hts'], seeksRoles: ['materials-supplier'] }),
        { types: ['organization', 'seed'] },
      );
      // The other trade ranks below, or (trade gate) falls under the off-field cut altogether.
      expect(ids(results)[0]).toBe('field-supplier');
      expect(ids(results).indexOf('office-tape')).not.toBe(0);
    },
  );

  it('field evidence counts distinct field concepts and, double, codes', () => {
    const concepts = new Map([
      ['\u00010', 2],
      ['\u00011', 1],
      ['tape', 3],
    ]);
    expect(fieldEvidence(concepts, 0)).toBeCloseTo(2 / FIELD_FULL);
    expect(fieldEvidence(concepts, 1)).toBeCloseTo(4 / FIELD_FULL);
    expect(fieldEvidence(concepts, 9)).toBe(1);
    expect(fieldEvidence(new Map(), 0)).toBe(0);
  });
});

describe('weak matches from outside the field', () => {
  const records = [
    doc({
      id: 'pump-maker',
      title: ['Cryopumps for fusion', '核融合向けクライオポンプ'],
      body: ['Cryopumps and vacuum pumps for tokamak vacuum vessels and neutral beam lines.'],
      technologies: ['VAC.cryopump'],
      roles: ['component-supplier'],
    }),
    doc({
      id: 'bottle-maker',
      title: ['Vacuum bottles', '真空断熱ボトル'],
      body: ['Vacuum-insulated bottles and lunch jars for the kitchen.'],
      roles: ['component-supplier'],
    }),
    ...Array.from({ length: 10 }, (_, i) => doc({ id: `filler-${i}`, title: [`Trading house ${i}`] })),
  ];
  it.each([
    ['en', 'Cryopumps for a tokamak vacuum vessel'],
    ['ja', 'トカマクの真空容器用クライオポンプ'],
  ])('%s: a weak match that shows no field is left out; asked for directly, it is shown', (_lang, body) => {
    const index = build(records);
    const results = index.match(need({ body: [body], technologies: ['VAC.cryopump'] }), {
      types: ['organization', 'seed'],
    });
    expect(ids(results)).toEqual(['pump-maker']);
    const direct = index.match(need({ body: ['vacuum bottles'] }), { types: ['organization', 'seed'] });
    expect(ids(direct)[0]).toBe('bottle-maker');
  });
});

describe('another trade that speaks some of the field’s words, or plays a lay need’s role', () => {
  // General words of the field's glossary: a maker of vacuum bottles says six of them and picks no code.
  const words = ['vacuum', 'stainless', 'manufacturing', 'insulation', 'parts', 'inspection', 'chamber'];
  const index = (records: MatchDoc[]) => {
    const i = createMatchIndex({ glossary: words.map((w) => ({ ja: [], en: [w] })) });
    for (const d of records) i.upsert(d);
    return i;
  };
  const fillers = Array.from({ length: 10 }, (_, i) => doc({ id: `filler-${i}`, title: [`Bakery ${i}`] }));

  it('a bottle maker with six field words and no code is left out of a short technical list', () => {
    const results = index([
      ...fillers,
      doc({
        id: 'pump-maker',
        title: ['Cryopumps'],
        body: ['Cryopumps and vacuum chamber parts, manufacturing and inspection.'],
        technologies: ['VAC.cryopump'],
      }),
      doc({
        id: 'bottle-maker',
        title: ['Vacuum bottles'],
        body: ['Stainless vacuum insulation bottles: manufacturing, parts and inspection.'],
        roles: ['component-supplier'],
      }),
    ]).match(need({ body: ['Cryopumps for a stainless vacuum chamber'], technologies: ['VAC.cryopump'] }), {
      types: ['organization', 'seed'],
    });
    expect(ids(results)).toEqual(['pump-maker']);
  });

  it('a travel agency does not pass for a freight forwarder by its role alone', () => {
    const results = index([
      ...fillers,
      doc({
        id: 'forwarder',
        title: ['Heavy cargo'],
        body: ['Heavy cargo transport from the port.'],
        technologies: ['EPC.heavy-transport'],
        roles: ['services'],
      }),
      doc({
        id: 'travel',
        title: ['Travel agency'],
        body: ['Tours from the port by ship.'],
        roles: ['services'],
      }),
    ]).match(need({ body: ['Who can transport a 40-tonne coil from the port by ship?'] }), {
      types: ['organization', 'seed'],
    });
    expect(ids(results)[0]).toBe('forwarder');
    expect(ids(results)).not.toContain('travel');
  });
});

describe('a lay need, by the kind of partner its words ask for', () => {
  const fillers = Array.from({ length: 20 }, (_, i) =>
    doc({
      id: `filler-${i}`,
      title: [`Sensor maker ${i}`],
      body: ['Sensors.'],
      roles: ['component-supplier'],
    }),
  );
  const lender = doc({
    id: 'lender',
    title: ['Policy finance institution', '政策金融機関'],
    body: ['Loans and investment for growth companies.', '成長企業への融資と投資。'],
    technologies: ['SVC.finance'],
    roles: ['services'],
  });
  const builder = doc({
    id: 'builder',
    title: ['Factories for start-ups', 'スタートアップ向けの工場'],
    body: ['We build factories near the port.', '港の近くに工場を建てます。'],
    technologies: ['EPC.civil'],
    roles: ['services'],
  });
  it.each([
    ['ja', 'お金を借りたい', '最初の工場のための融資の相談先を探しています。'],
    ['en', 'A loan', 'We need a loan for our first factory.'],
  ])('%s: a need for money reaches the lender through the codes of its kind', (_lang, title, body) => {
    const results = build([...fillers, builder, lender]).match(need({ title: [title], body: [body] }), {
      types: ['organization', 'seed'],
    });
    expect(ids(results)[0]).toBe('lender');
    expect(results[0]!.signals.role?.inferred).toContain('finance');
    expect(results[0]!.signals.technology?.codes).toEqual([
      { code: 'SVC.finance', matched: 'SVC.finance', credit: 1 },
    ]);
  });

  const materials = doc({
    id: 'materials-lab',
    title: ['Radiation damage of materials', '材料の放射線損傷'],
    body: [
      'Irradiation and testing of how materials resist radiation.',
      '材料の放射線への耐性を評価します。',
    ],
    roles: ['research'],
  });
  const plasma = doc({
    id: 'plasma-university',
    title: ['University research institute', '大学の研究所'],
    body: [
      'A university institute for plasma physics; a university research institute.',
      '大学の研究所です。大学でプラズマを研究します。',
    ],
    roles: ['research'],
  });
  it.each([
    ['ja', '大学や研究所と一緒に、材料が放射線にどれだけ耐えるかを調べたい。'],
    ['en', 'We want a university or research institute to study how materials resist radiation.'],
  ])('%s: the words naming the partner (university) do not outrank the topic', (_lang, body) => {
    const results = build([...fillers, plasma, materials]).match(need({ body: [body] }), {
      types: ['organization', 'seed'],
    });
    expect(ids(results)[0]).toBe('materials-lab');
  });

  it.each([
    ['en', 'We need a company to make large stainless steel shells and weld them together.'],
    ['ja', '大きなステンレスの容器を作って溶接してくれる会社を探しています。'],
  ])('%s: a maker of another trade does not pass for a manufacturer by its role', (_lang, body) => {
    const bottles = doc({
      id: 'bottle-maker',
      title: ['Stainless steel bottles', 'ステンレスボトル'],
      body: ['Stainless steel bottles and large stainless steel jars.', 'ステンレスの大きな容器とボトル。'],
      roles: ['component-supplier'],
    });
    const fabricator = doc({
      id: 'fabricator',
      title: ['真空容器の製作', 'Vacuum vessel fabrication'],
      body: [
        '核融合装置向けの大型真空容器を溶接・製作します。',
        'Welds large stainless steel vacuum vessel sectors for fusion.',
      ],
      technologies: ['MAT.large-fabrication'],
      roles: ['component-supplier'],
    });
    const results = build([...fillers, bottles, fabricator]).match(need({ body: [body] }), {
      types: ['organization', 'seed'],
    });
    expect(ids(results)[0]).toBe('fabricator');
  });
});

describe('top-k bounds', () => {
  it('the best few of a long need are the first few of the full ranking', () => {
    const words = ['HTS tape', 'gyrotron', '真空容器', '超伝導', 'copper wire', '核融合', '溶接', 'coils'];
    const codes = ['MAG.hts', 'HCD.gyrotron', 'VAC.vacuum-vessel'];
    const roles = ['component-supplier', 'materials-supplier', 'research'];
    const index = build(
      Array.from({ length: 30 }, (_, i) =>
        doc({
          id: `r${String(i).padStart(2, '0')}`,
          title: [`${words[i % 8]} ${words[(i * 3) % 8]}`],
          body: [`${words[(i * 5) % 8]}、${words[(i + 2) % 8]} and ${words[(i * 7) % 8]} for fusion.`],
          // Every fourth record has no code (the trade gate) and they lie 0–3 degrees from Hachinohe,
          // which five of them name (the distance bound).
          technologies: i % 4 === 0 ? [] : [codes[i % 3]!],
          roles: [roles[i % 3]!],
          location: { lat: 40.5 + (i % 7) * 0.5, lng: 141.5 },
          ...(i % 6 === 0 ? { type: 'organization' as const, title: [`Hachinohe ${words[i % 8]}`] } : {}),
        }),
      ),
    );
    let checked = 0;
    for (let i = 0; i < 8; i++) {
      const q = need({
        body: [
          `${words[i]}、${words[(i + 3) % 8]}、${words[(i + 5) % 8]}の供給、そして ${words[(i + 6) % 8]}${i % 2 ? ' near Hachinohe' : ''}.`,
        ],
        technologies: i % 2 === 0 ? [codes[i % 3]!] : [],
      });
      const all = index.match(q, { types: ['organization', 'seed'], limit: 100 });
      if (all.length > 5) checked++;
      for (const limit of [1, 3, 5]) {
        expect(ids(index.match(q, { types: ['organization', 'seed'], limit }))).toEqual(
          ids(all).slice(0, limit),
        );
      }
    }
    expect(checked).toBe(8);
  });
});

describe('only the records a need touches are ranked, for a broad query as for a narrow one', () => {
  // A query that touches few records is filtered through its list of them, one that touches most by a pass
  // over every slot (DENSE_SHARE): either way an untouched record must stay out, however near it is and
  // whatever role it plays, and the hard filters must hold.
  const near = { lat: 40.97, lng: 141.37 };
  const supplier = (id: string, extra: Partial<MatchDoc> = {}) =>
    doc({
      id,
      title: ['170 GHz gyrotron'],
      body: ['Gyrotrons for fusion plasma heating.'],
      roles: ['component-supplier'],
      location: near,
      ...extra,
    });
  // Field words and codes (full field evidence), so no off-field cut would hide one that slipped in.
  const bystander = (id: string) =>
    doc({
      id,
      title: ['核融合の真空容器'],
      body: ['真空容器を製作します。'],
      technologies: ['VAC.vacuum-vessel', 'VAC.ports', 'MAG.hts', 'IVC.divertor'],
      roles: ['component-supplier'],
      location: near,
    });
  it.each([
    ['narrow', 3, 40],
    ['broad', 40, 3],
  ])('%s: %i answering records among %i others', (_name, answering, others) => {
    const index = build([
      ...Array.from({ length: answering }, (_, i) => supplier(`g${i}`)),
      supplier('hidden', { visibility: 'hidden' }),
      supplier('expired', { expiresAt: 500 }),
      ...Array.from({ length: others }, (_, i) => bystander(`v${i}`)),
    ]);
    const q = need({ title: ['gyrotron'], seeksRoles: ['component-supplier'], location: near });
    const found = ids(index.match(q, { types: ['seed'], limit: 100, now: 1000 }));
    expect(found.sort()).toEqual(Array.from({ length: answering }, (_, i) => `g${i}`).sort());
  });
});

describe('a technical need listing premises, money or staff among its requirements', () => {
  // The notes do not say "rent" or "lab": the office answers the third requirement through its kind alone.
  const notes = [
    { code: 'RES.shared-facilities', label: { en: 'Shared facilities' }, scope: { en: 'Held in common.' } },
    { code: 'CRY.cryocoolers', label: { en: 'Cryocoolers' } },
  ];
  const records: MatchDoc[] = [
    doc({
      id: 'office',
      type: 'organization',
      title: ['Development area office'],
      body: ['Buildings in the development area.'],
      technologies: ['RES.shared-facilities'],
      roles: ['services'],
    }),
    doc({
      id: 'cryo',
      type: 'organization',
      title: ['Cryocooler maker'],
      body: ['G-M cryocoolers for 20 K conduction cooling of HTS coils.'],
      technologies: ['CRY.cryocoolers'],
      roles: ['component-supplier'],
    }),
    ...Array.from({ length: 6 }, (_, i) =>
      doc({ id: `coil-${i}`, type: 'organization', title: ['HTS coil tests'], body: ['We test HTS coils.'] }),
    ),
  ];
  const office = (technologies: string[]) => {
    const index = createMatchIndex({ glossary, codeNotes: notes });
    for (const d of records) index.upsert(d);
    const q = need({
      title: ['HTS coil test set-up'],
      body: [
        'We need three things:\n1) a 20 K cryocooler\n2) a rented lab to put the test rig in\n3) HTS coil test advice',
      ],
      technologies,
    });
    return index.match(q, { types: ['organization'], limit: 10 }).find((r) => r.id === 'office');
  };

  it('is answered, for that requirement, by a record carrying the codes of the kind it asks for', () => {
    const found = office(['MAG.hts']);
    expect(found?.signals.text.requirements?.map((r) => r.covered)).toEqual([false, true, false]);
  });

  it('but a lay need’s kinds choose codes for the whole need already, not per requirement', () => {
    expect(office([])?.signals.text.requirements?.[1]?.covered ?? false).toBe(false);
  });
});

describe('a public body answers a lay need for public support in its own country', () => {
  // The US office shares more of the need's words; only where it acts tells them apart.
  const offices: MatchDoc[] = [
    doc({
      id: 'us-office',
      type: 'organization',
      title: ['Federal fusion office'],
      body: ['Permits, licensing and programmes for fusion and radiation sources.'],
      roles: ['public'],
      country: 'US',
      location: { lat: 38.9, lng: -77.0 },
    }),
    doc({
      id: 'jp-office',
      type: 'organization',
      title: ['青森県庁 Aomori Prefecture'],
      body: [
        'Permits, licensing and local procedures in Aomori, for radiation too; 六ヶ所村の許認可の窓口。',
      ],
      roles: ['public'],
      country: 'JP',
      location: { lat: 40.82, lng: 140.74 },
    }),
    doc({
      id: 'village',
      type: 'organization',
      title: ['六ヶ所村役場'],
      body: ['六ヶ所村の役場。'],
      roles: ['public'],
      country: 'JP',
      location: { lat: 40.97, lng: 141.37 },
    }),
    doc({
      id: 'rokkasho-lab',
      type: 'organization',
      title: ['六ヶ所村の研究所'],
      body: ['六ヶ所村にある研究所。'],
      roles: ['research'],
      country: 'JP',
      location: { lat: 40.96, lng: 141.36 },
    }),
  ];
  const permits = 'Which authority do we ask about permits and licensing for our radiation sources?';
  const scoreOf = (q: MatchQuery, id: string) =>
    build(offices)
      .match(q, { types: ['organization'], limit: 10 })
      .find((r) => r.id === id)?.score ?? 0;
  it.each<[string, MatchQuery, 'us-office' | 'jp-office']>([
    ['the poster’s country (JP)', need({ body: [permits], country: 'JP' }), 'jp-office'],
    ['the poster’s country (US)', need({ body: [permits], country: 'US' }), 'us-office'],
    [
      'a place the need names, over the poster’s country',
      need({ body: [`${permits} The site is in 六ヶ所村.`], country: 'GB' }),
      'jp-office',
    ],
    [
      'a need with codes that states it seeks a public body',
      need({ body: [permits], country: 'JP', technologies: ['SRG.licensing'], seeksRoles: ['public'] }),
      'jp-office',
    ],
    [
      'a country the need names, over the poster’s',
      need({ body: [`${permits.replace('?', ' in Japan?')}`], country: 'US' }),
      'jp-office',
    ],
    [
      'not one named where the poster introduces itself',
      need({ body: [`We are an American start-up. ${permits.replace('?', ' in Japan?')}`], country: 'US' }),
      'jp-office',
    ],
    [
      'no country known (an anonymous post naming no place): words decide',
      need({ body: [permits] }),
      'us-office',
    ],
  ])('%s', (_name, q, first) => {
    const [us, jp] = [scoreOf(q, 'us-office'), scoreOf(q, 'jp-office')];
    if (first === 'us-office') expect(us).toBeGreaterThan(jp);
    else expect(jp).toBeGreaterThan(us);
  });

  it.each<[string, MatchQuery]>([
    ['a need with codes, not a lay need', need({ body: [permits], technologies: ['SRG.licensing'] })],
    [
      'a lay need for training, not public support',
      need({ body: ['We need training in radiation safety.'] }),
    ],
  ])('judges no body for %s', (_name, q) => {
    const unjudged = scoreOf(q, 'us-office');
    expect(unjudged).toBeGreaterThan(0);
    expect(scoreOf({ ...q, country: 'JP' }, 'us-office')).toBe(unjudged);
  });

  it('keeps ABROAD of the score of a body elsewhere, so one that is the only match still shows', () => {
    const unknown = scoreOf(need({ body: [permits] }), 'us-office');
    expect(scoreOf(need({ body: [permits], country: 'JP' }), 'us-office')).toBeCloseTo(ABROAD * unknown, 2);
  });
});

describe('a place named in a need is where, not what', () => {
  const rokkasho = { lat: 40.97, lng: 141.37 };
  const osaka = { lat: 34.69, lng: 135.5 };
  const places: MatchDoc[] = [
    doc({
      id: 'village',
      type: 'organization',
      title: ['六ヶ所村役場', 'Rokkasho Village Office'],
      body: ['六ヶ所村の行政窓口。', 'The municipal office of Rokkasho village.'],
      roles: ['public'],
      location: rokkasho,
    }),
    doc({
      id: 'local-workshop',
      type: 'organization',
      title: ['貸し工場と作業場', 'Rental workshops'],
      body: ['六ヶ所にある貸し工場・作業場。クレーン付き。', 'Rental workshops with cranes near Rokkasho.'],
      roles: ['services'],
      location: { lat: 40.95, lng: 141.35 },
    }),
    doc({
      id: 'far-workshop',
      type: 'organization',
      title: ['貸し工場と作業場', 'Rental workshops'],
      body: ['クレーン付きの貸し工場・作業場。', 'Rental workshops with cranes.'],
      roles: ['services'],
      location: osaka,
    }),
  ];

  it.each([
    ['ja', '作業場を借りたい', '六ヶ所村の近くで、クレーン付きの作業場を借りたい。'],
    ['en', 'A workshop to rent', 'We need to rent a workshop with a crane near Rokkasho.'],
  ])(
    '%s: the workshop located there ranks above the office named after the place and the far one',
    (_l, title, body) => {
      const results = build(places).match(need({ title: [title], body: [body] }), {
        types: ['organization'],
      });
      expect(ids(results)[0]).toBe('local-workshop');
      expect(ids(results).indexOf('local-workshop')).toBeLessThan(ids(results).indexOf('far-workshop'));
      // The place is read as a location, placed where the records that mention it are.
      expect(results[0]!.signals.distance!.km).toBeLessThan(10);
    },
  );

  it('a need that names no place gets no distance signal', () => {
    const results = build(places).match(need({ body: ['We need to rent a workshop with a crane.'] }), {
      types: ['organization'],
    });
    expect(results[0]!.signals.distance).toBeUndefined();
  });

  it('an anonymous record does not place a need (its location would show through the distances)', () => {
    const hidden = places.map((d) => ({ ...d, visibility: 'anonymous' as const }));
    const docs = [
      ...hidden,
      doc({ id: 'plain', type: 'organization', title: ['Rental workshops'], body: ['Workshops.'] }),
    ];
    const results = build(docs).match(need({ body: ['A workshop near Rokkasho.'] }), {
      types: ['organization'],
    });
    expect(results.every((r) => r.signals.distance === undefined)).toBe(true);
  });
});

describe('a record of another trade is scaled as a whole, not only its text', () => {
  // The CAD package says "design" and "construction" over and over and plays the sought role; the
  // engineering firm says them once among the field's words and picks the need's code. Role and text alone
  // ranked the package first: its role fit rode on the coincidental words.
  const records = [
    doc({
      id: 'cad-software',
      type: 'organization',
      title: ['Design software', '設計ソフト'],
      body: [
        'Design software for design and construction: design, construction and design review.',
        '設計・建設向けの設計ソフト。設計と建設と設計レビュー。',
      ],
      roles: ['services'],
    }),
    doc({
      id: 'engineering-firm',
      type: 'organization',
      title: ['Fusion plant engineering', '核融合プラントのエンジニアリング'],
      body: [
        'Fusion plants: vacuum vessel, superconducting magnets, gyrotron halls, tritium plant; also design.',
        '核融合プラント：真空容器、超伝導コイル、ジャイロトロン棟、トリチウム設備。設計も。',
      ],
      technologies: ['EPC.design'],
      roles: ['services', 'integrator'],
    }),
    ...Array.from({ length: 10 }, (_, i) =>
      doc({ id: `filler-${i}`, type: 'organization', title: [`Trading house ${i}`], roles: ['services'] }),
    ),
  ];
  it.each([
    ['en', 'Design and construction of our new building.'],
    ['ja', '建屋の設計と建設をお願いしたい。'],
  ])('%s: the firm in the field ranks above the package that repeats the words', (_lang, body) => {
    const results = build(records).match(
      need({ body: [body], technologies: ['EPC.design'], seeksRoles: ['services'] }),
      { types: ['organization'] },
    );
    expect(ids(results)[0]).toBe('engineering-firm');
  });
});

describe('a general word is named as the need wrote it', () => {
  it.each([
    // [need, record, shown, never shown]: the dictionary pairs "pumps" with パンプス (shoes) and lists
    // ステム (stem) beside システム; the reader sees the need's own word.
    ['ja', '真空ポンプのシステム', 'Vacuum pumps and pump systems', 'ポンプ', ['パンプス', 'ステム']],
    ['en', 'Vacuum pumps wanted', '真空ポンプ', 'pumps', ['パンプス']],
  ])('%s: %s against %s', (_lang, query, record, shown, hidden) => {
    const index = createMatchIndex({
      glossary,
      synonyms: [
        { ja: ['パンプス', 'ポンプ'], en: ['pumps', 'pump'] },
        { ja: ['ステム'], en: ['stem'] },
        { ja: ['システム'], en: ['system'] },
      ],
    });
    index.upsert(doc({ id: 'r', title: [record] }));
    const [r] = index.match(need({ title: [query] }), { types: ['seed'] });
    const texts = r!.signals.text.terms.map((t) => t.text);
    expect(texts).toContain(shown);
    for (const term of hidden) expect(texts).not.toContain(term);
  });
});

describe('hasWord', () => {
  it.each<[string, string, boolean]>([
    ['真空ポンプのシステム', 'システム', true],
    ['真空ポンプのシステム', 'ステム', false],
    ['vacuum pumps', 'pump', false],
    ['vacuum pumps', 'pumps', true],
    ['高温超伝導線材', '超伝導', true],
  ])('%s holds %s: %s', (text, word, expected) => {
    expect(hasWord(text, word)).toBe(expected);
  });
});

describe('a place read from the records that mention it', () => {
  it.each([
    ['en', 'A workshop near Hachinohe.'],
    ['ja', '八戸の近くの作業場。'],
  ])('%s: a name the records mention from all over the country places nothing', (_lang, body) => {
    // Records far apart that all mention the name: it says nothing about where the need is.
    const spread = [
      { lat: 43.06, lng: 141.35 },
      { lat: 35.68, lng: 139.77 },
      { lat: 33.59, lng: 130.4 },
    ].map((location, i) =>
      doc({
        id: `r${i}`,
        type: 'organization',
        title: ['八戸 Hachinohe workshop 作業場'],
        location,
      }),
    );
    const results = build(spread).match(need({ body: [body] }), { types: ['organization'] });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.signals.distance === undefined)).toBe(true);
    // Together, the same records place it.
    const together = spread.map((d, i) => ({ ...d, location: { lat: 40.5 + i * 0.02, lng: 141.5 } }));
    const near = build(together).match(need({ body: [body] }), { types: ['organization'] });
    expect(near[0]!.signals.distance!.km).toBeLessThan(10);
  });
});

describe('codes a need names in words (scope notes)', () => {
  // Profiles say little; their codes' notes say what the category covers (data/clusters' scope notes).
  const codeNotes = [
    {
      code: 'MAT.large-fabrication',
      label: { ja: '大型構造物製作', en: 'Large structure fabrication' },
      scope: {
        ja: '大型鍛造品、溶接構造物、リングやシェル。',
        en: 'Heavy forgings, rolled rings, shells and welded structures.',
      },
    },
    {
      code: 'VAC.gauges-leak',
      label: { ja: '真空計測・リーク検査', en: 'Vacuum gauges and leak testing' },
      scope: {
        ja: 'ヘリウムリークディテクタによる漏れ試験。',
        en: 'Helium leak detectors and leak testing.',
      },
    },
    {
      code: 'MAT.precision-machining',
      label: { ja: '精密加工', en: 'Precision machining' },
      scope: {
        ja: '精密機械加工、旋盤・フライス加工。',
        en: 'Precision machining on lathes and milling machines.',
      },
    },
    { code: 'MAT.joining', label: { ja: '接合・溶接', en: 'Joining and welding' } },
    ...Array.from({ length: 20 }, (_, i) => ({
      code: `OTHER.c${i}`,
      label: { ja: `その他${i}`, en: `Other ${i}` },
      scope: { ja: '一般的な製品とサービス。', en: 'General products and services.' },
    })),
  ];
  const filler = Array.from({ length: 20 }, (_, i) =>
    doc({ id: `filler-${i}`, title: [`Filler ${i}`], body: ['General trading and logistics.'] }),
  );
  const records = [
    // A heavy-industry profile that names none of the need's words, but picked three of its codes.
    doc({
      id: 'heavy',
      title: ['Heavy industries'],
      body: ['Builds plant equipment for power stations.'],
      technologies: ['MAT.large-fabrication', 'MAT.precision-machining', 'MAT.joining'],
    }),
    // One that repeats one requirement's words, in the field (a code) but not one the need names.
    doc({
      id: 'repeat',
      title: ['Leak testing'],
      body: ['Helium leak testing. Helium leak testing services.'],
      technologies: ['MAT.coating'],
    }),
  ];
  const index = (notes = codeNotes) => {
    const i = createMatchIndex({ glossary, codeNotes: notes });
    for (const d of [...filler, ...records]) i.upsert(d);
    return i;
  };
  const body =
    'Vacuum vessel sector\n1. large forgings\n2. precision machining\n3. welding to a nuclear code\n4. helium leak testing';

  // A member's need, with the code of the whole (a vessel) picked; its parts are only in its words.
  it('ranks a record whose codes cover three requirements above one repeating a requirement', () => {
    const results = index().match(need({ body: [body], technologies: ['VAC.vacuum-vessel'] }), {
      types: ['seed'],
    });
    expect(ids(results)[0]).toBe('heavy');
    const heavy = results[0]!;
    expect(heavy.signals.text.requirements!.filter((r) => r.covered)).toHaveLength(3);
    // The explanation names the codes as the taxonomy labels them, a concept a person recognises.
    expect(heavy.signals.text.terms.map((t) => t.en)).toEqual(
      expect.arrayContaining(['Large structure fabrication', 'Precision machining', 'Joining and welding']),
    );
  });

  it('without the notes, the record that says the words wins (what the notes add)', () => {
    const results = index([]).match(need({ body: [body], technologies: ['VAC.vacuum-vessel'] }), {
      types: ['seed'],
    });
    expect(ids(results)).not.toContain('heavy');
    expect(ids(results)[0]).toBe('repeat');
  });

  it('a requirement is covered by the code it names, whatever specifics its words add', () => {
    // Stockists say the requirement's specifics (so they weigh in it); the forge says none of them.
    const stockists = [0, 1].map((j) =>
      doc({ id: `stock-${j}`, title: [`Stockist ${j}`], body: ['316L stainless stock'] }),
    );
    const i = createMatchIndex({ glossary, codeNotes });
    for (const d of [...filler, ...stockists, ...records]) i.upsert(d);
    const q = need({
      body: ['Vessel sector\n1. large forgings: 316L stainless\n2. helium leak testing'],
      technologies: ['VAC.vacuum-vessel'],
    });
    const heavy = i.match(q, { types: ['seed'], limit: 50 }).find((r) => r.id === 'heavy')!;
    expect(heavy.signals.text.requirements![0]!.covered).toBe(true);
  });

  it('a code the need also states covers the requirement that names it', () => {
    const stated = ['VAC.vacuum-vessel', 'MAT.large-fabrication', 'MAT.precision-machining', 'MAT.joining'];
    const [first] = index().match(need({ body: [body], technologies: stated }), { types: ['seed'] });
    expect(first!.id).toBe('heavy');
    expect(first!.signals.text.requirements!.map((r) => r.covered)).toEqual([true, true, true, false]);
  });

  it('a Japanese need reads the same codes', () => {
    const ja =
      '真空容器セクター\n① 大型鍛造品の供給\n② 精密機械加工\n③ 原子力規格に沿った溶接\n④ ヘリウムリーク試験';
    const results = index().match(need({ body: [ja], technologies: ['VAC.vacuum-vessel'] }), {
      types: ['seed'],
    });
    expect(ids(results)[0]).toBe('heavy');
  });
});

describe('codes named by words, in a small directory', () => {
  const notes = [
    {
      code: 'MAT',
      label: { ja: '材料・製造技術', en: 'Materials and manufacturing' },
      scope: { ja: '金属の鋳物、鍛造品、機械加工。', en: 'Metal castings, forgings and machining.' },
    },
    { code: 'DEV.tokamak', label: { ja: 'トカマク', en: 'Tokamak' } },
    { code: 'CRY', label: { ja: '極低温', en: 'Cryogenics' } },
  ];
  const build = (docs: MatchDoc[]) => {
    const index = createMatchIndex({ glossary: [{ ja: ['トカマク'], en: ['tokamak'] }], codeNotes: notes });
    for (const d of docs) index.upsert(d);
    return index;
  };

  it('keeps a named code worth something when records carry it and a child of it (counted once each)', () => {
    const index = build([
      doc({ id: 'a', title: ['Works A'], technologies: ['MAT', 'MAT.forge'] }),
      doc({ id: 'b', title: ['Works B'], technologies: ['MAT', 'MAT.forge'] }),
      doc({ id: 'c', title: ['Works C'], technologies: ['MAT'] }),
    ]);
    const results = index.match(need({ body: ['Metal castings for a test stand.'] }), { types: ['seed'] });
    expect(ids(results).sort()).toEqual(['a', 'b', 'c']);
    for (const r of results) expect(r.signals.text.value).toBeGreaterThan(0);
  });

  it('reads a listed need’s title too, as no requirement of its own', () => {
    const index = build([
      doc({ id: 'tok', title: ['Works T'], technologies: ['DEV.tokamak'] }),
      doc({ id: 'x', title: ['Other'], technologies: ['CRY'] }),
    ]);
    const q = need({ title: ['トカマク'], body: ['1. metal castings\n2. forgings'] });
    const tok = index.match(q, { types: ['seed'] }).find((r) => r.id === 'tok')!;
    expect(tok.signals.text.terms.map((t) => t.en)).toContain('Tokamak');
    expect(tok.signals.text.requirements!.every((r) => !r.covered)).toBe(true);
  });

  it('reads codes from the need’s own clusters: its codes’, else its poster’s', () => {
    const clustered = [
      {
        code: 'RES.shared',
        cluster: 'fusion',
        label: { en: 'Shared facilities' },
        scope: { en: 'Rental labs.' },
      },
      {
        code: 'OWP.port',
        cluster: 'wind',
        label: { en: 'Base ports' },
        scope: { en: 'Quays and port yards.' },
      },
      { code: 'DEV.tokamak', cluster: 'fusion', label: { en: 'Tokamak' } },
    ];
    const index = createMatchIndex({ glossary: [], codeNotes: clustered });
    for (const d of [
      doc({ id: 'lab', title: ['Lab office'], technologies: ['RES.shared'] }),
      doc({ id: 'port', title: ['Port company'], technologies: ['OWP.port'] }),
      doc({ id: 'tok', title: ['Works'], technologies: ['DEV.tokamak'] }),
    ])
      index.upsert(d);
    const codesOf = (q: MatchQuery) =>
      index.match(q, { types: ['seed'] }).flatMap((r) => r.signals.text.terms.map((t) => t.en));
    const body = ['A rental lab and a quay in the port yard.'];
    expect(codesOf(need({ body }))).toEqual(expect.arrayContaining(['Shared facilities', 'Base ports']));
    expect(codesOf(need({ body, clusters: ['fusion'] }))).not.toContain('Base ports');
    expect(codesOf(need({ body, clusters: ['fusion'] }))).toContain('Shared facilities');
    // A need's own code puts it in that code's cluster, whatever its poster's are.
    expect(codesOf(need({ body, technologies: ['DEV.tokamak'], clusters: ['wind'] }))).not.toContain(
      'Base ports',
    );
  });

  it('an anonymous post carries neither its owner’s clusters nor its country, into the query or its record', () => {
    const post = {
      id: 'n',
      key: 'n',
      kind: 'need' as const,
      organizationId: 'o',
      title: {},
      body: { en: 'A rental lab' },
      technologies: [],
    };
    const owner = { roles: [], clusters: ['fusion'], country: 'JP' };
    expect(postQuery({ ...post, visibility: 'public' }, owner)).toMatchObject({
      clusters: ['fusion'],
      country: 'JP',
    });
    expect(postQuery({ ...post, visibility: 'anonymous' }, owner)).toMatchObject({
      clusters: [],
      country: null,
    });
    expect(postDoc({ ...post, visibility: 'public' }, owner).country).toBe('JP');
    expect(postDoc({ ...post, visibility: 'anonymous' }, owner).country).toBeNull();
  });

  it('names a term once when the code’s label says it already', () => {
    const index = build([
      doc({ id: 't', title: ['トカマク装置の部品'], technologies: ['DEV.tokamak'] }),
      doc({ id: 'x', title: ['Other'], technologies: ['CRY'] }),
    ]);
    const [r] = index.match(need({ body: ['トカマクの部品を作れる会社'] }), { types: ['seed'] });
    const shown = r!.signals.text.terms.map((t) => (t.en ?? t.text).toLowerCase());
    expect(shown.filter((t) => t === 'tokamak')).toHaveLength(1);
  });
});
