// Dates stage: absolute and relative date expressions, resolved against the publication date, or
// when there is none, against a date the article gives itself (its dateline, else its first full
// calendar date).
import type { Doc } from '../doc.js';
import type { DateMention } from '../record.js';
import { type Anchor, parseIsoDay } from './calendar.js';
import { type DateMatch, dateWordFlags, recognize } from './recognize.js';
import { resolve } from './resolve.js';
import { isFutureAround } from './tense.js';

interface Found extends DateMatch {
  sentence: number;
}

function findAll(doc: Doc): Found[] {
  const out: Found[] = [];
  const flags = dateWordFlags(doc);
  doc.sentences.forEach((s, k) => {
    for (const m of recognize(doc, s.tokenStart, s.tokenEnd, flags)) out.push({ ...m, sentence: k });
  });
  return out;
}

/** The reference « now »: publication date, else the dateline's date, else the first full date. */
export function findAnchor(doc: Doc, found: readonly Found[]): Anchor | null {
  const pub = parseIsoDay(doc.meta.published);
  if (pub) return pub;
  const t = doc.tokens;
  for (const dl of doc.datelines) {
    const m = found.find((f) => t.start[f.first]! >= dl.start && t.end[f.last - 1]! <= dl.end);
    if (m?.expr.kind === 'calendar' && m.expr.m !== null && m.expr.d !== null) {
      const full = found.find((f) => f.expr.kind === 'calendar' && f.expr.y !== null && f.expr.d !== null);
      // A dateline without a year borrows one from the first full date of the text.
      const y = m.expr.y ?? (full?.expr.kind === 'calendar' ? full.expr.y : null);
      return { y, m: m.expr.m, d: m.expr.d };
    }
  }
  const full = found.find((f) => f.expr.kind === 'calendar' && f.expr.y !== null && f.expr.d !== null);
  if (full?.expr.kind === 'calendar') return { y: full.expr.y, m: full.expr.m, d: full.expr.d };
  return null;
}

export function datesStage(doc: Doc): void {
  const found = findAll(doc);
  const anchor = findAnchor(doc, found);
  const t = doc.tokens;
  doc.dates = found.map((f): DateMention => {
    const start = t.start[f.first]!;
    const end = t.end[f.last - 1]!;
    return {
      start,
      end,
      text: doc.text.slice(start, end),
      value: resolve(f.expr, anchor, isFutureAround(doc, f.first)),
    };
  });
}
