// Direct quotation spans from quotation marks, in one linear pass. Real copy mixes conventions
// (« », “ ”, „ “, " ", ‹ ›), mis-oriented marks (« … « , »…»), quotations opened and never
// closed, or closed and never opened, and quotations running over several paragraphs.
import { type Doc, TokenKind } from '../doc.js';

export interface MarkSpan {
  /** Token index of the opening mark, or -1 when the quotation was never opened. */
  openTok: number;
  /** Token index of the closing mark, or -1 when it was never closed. */
  closeTok: number;
  /** Inner content, trimmed of spaces (UTF-16 offsets). */
  start: number;
  end: number;
}

type Family = 'g' | 's' | 'c' | 'q';
const FAMILY: Record<string, Family> = {
  '«': 'g',
  '»': 'g',
  '‹': 's',
  '›': 's',
  '“': 'c',
  '”': 'c',
  '„': 'c',
  '‟': 'c',
  '"': 'q',
};
const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0\u202f\u2009]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Opening or closing, from the mark itself and its neighbours. null: undecided. */
function orientation(text: string, pos: number): 'open' | 'close' | null {
  const c = text[pos]!;
  const before = text[pos - 1];
  const after = text[pos + 1];
  const spaceBefore = isSpace(before) || before === '(' || before === '[';
  const spaceAfter = isSpace(after) || (after !== undefined && /[.,;:!?)\]…]/.test(after));
  if (c === '«' || c === '‹' || c === '„') return !spaceBefore && spaceAfter ? null : 'open';
  if (c === '»' || c === '›') return spaceBefore && isLetter(after) ? null : 'close';
  if (c === '“') return spaceBefore || !spaceAfter ? 'open' : null;
  if (c === '”') return spaceBefore && isLetter(after) ? null : 'close';
  // Straight quotes: a space (or nothing) before and a letter after opens.
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return null;
}

function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/** Where a quotation closed but never opened starts: after the last strong stop before it. */
function unopenedStart(doc: Doc, closeTok: number, floor: number): number {
  const { kind, norm, start } = doc.tokens;
  const para = doc.paragraphs[doc.sentences[doc.tokens.sentence[closeTok]!]?.paragraph ?? 0];
  let i = closeTok - 1;
  while (i >= floor && i >= 0 && start[i]! >= (para?.start ?? 0)) {
    const n = norm[i]!;
    if (kind[i] === TokenKind.Quote) break;
    if (kind[i] === TokenKind.Punct && /^(?:[.!?…:;]+)$/.test(n)) break;
    i--;
  }
  return i + 1;
}

export function findMarkSpans(doc: Doc): MarkSpan[] {
  const { text } = doc;
  const t = doc.tokens;
  const marks: number[] = [];
  for (let i = 0; i < t.length; i++)
    if (t.kind[i] === TokenKind.Quote && FAMILY[text[t.start[i]!]!]) marks.push(i);
  const paraOf = (tok: number) => doc.sentences[t.sentence[tok]!]?.paragraph ?? 0;
  const paraFirstTok = new Int32Array(doc.paragraphs.length).fill(-1);
  for (let k = doc.sentences.length - 1; k >= 0; k--)
    paraFirstTok[doc.sentences[k]!.paragraph] = doc.sentences[k]!.tokenStart;
  const out: MarkSpan[] = [];
  const stacks: Record<Family, number[]> = { g: [], s: [], c: [], q: [] };
  const skip = new Set<number>();
  let lastClosedTok = -1;

  const emit = (openTok: number, closeTok: number, endOffset?: number) => {
    const s = openTok >= 0 ? t.end[openTok]! : t.start[unopenedStart(doc, closeTok, lastClosedTok + 1)]!;
    const e = closeTok >= 0 ? t.start[closeTok]! : endOffset!;
    const [a, b] = trimSpan(text, s, e);
    if (b > a) out.push({ openTok, closeTok, start: a, end: b });
    if (closeTok >= 0) lastClosedTok = closeTok;
  };

  // At a paragraph break, a still-open quotation goes on when the next paragraph reopens it
  // (the French convention) or closes it before opening anything; otherwise it ends here.
  const flushParagraph = (endedPara: number, nextMarkIdx: number) => {
    const para = doc.paragraphs[endedPara]!;
    for (const f of ['g', 's', 'c', 'q'] as Family[]) {
      const st = stacks[f];
      if (!st.length) continue;
      let carry = false;
      for (let k = nextMarkIdx; k < marks.length; k++) {
        const m = marks[k]!;
        if (paraOf(m) !== endedPara + 1) break;
        if (FAMILY[text[t.start[m]!]!] !== f) continue;
        const o = orientation(text, t.start[m]!);
        if (o === 'open' && m === paraFirstTok[endedPara + 1]) {
          skip.add(m);
          carry = true;
        } else if (o !== 'open') carry = true;
        break;
      }
      if (!carry) {
        while (st.length) emit(st.shift()!, -1, para.end);
      }
    }
  };

  let curPara = marks.length ? paraOf(marks[0]!) : 0;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const p = paraOf(m);
    while (curPara < p) {
      flushParagraph(curPara, k);
      curPara++;
    }
    if (skip.has(m)) continue;
    const c = text[t.start[m]!]!;
    const f = FAMILY[c]!;
    const st = stacks[f];
    let o = orientation(text, t.start[m]!);
    if (o === null) o = st.length ? 'close' : 'open';
    // German-style „ … “: a “ closes an open „.
    if (c === '“' && st.length && text[t.start[st[st.length - 1]!]!] === '„') o = 'close';
    // Straight quotes cannot show nesting: one that clearly opens (space before, letter after)
    // inside an open one starts an inner quotation (« "Il a dit "non" hier" »), once.
    if (
      f === 'q' &&
      st.length &&
      !(o === 'open' && st.length === 1 && orientation(text, t.start[m]!) === 'open')
    )
      o = 'close';
    if (o === 'open') st.push(m);
    else if (st.length) emit(st.pop()!, m);
    else emit(-1, m);
  }
  if (marks.length) {
    const last = doc.paragraphs.length - 1;
    while (curPara < last) {
      flushParagraph(curPara, marks.length);
      curPara++;
    }
    const para = doc.paragraphs[curPara];
    for (const f of ['g', 's', 'c', 'q'] as Family[])
      while (stacks[f].length) emit(stacks[f].shift()!, -1, para ? para.end : text.length);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
