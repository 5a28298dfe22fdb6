import type { LocalizedText } from '../../db/schema/directory.ts';
import { type AtomEntry, atomDocument } from '../../lib/atom.ts';
import type { feedRows } from './public.queries.ts';

// The Atom feed of new answers and explainer updates. A few lines of XML rather than a library: the feed has
// two kinds of entry and plain-text content. Only what the public pages show goes in: the question, the
// answer, the answering organisation; never an e-mail address or the asker's contact.

type Rows = Awaited<ReturnType<typeof feedRows>>;

const both = (t: LocalizedText) => [t.ja, t.en].filter(Boolean).join(' / ');

/** The feed document; `base` is the site's public URL, entries newest first, at most `limit`. */
export function atomFeed(rows: Rows, base: string, limit: number) {
  const entries: AtomEntry[] = [
    ...rows.answers.map(({ q, org }) => ({
      id: `${base}/questions#q-${q.id}@${q.answeredAt!.toISOString()}`,
      title: q.question.length > 120 ? `${q.question.slice(0, 120)}…` : q.question,
      link: `${base}/questions#q-${q.id}`,
      updated: q.answeredAt!,
      summary: both(q.answer ?? {}),
      author: both(org.name),
    })),
    ...rows.pages.map((p) => ({
      id: `${base}/explainers/${p.slug}@${p.version}`,
      title: both(p.title),
      link: `${base}/explainers/${p.slug}`,
      updated: p.updatedAt,
      summary: both(p.summary),
      author: 'Fusion Cluster Hub',
    })),
  ]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime())
    .slice(0, limit);
  return atomDocument(
    {
      id: `${base}/public`,
      title: 'Fusion Cluster Hub — 回答と解説 / Answers and explainers',
      self: `${base}/api/public/feed.atom`,
      alternate: `${base}/public`,
    },
    entries,
  );
}
