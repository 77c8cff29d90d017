// Stand-off rendering: the article text is cut at every span boundary and each piece becomes a
// text node, wrapped in a <span> carrying the annotations that cover it. The text itself is never
// parsed as markup. Hovering a quotation lights up its speaker and cue and shows who said it;
// clicking a person (or a quotation) leads to that speaker's quotations across the corpus.
import type { AnalysisRecord, Entity, Event, Quote } from '../../src/record.js';
import { ROOT_LABELS } from './cameo.js';
import { append, h, route } from './dom.js';

type Layer = 'quote' | 'cue' | 'speaker' | 'entity' | 'event' | 'date';

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  /** The annotation's id: quote, entity or event id (the date's index for dates). */
  id: string;
  cls: string;
}

export function marksOf(record: AnalysisRecord): Mark[] {
  const marks: Mark[] = [];
  const n = record.text.length;
  const add = (start: number, end: number, layer: Layer, id: string, cls: string) => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= n && start < end)
      marks.push({ start, end, layer, id, cls });
  };
  for (const e of record.entities ?? [])
    for (const m of e.mentions ?? []) add(m.start, m.end, 'entity', e.id, `ent ent-${e.type}`);
  for (const q of record.quotes ?? []) {
    add(q.start, q.end, 'quote', q.id, `q q-${q.kind}`);
    if (q.cue) add(q.cue.start, q.cue.end, 'cue', q.id, 'cue');
    if (q.speaker?.mention) add(q.speaker.mention.start, q.speaker.mention.end, 'speaker', q.id, 'spk');
  }
  for (const v of record.events ?? [])
    if (v.trigger) add(v.trigger.start, v.trigger.end, 'event', v.id, 'evt');
  for (const [i, d] of (record.dates ?? []).entries()) add(d.start, d.end, 'date', 'd' + i, 'date');
  return marks;
}

const DATA_ATTR: Record<Layer, string> = {
  quote: 'q',
  cue: 'cue',
  speaker: 'spk',
  entity: 'e',
  event: 'v',
  date: 'd',
};

/** The article text as a fragment of text nodes and annotated spans. */
export function renderText(record: AnalysisRecord): HTMLElement {
  const text = record.text;
  const marks = marksOf(record);
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const root = h('div', { class: 'article-text', lang: record.language || 'fr' });
  let open: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    open = open.filter((m) => m.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) {
      if (byStart[next]!.end > a) open.push(byStart[next]!);
      next++;
    }
    const piece = text.slice(a, b);
    if (open.length === 0) {
      root.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = h('span', { class: [...new Set(open.map((m) => m.cls))].join(' ') });
    const ids: Partial<Record<Layer, string[]>> = {};
    for (const m of open) (ids[m.layer] ??= []).push(m.id);
    for (const [layer, list] of Object.entries(ids) as [Layer, string[]][])
      span.dataset[DATA_ATTR[layer]] = list.join(' ');
    span.textContent = piece;
    // Each quotation's first piece takes keyboard focus: focus shows the card, Enter follows it.
    if (open.some((m) => m.layer === 'quote' && m.start === a)) span.tabIndex = 0;
    root.appendChild(span);
  }
  return root;
}

export function speakerLabel(q: Quote): string {
  if (!q.speaker) return 'locuteur inconnu';
  return q.speaker.name;
}

const KIND_FR: Record<string, string> = { direct: 'directe', indirect: 'indirecte', mixed: 'mixte' };
export const kindLabel = (k: string) => KIND_FR[k] ?? k;

/** Wires hover and click behaviour on a rendered article; returns a function that removes it. */
export function attachInteractions(
  container: HTMLElement,
  textEl: HTMLElement,
  record: AnalysisRecord,
  options: { linkSpeakers: boolean },
): void {
  const quotes = new Map(record.quotes.map((q) => [q.id, q]));
  const entities = new Map(record.entities.map((e) => [e.id, e]));
  const events = new Map(record.events.map((v) => [v.id, v]));
  const card = h('div', { class: 'hovercard', role: 'tooltip', hidden: true });
  container.appendChild(card);
  let lit: Element[] = [];

  const fill = (...parts: Parameters<typeof append>[1]) => {
    card.replaceChildren();
    append(card, parts);
  };
  const unlight = () => {
    for (const el of lit) el.classList.remove('lit');
    lit = [];
    card.hidden = true;
  };
  const light = (selector: string) => {
    for (const el of textEl.querySelectorAll(selector)) {
      el.classList.add('lit');
      lit.push(el);
    }
  };
  const place = (target: Element) => {
    const r = target.getBoundingClientRect();
    const c = container.getBoundingClientRect();
    card.hidden = false;
    const width = Math.min(360, c.width - 16);
    card.style.maxWidth = width + 'px';
    const left = Math.max(8, Math.min(r.left - c.left, c.width - width - 8));
    card.style.left = left + 'px';
    card.style.top = r.bottom - c.top + 6 + 'px';
  };

  const showQuote = (q: Quote, target: Element) => {
    unlight();
    light(
      `[data-q~="${CSS.escape(q.id)}"], [data-cue~="${CSS.escape(q.id)}"], [data-spk~="${CSS.escape(q.id)}"]`,
    );
    if (q.speaker?.entity) light(`[data-e~="${CSS.escape(q.speaker.entity)}"]`);
    fill(
      h('strong', null, speakerLabel(q)),
      q.speaker ? h('span', { class: 'muted' }, ` · ${speakerType(q.speaker.type)}`) : null,
      h('br'),
      `Citation ${kindLabel(q.kind)}`,
      q.cue ? [' · verbe : ', h('em', null, q.cue.text), ` (${q.cue.lemma})`] : null,
      h('br'),
      h('span', { class: 'muted' }, `confiance ${Math.round((q.confidence ?? 0) * 100)} %`),
    );
    place(target);
  };
  const showEntity = (e: Entity, target: Element) => {
    unlight();
    light(`[data-e~="${CSS.escape(e.id)}"]`);
    fill(
      h('strong', null, e.name),
      h('span', { class: 'muted' }, ` · ${entityType(e.type)}`),
      e.role ? [h('br'), e.role] : null,
      e.country ? [h('br'), `pays : ${e.country}`] : null,
      e.gender ? [h('br'), e.gender === 'female' ? 'femme' : 'homme'] : null,
    );
    place(target);
  };
  const showEvent = (v: Event, target: Element) => {
    unlight();
    light(`[data-v~="${CSS.escape(v.id)}"]`);
    fill(
      h('strong', null, `${v.code} · ${ROOT_LABELS[v.root] ?? v.root}`),
      h('br'),
      `${v.source?.name ?? '?'} → ${v.target?.name ?? '—'}`,
      v.date ? [h('br'), `date : ${v.date}`] : null,
      v.modality && v.modality !== 'asserted' ? [h('br'), `modalité : ${v.modality}`] : null,
      v.negated ? [h('br'), 'nié'] : null,
    );
    place(target);
  };

  const first = (ids: string | undefined) => ids?.split(' ')[0];
  textEl.addEventListener('mouseover', (ev) => {
    const t = (ev.target as Element).closest(
      'span[data-q], span[data-spk], span[data-cue], span[data-e], span[data-v]',
    );
    if (!t || !(t instanceof HTMLElement)) return;
    const qid = first(t.dataset.q) ?? first(t.dataset.spk) ?? first(t.dataset.cue);
    const q = qid ? quotes.get(qid) : undefined;
    if (q) return showQuote(q, t);
    const e = entities.get(first(t.dataset.e) ?? '');
    if (e) return showEntity(e, t);
    const v = events.get(first(t.dataset.v) ?? '');
    if (v) return showEvent(v, t);
  });
  textEl.addEventListener('mouseleave', unlight);
  textEl.addEventListener('focusin', (ev) =>
    ev.target?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })),
  );
  textEl.addEventListener('focusout', unlight);
  /** The speaker page a piece leads to: a person's mention, or the speaker of a quotation. */
  const speakerOf = (t: HTMLElement, viaQuote: boolean): string | null => {
    const e = entities.get(first(t.dataset.e) ?? '');
    if (e?.type === 'PER') return e.name;
    const qid = first(t.dataset.spk) ?? (viaQuote ? first(t.dataset.q) : undefined);
    const q = qid ? quotes.get(qid) : undefined;
    return q?.speaker && q.speaker.type !== 'anonymous' ? q.speaker.name : null;
  };
  // Clicking a speaker (or a person) opens their quotations across the corpus; clicking the
  // quotation itself only shows its card, which is what a tap does on a touch screen.
  textEl.addEventListener('click', (ev) => {
    const t = (ev.target as Element).closest('span');
    if (!(t instanceof HTMLElement)) return;
    const name = options.linkSpeakers ? speakerOf(t, false) : null;
    if (name) location.hash = route('/speaker', { name });
    else t.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
  });
  textEl.addEventListener('keydown', (ev) => {
    if (!(ev.target instanceof HTMLElement)) return;
    if (ev.key === 'Escape') unlight();
    const name = ev.key === 'Enter' && options.linkSpeakers ? speakerOf(ev.target, true) : null;
    if (name) location.hash = route('/speaker', { name });
  });
}

export const speakerType = (t: string) =>
  ({ person: 'personne', organization: 'organisation', anonymous: 'source anonyme' })[t] ?? t;
export const entityType = (t: string) =>
  ({ PER: 'personne', ORG: 'organisation', LOC: 'lieu', MISC: 'divers' })[t] ?? t;

/** Scrolls the text to an annotation and flashes it. */
export function flash(textEl: HTMLElement, selector: string): void {
  const els = [...textEl.querySelectorAll(selector)];
  if (!els.length) return;
  els[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const el of els) {
    el.classList.remove('flash');
    void (el as HTMLElement).offsetWidth;
    el.classList.add('flash');
  }
}

/**
 * The legend doubles as layer switches: each button hides or shows one kind of highlight
 * (a class on `target` that the stylesheet reads), for reading dense articles.
 */
export function legend(target: HTMLElement): HTMLElement {
  const layers: [string, string, string][] = [
    ['q q-direct', 'citation directe', 'direct'],
    ['q q-indirect', 'indirecte', 'indirect'],
    ['q q-mixed', 'mixte', 'mixed'],
    ['spk', 'locuteur', 'spk'],
    ['cue', 'verbe introducteur', 'cue'],
    ['ent ent-PER', 'personne', 'PER'],
    ['ent ent-ORG', 'organisation', 'ORG'],
    ['ent ent-LOC', 'lieu', 'LOC'],
    ['evt', 'événement', 'evt'],
    ['date', 'date', 'date'],
  ];
  return h(
    'p',
    { class: 'legend', role: 'group', 'aria-label': 'Afficher ou masquer les annotations' },
    layers.map(([cls, label, layer]) => {
      const button = h('button', { type: 'button', class: `${cls} sample`, 'aria-pressed': 'true' }, label);
      button.addEventListener('click', () => {
        const hidden = target.classList.toggle(`hide-${layer}`);
        button.setAttribute('aria-pressed', String(!hidden));
      });
      return button;
    }),
  );
}
