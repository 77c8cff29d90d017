// HTML page → plain article text (title line + one paragraph per line), the form `analyze` reads.
// Readability drops navigation, asides and scripts; block elements become lines, so offsets in the
// record refer to this extracted text, which the record carries.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string | null;
  text: string;
  byline: string | null;
  published: string | null;
  siteName: string | null;
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'FIGCAPTION',
]);

/** The little of the DOM this module walks (the project compiles without DOM typings). */
interface El {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<El>;
  querySelector(sel: string): El | null;
}

const squash = (s: string) => s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();

function blockLines(root: El): string[] {
  const lines: string[] = [];
  const walk = (el: El) => {
    for (const child of Array.from(el.children)) {
      if (BLOCKS.has(child.tagName.toUpperCase()) && !child.querySelector('p, li, blockquote')) {
        const line = squash(child.textContent ?? '');
        if (line) lines.push(line);
      } else walk(child);
    }
  };
  walk(root);
  if (lines.length === 0) {
    const all = squash(root.textContent ?? '');
    if (all) lines.push(all);
  }
  return lines;
}

/** Extracts the readable article from an HTML page; throws when nothing readable is left. */
export function htmlToArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(
    html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  const fallbackTitle = squash(document.querySelector('title')?.textContent ?? '') || null;
  const parsed = new Readability(document as never).parse();
  let lines: string[];
  let title: string | null;
  if (parsed?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    lines = blockLines(inner.body as unknown as El);
    title = squash(parsed.title ?? '') || fallbackTitle;
  } else {
    const { document: again } = parseHTML(html);
    for (const el of Array.from(again.querySelectorAll('script, style, noscript, template')) as {
      remove(): void;
    }[])
      el.remove();
    lines = blockLines(again.body as unknown as El);
    title = fallbackTitle;
  }
  if (title && lines[0] === title) lines.shift();
  if (lines.length === 0) throw new Error('no readable text in the HTML');
  const text = (title ? [title, ...lines] : lines).join('\n');
  return {
    title,
    text,
    byline: parsed?.byline ?? null,
    published: parsed?.publishedTime ?? null,
    siteName: parsed?.siteName ?? null,
  };
}
