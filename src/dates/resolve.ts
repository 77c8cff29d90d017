// Resolving a recognised date expression against an anchor (the publication date, or a date the
// text gives). News convention: a bare weekday or day-month points back to the most recent such
// day unless the clause speaks of the future.
import {
  type Anchor,
  addDays,
  addMonths,
  fullAnchor,
  isoDay,
  isoMonth,
  isoWeek,
  isValidYmd,
  weekday,
} from './calendar.js';
import type { DateExpr } from './recognize.js';

/** Year of a month (and day) given without one: the nearest occurrence in the clause's tense. */
function inferYear(a: Anchor, m: number, d: number | null, future: boolean): number | null {
  if (a.y === null) return null;
  if (a.m === null) return a.y;
  const here = a.m * 31 + (a.d ?? 15);
  const there = m * 31 + (d ?? (m === a.m ? (a.d ?? 15) : 15));
  // More than about a month ahead in a past clause is last year's; behind in a future one, next year's.
  if (!future && there - here > 31) return a.y - 1;
  if (future && here - there > 31) return a.y + 1;
  return a.y;
}

export function resolve(expr: DateExpr, anchor: Anchor | null, future: boolean): string | null {
  const a: Anchor = anchor ?? { y: null, m: null, d: null };
  switch (expr.kind) {
    case 'calendar': {
      if (expr.m === null) return expr.y === null ? null : String(expr.y).padStart(4, '0');
      const y = expr.y ?? inferYear(a, expr.m, expr.d, future);
      if (y === null) return null;
      if (expr.d === null) return isoMonth(y, expr.m);
      return isValidYmd(y, expr.m, expr.d) ? isoDay({ y, m: expr.m, d: expr.d }) : null;
    }
    case 'weekday': {
      const base = fullAnchor(a);
      if (!base) return null;
      const diff = (expr.dow - weekday(base) + 7) % 7; // days forward to the next such day
      if (expr.dir === 'next') return isoDay(addDays(base, diff === 0 ? 7 : diff));
      if (expr.dir === 'past') return isoDay(addDays(base, diff === 0 ? -7 : diff - 7));
      return isoDay(addDays(base, future ? diff : diff === 0 ? 0 : diff - 7));
    }
    case 'offset': {
      if (expr.unit === 'year') return a.y === null ? null : String(a.y + expr.n);
      if (expr.unit === 'month') {
        if (a.y === null || a.m === null) return null;
        const r = addMonths(a.y, a.m, expr.n);
        return isoMonth(r.y, r.m);
      }
      const base = fullAnchor(a);
      if (!base) return null;
      if (expr.unit === 'week') return isoWeek(addDays(base, 7 * expr.n));
      return isoDay(addDays(base, expr.n));
    }
  }
}
