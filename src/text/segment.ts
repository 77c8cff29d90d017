// Paragraphs, sentences and datelines over the token table.
import { type Sentence, type Span, TokenKind } from '../doc.js';
import type { RawTokens } from './tokenize.js';

/** One paragraph per non-blank line (the gold and corpus formats), trimmed of outer spaces. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

const TERMINAL = /^(?:[.!?…]|\.{2,}|[?!]{2,})$/;
const OPENING = '«“„‹';
const CLOSING = '»”›';

/** Is the straight or ambiguous quote at token i closing? (no space before it, or a space after it) */
function closes(text: string, t: RawTokens, i: number): boolean {
  const c = text[t.start[i]!]!;
  if (CLOSING.includes(c)) return true;
  if (OPENING.includes(c)) return false;
  const before = t.start[i]! > 0 ? text[t.start[i]! - 1]! : ' ';
  const after = t.end[i]! < text.length ? text[t.end[i]!]! : ' ';
  return !/\s/.test(before) || /\s/.test(after);
}

function startsSentence(text: string, t: RawTokens, j: number): boolean {
  const c = text[t.start[j]!]!;
  const k = t.kind[j]!;
  if (k === TokenKind.Quote || k === TokenKind.Number) return true;
  if ('([-–—'.includes(c)) return true;
  return c !== c.toLowerCase() || (k === TokenKind.Elision && /[A-ZÀ-Ý]/.test(c));
}

/**
 * Sentences never cross a paragraph. Inside one, a sentence ends after . ! ? … (and any closing
 * quotes or brackets that follow) when the next token looks like a sentence start. Abbreviation
 * tokens carry their dot, so « M. Diop » and « J.-C. » never split.
 */
export function sentences(text: string, t: RawTokens, paras: Span[]): Sentence[] {
  const out: Sentence[] = [];
  let i = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    while (i < t.length && t.start[i]! < para.start) i++;
    let first = i;
    let j = i;
    while (j < t.length && t.end[j]! <= para.end) {
      let last = j;
      if (t.kind[j] === TokenKind.Punct && TERMINAL.test(text.slice(t.start[j]!, t.end[j]!))) {
        // Closing quotes and brackets stay with the sentence they close.
        while (last + 1 < t.length && t.end[last + 1]! <= para.end) {
          const k = last + 1;
          const c = text[t.start[k]!]!;
          if ((t.kind[k] === TokenKind.Quote && closes(text, t, k)) || c === ')' || c === ']') last = k;
          else break;
        }
        const next = last + 1;
        if (next < t.length && t.end[next]! <= para.end && startsSentence(text, t, next)) {
          out.push({
            start: t.start[first]!,
            end: t.end[last]!,
            tokenStart: first,
            tokenEnd: next,
            paragraph: p,
          });
          first = next;
        }
      }
      j = last + 1;
    }
    if (j > first)
      out.push({ start: t.start[first]!, end: t.end[j - 1]!, tokenStart: first, tokenEnd: j, paragraph: p });
    i = j;
  }
  return out;
}

// « BANGUI, 30 sept (AFP) - », « PARIS (Reuters) - », « Moscou, 12 novembre 2021 (AFP) — »
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}'’ .-]+(?:\([^)\n]{1,40}\))?(?:,\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\.?(?:\s+\d{4})?)?\s*\((?:AFP|Reuters|AP|APA|ANP|Xinhua|ATS|Belga|DPA|Anadolu|APS|MAP|PANA)\)\s*[-–—]\s*/u;

export function datelines(text: string, paras: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paras) {
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (m) out.push({ start: p.start, end: p.start + m[0].trimEnd().length });
  }
  return out;
}
