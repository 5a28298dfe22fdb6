import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Coordinators write explainer pages in Markdown; residents read them. The HTML is rendered here on the server
// and passed through an allow-list sanitiser, so what the page shows cannot run anything: no script, iframe,
// style or event-handler attribute survives, and links and images keep only http(s) (links also mailto) URLs.
// Images are by URL only: nothing is uploaded in this part.

const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], th: ['align'], td: ['align'] },
  allowedSchemes: ['https', 'http'],
  allowedSchemesByTag: { a: ['https', 'http', 'mailto'], img: ['https', 'http'] },
  allowProtocolRelative: false,
  // Everything else is dropped with its content (a <script>'s text must not show up as prose either).
  disallowedTagsMode: 'discard',
  transformTags: {
    // Links leave the site: the opened page gets no handle on this one.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
  },
};
allowed.allowedAttributes = { ...allowed.allowedAttributes, a: ['href', 'title', 'rel'] };

/** Markdown to HTML that is safe to insert into a page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, allowed);
}
