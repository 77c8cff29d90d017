// The front page: what the corpus holds, the latest articles, who speaks most, who acts most.
import { api } from '../api.js';
import { actorLabel } from '../countries.js';
import { fmtDate, fmtInt, h, route } from '../dom.js';
import { genderBar } from './speakers.js';

export async function homePage(): Promise<HTMLElement> {
  const [stats, latest, speakers, actors] = await Promise.all([
    api.stats(),
    api.search({ limit: 8 }),
    api.speakers({ limit: 8 }),
    api.topActors({ limit: 8 }),
  ]);
  const input = h('input', {
    type: 'search',
    name: 'q',
    placeholder: 'Rechercher dans le corpus…',
    'aria-label': 'Rechercher',
  });
  const form = h(
    'form',
    { class: 'search-form home-search', role: 'search' },
    input,
    h('button', { type: 'submit', class: 'primary' }, 'Rechercher'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = route('/search', { q: input.value.trim() });
  });
  const stat = (n: number, label: string) =>
    h('div', { class: 'stat' }, h('strong', null, fmtInt(n)), h('span', null, label));
  return h(
    'section',
    { class: 'page-home' },
    h('h1', null, 'Corpus'),
    h(
      'div',
      { class: 'stats' },
      stat(stats.articles, 'articles'),
      stat(stats.quotes, 'citations'),
      stat(stats.entities, 'entités'),
      stat(stats.events, 'événements'),
    ),
    form,
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        { class: 'panel' },
        h('h2', null, 'Articles'),
        h(
          'ol',
          { class: 'hits compact' },
          latest.items.map((a) =>
            h(
              'li',
              null,
              h('a', { href: route(`/article/${a.id}`) }, a.title ?? `Article ${a.id}`),
              h('span', { class: 'muted' }, ` · ${fmtDate(a.published)}`),
            ),
          ),
        ),
        h('p', null, h('a', { href: '#/search' }, 'Tous les articles →')),
      ),
      h(
        'section',
        { class: 'panel' },
        h('h2', null, 'Locuteurs les plus cités'),
        genderBar(speakers.genderShare),
        h(
          'ol',
          { class: 'ranked' },
          speakers.items.map((s) =>
            h(
              'li',
              null,
              h('a', { href: route('/speaker', { name: s.name }), class: 'speaker-link' }, s.name),
              h('span', { class: 'muted' }, ` · ${fmtInt(s.quotes)}`),
            ),
          ),
        ),
        h('p', null, h('a', { href: '#/speakers' }, 'Tous les locuteurs →')),
      ),
      h(
        'section',
        { class: 'panel' },
        h('h2', null, 'Acteurs les plus actifs'),
        h(
          'ol',
          { class: 'ranked' },
          actors.items.map((a) =>
            h(
              'li',
              null,
              h('a', { href: route('/actors', { a: a.country ?? a.name }) }, actorLabel(a)),
              h('span', { class: 'muted' }, ` · ${fmtInt(a.events)} év.`),
            ),
          ),
        ),
        h('p', null, h('a', { href: '#/actors' }, 'Acteurs et dyades →')),
      ),
    ),
  );
}
