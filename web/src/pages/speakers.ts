// Who is quoted: speakers ranked by quotations, and the share of quotations by gender.
import { api } from '../api.js';
import { fmtInt, fmtPct, h, pager, route } from '../dom.js';
import { speakerType } from '../highlight.js';
import type { PageContext } from '../main.js';

const LIMIT = 25;
const TYPES = ['', 'person', 'organization', 'anonymous'];

export function genderBar(share: { male: number; female: number; unknown: number }): HTMLElement {
  const total = share.male + share.female + share.unknown || 1;
  const part = (cls: string, n: number, label: string) => {
    const el = h('span', { class: `gbar-${cls}`, title: `${label} : ${fmtInt(n)}` });
    el.style.flexGrow = String(n);
    return n ? el : null;
  };
  return h(
    'figure',
    { class: 'gender' },
    h('div', { class: 'gbar', role: 'img', 'aria-label': 'part des citations par genre' }, [
      part('female', share.female, 'femmes'),
      part('male', share.male, 'hommes'),
      part('unknown', share.unknown, 'inconnu'),
    ]),
    h(
      'figcaption',
      null,
      h('span', { class: 'key gbar-female' }),
      ` femmes ${fmtPct(share.female / total)} (${fmtInt(share.female)}) `,
      h('span', { class: 'key gbar-male' }),
      ` hommes ${fmtPct(share.male / total)} (${fmtInt(share.male)}) `,
      h('span', { class: 'key gbar-unknown' }),
      ` inconnu ${fmtPct(share.unknown / total)} (${fmtInt(share.unknown)})`,
    ),
  );
}

export async function speakersPage({ params }: PageContext): Promise<HTMLElement> {
  const type = TYPES.includes(params.get('type') ?? '') ? (params.get('type') ?? '') : '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const data = await api.speakers({ type, limit: LIMIT, offset });
  const select = h(
    'select',
    { name: 'type', 'aria-label': 'Type de locuteur' },
    TYPES.map((t) => h('option', { value: t, selected: t === type }, t ? speakerType(t) : 'tous les types')),
  );
  select.addEventListener('change', () => (location.hash = route('/speakers', { type: select.value })));
  return h(
    'section',
    { class: 'page-speakers' },
    h('h1', null, 'Locuteurs'),
    h('h2', null, 'Part des citations par genre (personnes)'),
    genderBar(data.genderShare),
    h('div', { class: 'row' }, select),
    h(
      'table',
      { class: 'table speakers' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', null, 'Locuteur'),
          h('th', null, 'Type'),
          h('th', { class: 'num' }, 'Citations'),
          h('th', { class: 'num' }, 'Articles'),
        ),
      ),
      h(
        'tbody',
        null,
        data.items.map((s) =>
          h(
            'tr',
            null,
            h(
              'td',
              null,
              h('a', { href: route('/speaker', { name: s.name }), class: 'speaker-link' }, s.name),
            ),
            h(
              'td',
              null,
              speakerType(s.type),
              s.gender ? ` · ${s.gender === 'female' ? 'femme' : 'homme'}` : '',
            ),
            h('td', { class: 'num' }, fmtInt(s.quotes)),
            h('td', { class: 'num' }, fmtInt(s.articles)),
          ),
        ),
      ),
    ),
    data.items.length ? null : h('p', { class: 'muted' }, 'Aucun locuteur.'),
    data.total > LIMIT
      ? pager(data.total, offset, LIMIT, (o) => (location.hash = route('/speakers', { type, offset: o })))
      : null,
  );
}
