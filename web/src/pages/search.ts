// Full-text search over articles (accent- and case-insensitive), with date and outlet filters,
// plus the quotations that contain the words.
import { api } from '../api.js';
import { fmtDate, fmtInt, h, pager, route } from '../dom.js';
import type { PageContext } from '../main.js';
import { quoteList } from '../quote-list.js';
import { snippet } from '../snippet.js';

const LIMIT = 10;

export async function searchPage({ params }: PageContext): Promise<HTMLElement> {
  const q = params.get('q') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const outlet = params.get('outlet') ?? '';
  const originals = params.get('originals') === '1' ? '1' : '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const go = (over: Record<string, string | number>) =>
    (location.hash = route('/search', { q, from, to, outlet, originals, offset: 0, ...over }));

  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'Mots, noms, lieux…',
    'aria-label': 'Rechercher',
  });
  const fromI = h('input', { type: 'date', name: 'from', value: from, 'aria-label': 'Depuis' });
  const toI = h('input', { type: 'date', name: 'to', value: to, 'aria-label': "Jusqu'au" });
  const outletI = h('input', {
    type: 'text',
    name: 'outlet',
    value: outlet,
    placeholder: 'Média',
    'aria-label': 'Média',
  });
  const originalsI = h('input', { type: 'checkbox', name: 'originals', checked: originals === '1' });
  const form = h(
    'form',
    { class: 'search-form', role: 'search' },
    input,
    h(
      'div',
      { class: 'row' },
      h('label', null, 'du ', fromI),
      h('label', null, 'au ', toI),
      outletI,
      h(
        'label',
        { title: 'laisser de côté les reprises (quasi-doublons)' },
        originalsI,
        ' sans les reprises',
      ),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Rechercher'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go({
      q: input.value.trim(),
      from: fromI.value,
      to: toI.value,
      outlet: outletI.value.trim(),
      originals: originalsI.checked ? '1' : '',
    });
  });

  const filters = { from, to, outlet, ...(originals ? { originalsOnly: true } : {}) };
  const [hits, quotes] = await Promise.all([
    api.search({ q, ...filters, limit: LIMIT, offset }),
    q ? api.quotes({ about: q, ...filters, limit: 5 }) : Promise.resolve(null),
  ]);
  const results = h(
    'section',
    { class: 'results' },
    h('h2', null, q ? `${fmtInt(hits.total)} article(s) pour « ${q} »` : `${fmtInt(hits.total)} article(s)`),
    h(
      'ol',
      { class: 'hits' },
      hits.items.map((a) =>
        h(
          'li',
          { class: 'hit' },
          h('a', { href: route(`/article/${a.id}`), class: 'hit-title' }, a.title ?? `Article ${a.id}`),
          h(
            'div',
            { class: 'muted' },
            [
              a.outlet,
              fmtDate(a.published),
              a.language && a.language !== 'fr' ? a.language.toUpperCase() : null,
              a.duplicateOf !== null ? 'reprise' : null,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
          a.snippet ? snippet(a.snippet) : null,
        ),
      ),
    ),
    hits.total > LIMIT ? pager(hits.total, offset, LIMIT, (o) => go({ offset: o })) : null,
  );
  const quoteSection = quotes?.total
    ? h(
        'section',
        { class: 'results' },
        h('h2', null, `Citations contenant « ${q} » (${fmtInt(quotes.total)})`),
        quoteList(quotes.items, { showSpeaker: true }),
      )
    : null;
  return h('section', { class: 'page-search' }, h('h1', null, 'Recherche'), form, results, quoteSection);
}
