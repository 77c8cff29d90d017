// Search snippets mark matches between [ and ]; they become <mark> elements around text nodes.
import { h } from './dom.js';

export function snippet(s: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > last) p.appendChild(document.createTextNode(s.slice(last, m.index)));
    p.appendChild(h('mark', null, m[1]!));
    last = m.index + m[0].length;
  }
  if (last < s.length) p.appendChild(document.createTextNode(s.slice(last)));
  return p;
}
