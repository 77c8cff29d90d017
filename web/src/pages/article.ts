// One stored article with its analysis record, highlighted.
import { api } from '../api.js';
import { fmtDate, h, isWebUrl, route } from '../dom.js';
import { recordView } from '../record-view.js';

export async function articlePage({ rest }: { rest: string }): Promise<HTMLElement> {
  const a = await api.article(rest);
  const header = h(
    'header',
    { class: 'article-head' },
    h('h1', null, a.title ?? a.record?.title ?? `Article ${a.id}`),
    h(
      'p',
      { class: 'muted' },
      [a.outlet, fmtDate(a.published), a.author].filter(Boolean).join(' · '),
      isWebUrl(a.url)
        ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source')]
        : null,
      ' · ',
      h('a', { href: `/api/articles/${encodeURIComponent(a.id)}`, class: 'json-link' }, 'JSON'),
      a.duplicateOf !== null
        ? [
            ' · reprise de ',
            h('a', { href: route(`/article/${a.duplicateOf}`) }, `l'article ${a.duplicateOf}`),
          ]
        : null,
    ),
  );
  if (!a.record)
    return h(
      'article',
      { class: 'page-article' },
      header,
      h('p', { class: 'muted' }, "Cet article n'a pas été analysé."),
      h('pre', { class: 'plain' }, a.text),
    );
  return h('article', { class: 'page-article' }, header, recordView(a.record, { linkSpeakers: true }));
}
