// Everything one speaker said across the corpus.
import { api } from '../api.js';
import { fmtInt, h, pager, route } from '../dom.js';
import type { PageContext } from '../main.js';
import { quoteList } from '../quote-list.js';

const LIMIT = 20;

export async function speakerPage({ params }: PageContext): Promise<HTMLElement> {
  const name = params.get('name') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  if (!name) return h('p', null, h('a', { href: '#/speakers' }, 'Choisir un locuteur'));
  const [quotes, mentions] = await Promise.all([
    api.quotes({ speaker: name, limit: LIMIT, offset }),
    api.entities({ name, limit: 1 }),
  ]);
  const who = mentions.items[0];
  return h(
    'section',
    { class: 'page-speaker' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/speakers' }, 'Locuteurs'), ' › '),
    h('h1', null, quotes.items[0]?.actor ?? who?.actor ?? name),
    who
      ? h(
          'p',
          { class: 'muted' },
          [who.role, who.country, who.gender === 'female' ? 'femme' : who.gender === 'male' ? 'homme' : null]
            .filter(Boolean)
            .join(' · '),
        )
      : null,
    h('h2', null, `${fmtInt(quotes.total)} citation(s)`),
    quoteList(quotes.items, { showSpeaker: false }),
    quotes.total > LIMIT
      ? pager(quotes.total, offset, LIMIT, (o) => (location.hash = route('/speaker', { name, offset: o })))
      : null,
  );
}
