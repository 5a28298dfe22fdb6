// An Atom (RFC 4287) document: a few lines of XML rather than a library, since feeds here carry plain-text
// entries only. The public face's feed and the bulletins' per-tag feeds both write through this.

export const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  updated: Date;
  summary: string;
  author: string;
  categories?: string[];
};

function entryXml(e: AtomEntry) {
  return [
    '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" href="${escapeXml(e.link)}"/>`,
    `    <updated>${e.updated.toISOString()}</updated>`,
    `    <author><name>${escapeXml(e.author)}</name></author>`,
    ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
    `    <summary type="text">${escapeXml(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The feed document, entries as given (newest first); `updated` is the newest entry's time. */
export function atomDocument(
  feed: { id: string; title: string; self: string; alternate: string },
  entries: AtomEntry[],
) {
  const updated = entries[0]?.updated ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" href="${escapeXml(feed.alternate)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
