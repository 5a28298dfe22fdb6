import type { LocalizedText } from '../../db/schema/directory.ts';
import { atomDocument } from '../../lib/atom.ts';
import type { publicBulletinRows } from './bulletins.queries.ts';

// The Atom feed of one tag: public bulletins only (the query selects them), both languages in each entry.

type Rows = Awaited<ReturnType<typeof publicBulletinRows>>;
const both = (t: LocalizedText) => [t.ja, t.en].filter(Boolean).join(' / ');

export function bulletinsAtom(rows: Rows, base: string, tag: string | undefined) {
  const query = tag ? `?tag=${encodeURIComponent(tag)}` : '';
  return atomDocument(
    {
      id: `${base}/bulletins${query}`,
      title: `Fusion Cluster Hub — 情報共有ノート / Bulletins${tag ? ` (${tag})` : ''}`,
      self: `${base}/api/bulletins/feed.atom${query}`,
      alternate: `${base}/bulletins${query}`,
    },
    rows.map(({ bulletin: b, authorName }) => ({
      id: `${base}/bulletins#${b.id}@${b.version}`,
      title: both(b.title),
      link: `${base}/bulletins#b-${b.id}`,
      updated: b.updatedAt > b.publishedAt ? b.updatedAt : b.publishedAt,
      summary: both(b.body),
      author: authorName ? both(authorName) : 'Fusion Cluster Hub',
      categories: b.tags,
    })),
  );
}
