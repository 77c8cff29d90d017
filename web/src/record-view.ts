// One analysed article: the highlighted text beside lists of what was found in it. Used by the
// article page and by the "analyse a text" page.
import type { AnalysisRecord, Entity } from '../../src/record.js';
import { QUAD_LABELS, ROOT_LABELS } from './cameo.js';
import { h, route } from './dom.js';
import {
  attachInteractions,
  entityType,
  flash,
  kindLabel,
  legend,
  renderText,
  speakerType,
} from './highlight.js';

/** Where an entity leads: a person to their quotations, a country or body to its events. */
function entityLink(e: Entity): HTMLElement | null {
  if (e.type === 'PER')
    return h(
      'a',
      {
        href: route('/speaker', { name: e.name }),
        class: 'chip-link',
        'aria-label': `citations de ${e.name}`,
      },
      '→',
    );
  const actor = e.type === 'LOC' ? e.country : e.type === 'ORG' ? (e.country ?? e.name) : null;
  if (!actor) return null;
  return h(
    'a',
    { href: route('/actors', { a: actor }), class: 'chip-link', 'aria-label': `événements de ${e.name}` },
    '→',
  );
}

export function recordView(record: AnalysisRecord, options: { linkSpeakers: boolean }): HTMLElement {
  const textEl = renderText(record);
  const reading = h('section', { class: 'reading' });
  reading.append(legend(reading), textEl);
  attachInteractions(reading, textEl, record, options);
  const sel = (attr: string, id: string) => `[data-${attr}~="${CSS.escape(id)}"]`;

  const quotes = h(
    'section',
    { class: 'panel', 'aria-label': 'Citations' },
    h('h2', null, `Citations (${record.quotes.length})`),
    record.quotes.length
      ? h(
          'ol',
          { class: 'quote-list' },
          record.quotes.map((q) =>
            h(
              'li',
              { class: `quote-item q-${q.kind}` },
              h(
                'button',
                {
                  type: 'button',
                  class: 'linklike quote-text',
                  onclick: () => flash(textEl, sel('q', q.id)),
                },
                `« ${q.text} »`,
              ),
              h(
                'div',
                { class: 'quote-meta' },
                q.speaker
                  ? options.linkSpeakers && q.speaker.type !== 'anonymous'
                    ? h(
                        'a',
                        { href: route('/speaker', { name: q.speaker.name }), class: 'speaker-link' },
                        q.speaker.name,
                      )
                    : h('span', { class: 'speaker-name' }, q.speaker.name)
                  : h('span', { class: 'muted' }, 'locuteur inconnu'),
                q.speaker ? h('span', { class: 'muted' }, ` · ${speakerType(q.speaker.type)}`) : null,
                h('span', { class: 'muted' }, ` · ${kindLabel(q.kind)}`),
                q.cue ? h('span', { class: 'muted' }, ` · ${q.cue.text}`) : null,
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Aucune citation trouvée.'),
  );

  const byType = new Map<string, typeof record.entities>();
  for (const e of record.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const entities = h(
    'section',
    { class: 'panel', 'aria-label': 'Entités' },
    h('h2', null, `Entités (${record.entities.length})`),
    record.entities.length
      ? [...byType].map(([type, list]) =>
          h(
            'div',
            { class: 'entity-group' },
            h('h3', null, entityType(type)),
            h(
              'ul',
              { class: 'chips' },
              list.map((e) =>
                h(
                  'li',
                  null,
                  h(
                    'button',
                    {
                      type: 'button',
                      class: `chip ent ent-${e.type}`,
                      title: [e.role, e.country].filter(Boolean).join(' · ') || null,
                      onclick: () => flash(textEl, sel('e', e.id)),
                    },
                    e.name,
                    e.mentions.length > 1 ? h('span', { class: 'count' }, String(e.mentions.length)) : null,
                  ),
                  options.linkSpeakers ? entityLink(e) : null,
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Aucune entité trouvée.'),
  );

  const events = h(
    'section',
    { class: 'panel', 'aria-label': 'Événements' },
    h('h2', null, `Événements (${record.events.length})`),
    record.events.length
      ? h(
          'ul',
          { class: 'event-list' },
          record.events.map((v) =>
            h(
              'li',
              { class: `event-item quad-${v.quadClass}` },
              h(
                'button',
                { type: 'button', class: 'linklike', onclick: () => flash(textEl, sel('v', v.id)) },
                h('span', { class: 'code' }, v.code),
                ` ${ROOT_LABELS[v.root] ?? v.root}`,
              ),
              h(
                'div',
                { class: 'muted' },
                `${v.source?.name ?? '?'} → ${v.target?.name ?? '—'}`,
                v.date ? ` · ${v.date}` : '',
                ` · ${QUAD_LABELS[v.quadClass] ?? ''}`,
                v.modality !== 'asserted' ? ` · ${v.modality}` : '',
                v.negated ? ' · nié' : '',
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Aucun événement trouvé.'),
  );

  const dates = record.dates?.length
    ? h(
        'section',
        { class: 'panel', 'aria-label': 'Dates' },
        h('h2', null, `Dates (${record.dates.length})`),
        h(
          'ul',
          { class: 'chips' },
          record.dates.map((d, i) =>
            h(
              'li',
              null,
              h(
                'button',
                { type: 'button', class: 'chip date', onclick: () => flash(textEl, sel('d', 'd' + i)) },
                d.text,
                d.value ? h('span', { class: 'count' }, d.value) : null,
              ),
            ),
          ),
        ),
      )
    : null;

  return h(
    'div',
    { class: 'record' },
    reading,
    h('aside', { class: 'side' }, quotes, entities, events, dates),
  );
}
