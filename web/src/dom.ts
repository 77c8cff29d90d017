// Building DOM safely: text from articles only ever becomes text nodes (textContent), never
// markup. Links accept only in-app routes and http(s) URLs, so `javascript:` never reaches href.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs)
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
      else if (k === 'class') el.className = String(v);
      else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
      else if (/^on/i.test(k) || k === 'src' || k === 'style')
        throw new Error(`h: attribute ${k} not allowed`);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  append(el, children);
  return el;
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** In-app routes (#/…), same-origin paths and http(s) URLs; anything else becomes inert. */
export function safeHref(href: string): string {
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) return href;
  try {
    const u = new URL(href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    /* not a URL */
  }
  return '#';
}

export const isWebUrl = (href: string | null | undefined): href is string => !!href && safeHref(href) !== '#';

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A route link: #/path?query with every part encoded. */
export function route(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return '#' + path + (qs ? '?' + qs : '');
}

export const fmtInt = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
export const fmtPct = (x: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(x);
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T12:00:00Z' : iso);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat('fr-FR', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(d);
}

export function loading(): HTMLElement {
  return h('p', { class: 'muted loading' }, 'Chargement…');
}

export function errorBox(e: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, e instanceof Error ? e.message : String(e));
}

export function pager(
  total: number,
  offset: number,
  limit: number,
  go: (offset: number) => void,
): HTMLElement {
  const nav = h('nav', { class: 'pager' });
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  append(nav, [
    h(
      'button',
      { type: 'button', disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) },
      '‹ Précédent',
    ),
    h('span', { class: 'muted' }, `${fmtInt(from)}–${fmtInt(to)} sur ${fmtInt(total)}`),
    h('button', { type: 'button', disabled: to >= total, onclick: () => go(offset + limit) }, 'Suivant ›'),
  ]);
  return nav;
}
