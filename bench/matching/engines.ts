// The three engines behind one interface: ours, MiniSearch and Orama, each configured as well as we know
// how for mixed Japanese and English text (see docs/operations.md for the settings and why).

import { create, insertMultiple, search } from '@orama/orama';
import MiniSearch from 'minisearch';
import {
  type CodeNote,
  createMatchIndex,
  type MatchDoc,
  type MatchQuery,
} from '../../src/core/matching/index.ts';
import {
  CONCEPT_PREFIX,
  createLexicon,
  isContentToken,
  SYNONYM_PREFIX,
} from '../../src/core/matching/lexicon.ts';
import { type GlossaryEntry, tokenizeQuery } from '../../src/core/text/index.ts';

export type Query = { query: MatchQuery; text: string; excludeOrganizationId: string };
export type Engine = {
  name: string;
  build(docs: readonly MatchDoc[]): Promise<void>;
  search(q: Query, limit: number): Promise<string[]>;
};

/**
 * The tokenizer the others get: the one our engine uses (NFKC, Latin words, CJK bigrams split at
 * particles, stop words and bare hiragana dropped). Their own defaults find nothing in Japanese.
 */
export const sharedTokenize = (text: string) => tokenizeQuery(text).filter(isContentToken);

/** Glossary expansion for engines that take a string: every spelling of every glossary entry found. */
export function glossaryExpander(
  glossary: readonly GlossaryEntry[],
  synonyms: readonly GlossaryEntry[] = [],
) {
  const lexicon = createLexicon(glossary, synonyms);
  const entries = [...glossary, ...synonyms];
  return (text: string) => {
    const extra: string[] = [];
    for (const term of lexicon.analyze([], [text]).counts.keys()) {
      if (!term.startsWith(CONCEPT_PREFIX) && !term.startsWith(SYNONYM_PREFIX)) continue;
      const entry = entries[Number(term.slice(1))]!;
      extra.push(...entry.ja, ...entry.en);
    }
    return [text, ...extra].join(' ');
  };
}

const joined = (texts: ReadonlyArray<string | undefined>) => texts.filter(Boolean).join(' ');

export function ourEngine(
  glossary: readonly GlossaryEntry[],
  mode: 'full' | 'text',
  synonyms: readonly GlossaryEntry[] = [],
  codeNotes: readonly CodeNote[] = [],
): Engine {
  // The text-only row reads no codes, the need's or those its words name.
  const options = { glossary, synonyms, codeNotes: mode === 'full' ? codeNotes : [] };
  let index = createMatchIndex(options);
  return {
    name: mode === 'full' ? 'engine (all signals)' : 'engine (text only)',
    async build(docs) {
      index = createMatchIndex(options);
      for (const d of docs) index.upsert(d);
    },
    async search(q, limit) {
      const query: MatchQuery =
        mode === 'full' ? q.query : { title: q.query.title, body: q.query.body, technologies: [] };
      return index
        .match(query, {
          types: ['organization', 'seed'],
          limit,
          excludeOrganizationIds: [q.excludeOrganizationId],
        })
        .map((r) => r.id);
    },
  };
}

type Flat = { id: string; title: string; body: string; organizationId: string };
const flatten = (d: MatchDoc): Flat => ({
  id: d.id,
  title: joined(d.title),
  body: joined(d.body),
  organizationId: d.organizationId,
});

/** MiniSearch: shared tokenizer on both sides, BM25+ as shipped, title boosted ×2, OR, no fuzzy or prefix. */
export function miniSearchEngine(expand: (text: string) => string): Engine {
  let ms: MiniSearch<Flat>;
  const owner = new Map<string, string>();
  return {
    name: 'MiniSearch 7',
    async build(docs) {
      ms = new MiniSearch<Flat>({
        fields: ['title', 'body'],
        storeFields: [],
        tokenize: sharedTokenize,
        processTerm: (term) => term,
        searchOptions: { boost: { title: 2 }, combineWith: 'OR', prefix: false, fuzzy: false },
      });
      owner.clear();
      for (const d of docs) owner.set(d.id, d.organizationId);
      ms.addAll(docs.map(flatten));
    },
    async search(q, limit) {
      const hits = ms.search(expand(q.text));
      const out: string[] = [];
      for (const h of hits) {
        if (owner.get(h.id as string) === q.excludeOrganizationId) continue;
        out.push(h.id as string);
        if (out.length === limit) break;
      }
      return out;
    },
  };
}

/** Orama: the shared tokenizer as its tokenizer component, BM25, title boosted ×2, threshold 1 (any term). */
export function oramaEngine(expand: (text: string) => string): Engine {
  const makeDb = () =>
    create({
      schema: { title: 'string', body: 'string', organizationId: 'string' } as const,
      components: {
        tokenizer: {
          language: 'japanese',
          normalizationCache: new Map(),
          tokenize: (raw: string) => sharedTokenize(raw),
        },
      },
    });
  let db = makeDb();
  return {
    name: 'Orama 3',
    async build(docs) {
      db = makeDb();
      await insertMultiple(db, docs.map(flatten), 2000);
    },
    async search(q, limit) {
      const result = await search(db, {
        term: expand(q.text),
        properties: ['title', 'body'],
        boost: { title: 2 },
        threshold: 1,
        limit: limit + 20,
      });
      return result.hits
        .filter((h) => h.document.organizationId !== q.excludeOrganizationId)
        .slice(0, limit)
        .map((h) => h.id);
    },
  };
}
