// Actors and dyads: the most active actors, a timeline of events between two of them (by CAMEO
// root or QuadClass), the events themselves, and the network of who acts towards whom.
import { api } from '../api.js';
import { QUAD_LABELS, ROOT_LABELS } from '../cameo.js';
import { actorLabel } from '../countries.js';
import { fmtDate, fmtInt, h, route } from '../dom.js';
import { onLeave } from '../lifecycle.js';
import type { PageContext } from '../main.js';

export async function actorsPage({ params }: PageContext): Promise<HTMLElement> {
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const by = params.get('by') === 'quad' ? 'quad' : 'root';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const go = (over: Record<string, string>) =>
    (location.hash = route('/actors', { a, b, by, from, to, ...over }));

  const dyad = { source: a, target: b, from, to, both: true };
  const [actors, network, perDay, events] = await Promise.all([
    api.topActors({ limit: 20, from, to }),
    api.network({ from, to, limit: 24 }),
    a ? api.eventsPerDay(dyad) : Promise.resolve([]),
    a ? api.events({ ...dyad, limit: 50 }) : Promise.resolve(null),
  ]);

  const keyOf = (x: { country: string | null; name: string }) => x.country ?? x.name;
  const choices = actors.items.map((x) => ({
    key: keyOf(x),
    label: actorLabel(x, true),
  }));
  const picker = (name: string, value: string, placeholder: string) => {
    const sel = h(
      'select',
      { name, 'aria-label': placeholder },
      h('option', { value: '' }, placeholder),
      choices.map((c) => h('option', { value: c.key, selected: c.key === value }, c.label)),
      value && !choices.some((c) => c.key === value) ? h('option', { value, selected: true }, value) : null,
    );
    sel.addEventListener('change', () => go({ [name]: sel.value }));
    return sel;
  };
  const bySel = h(
    'select',
    { name: 'by', 'aria-label': 'Regrouper par' },
    h('option', { value: 'root', selected: by === 'root' }, 'par racine CAMEO'),
    h('option', { value: 'quad', selected: by === 'quad' }, 'par QuadClass'),
  );
  bySel.addEventListener('change', () => go({ by: bySel.value }));
  const dateInput = (name: 'from' | 'to', value: string, label: string) => {
    const input = h('input', { type: 'date', name, value, 'aria-label': label });
    input.addEventListener('change', () => go({ [name]: input.value }));
    return h('label', null, `${label} `, input);
  };

  const chartBox = h('div', { class: 'chart', id: 'dyad-chart' });
  const graphBox = h('div', { class: 'graph', id: 'actor-graph' });
  const page = h(
    'section',
    { class: 'page-actors' },
    h('h1', null, 'Acteurs'),
    h(
      'div',
      { class: 'columns two' },
      h(
        'section',
        { class: 'panel' },
        h('h2', null, 'Dyade'),
        h(
          'div',
          { class: 'row' },
          picker('a', a, 'Acteur A'),
          h('span', null, '⇄'),
          picker('b', b, 'Acteur B (tous)'),
          bySel,
          dateInput('from', from, 'du'),
          dateInput('to', to, 'au'),
        ),
        a
          ? perDay.length
            ? chartBox
            : h('p', { class: 'muted' }, 'Aucun événement pour cette dyade.')
          : h('p', { class: 'muted' }, 'Choisissez un acteur (ou cliquez sur le graphe).'),
        events?.items.length
          ? h(
              'table',
              { class: 'table events' },
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  h('th', null, 'Date'),
                  h('th', null, 'Source → cible'),
                  h('th', null, 'Événement'),
                  h('th', null, 'Article'),
                ),
              ),
              h(
                'tbody',
                null,
                events.items.map((v) =>
                  h(
                    'tr',
                    { class: `quad-${v.quadClass}` },
                    h('td', null, fmtDate(v.date)),
                    h(
                      'td',
                      null,
                      `${actorLabel({ name: v.sourceName, country: v.sourceCountry })} → ${v.targetName || v.targetCountry ? actorLabel({ name: v.targetName ?? '', country: v.targetCountry }) : '—'}`,
                    ),
                    h(
                      'td',
                      { title: QUAD_LABELS[v.quadClass] ?? '' },
                      h('span', { class: 'code' }, v.code),
                      ` ${ROOT_LABELS[v.root] ?? ''} · « ${v.trigger} »`,
                    ),
                    h(
                      'td',
                      null,
                      h('a', { href: route(`/article/${v.articleId}`) }, v.title ?? `article ${v.articleId}`),
                    ),
                  ),
                ),
              ),
            )
          : null,
      ),
      h(
        'section',
        { class: 'panel' },
        h('h2', null, 'Acteurs les plus actifs'),
        h(
          'table',
          { class: 'table actors' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              h('th', null, 'Acteur'),
              h('th', { class: 'num' }, 'Source'),
              h('th', { class: 'num' }, 'Cible'),
              h('th', { class: 'num' }, 'Événements'),
            ),
          ),
          h(
            'tbody',
            null,
            actors.items.map((x) =>
              h(
                'tr',
                null,
                h(
                  'td',
                  null,
                  h('a', { href: route('/actors', { a: keyOf(x), by }) }, actorLabel(x)),
                  x.country ? h('span', { class: 'muted' }, ` ${x.country}`) : null,
                ),
                h('td', { class: 'num' }, fmtInt(x.asSource)),
                h('td', { class: 'num' }, fmtInt(x.asTarget)),
                h('td', { class: 'num' }, fmtInt(x.events)),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h2', null, 'Réseau des acteurs'),
      network.nodes.length ? graphBox : h('p', { class: 'muted' }, 'Aucun événement entre acteurs.'),
      h(
        'p',
        { class: 'muted small' },
        'Épaisseur : nombre d’événements · vert : coopération · rouge : conflit. Cliquez un nœud ou un lien.',
      ),
    ),
  );
  // Charts need their boxes laid out, so they are drawn once the page is in the document.
  requestAnimationFrame(async () => {
    if (a && perDay.length && chartBox.isConnected) {
      const { timelineChart } = await import('../charts.js');
      if (chartBox.isConnected) {
        const c = timelineChart(chartBox, perDay, by);
        onLeave(() => c.dispose());
      }
    }
    if (network.nodes.length && graphBox.isConnected) {
      const { networkGraph } = await import('../graph.js');
      if (graphBox.isConnected) {
        const g = networkGraph(graphBox, network, (x, y) => go({ a: x, b: y ?? '' }));
        onLeave(() => g.dispose());
      }
    }
    graphBox.dataset.drawn = 'true';
    chartBox.dataset.drawn = 'true';
  });
  return page;
}
