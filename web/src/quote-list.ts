// A list of stored quotations (speaker page, search page), each linking to its article.
import type { QuoteRow } from './api.js';
import { fmtDate, h, route } from './dom.js';
import { kindLabel } from './highlight.js';

export function quoteList(rows: QuoteRow[], options: { showSpeaker: boolean }): HTMLElement {
  if (!rows.length) return h('p', { class: 'muted' }, 'Aucune citation.');
  return h(
    'ol',
    { class: 'quote-list corpus-quotes' },
    rows.map((r) =>
      h(
        'li',
        { class: `quote-item q-${r.kind}` },
        h('blockquote', null, `« ${r.text} »`),
        h(
          'div',
          { class: 'quote-meta' },
          options.showSpeaker
            ? r.speaker && r.speakerType !== 'anonymous'
              ? h(
                  'a',
                  { href: route('/speaker', { name: r.actor ?? r.speaker }), class: 'speaker-link' },
                  r.actor ?? r.speaker,
                )
              : h('span', { class: 'speaker-name' }, r.speaker ?? 'locuteur inconnu')
            : null,
          options.showSpeaker ? ' · ' : null,
          h('span', { class: 'muted' }, `${kindLabel(r.kind)}${r.cue ? ' · ' + r.cue : ''} · `),
          h('a', { href: route(`/article/${r.articleId}`) }, r.title ?? `article ${r.articleId}`),
          r.published ? h('span', { class: 'muted' }, ` · ${fmtDate(r.published)}`) : null,
        ),
      ),
    ),
  );
}
