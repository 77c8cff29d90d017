// The days an ISO date value covers, so that a week (« 2021-W46 »), a month (« 2021-11 ») or a year
// resolved from « la semaine dernière », « en novembre » or « cette année » still falls inside a
// from/to filter instead of being compared as a string with a day.
import { addDays, isoDay, isValidYmd, type Ymd } from './calendar.js';

export interface DaySpan {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** First and last day (YYYY-MM-DD) of an ISO day, week, month or year value; null for anything else. */
export function daySpan(value: string | null | undefined): DaySpan | null {
  if (!value) return null;
  let m = DAY.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidYmd(y, mo, d) ? { from: value, to: value } : null;
  }
  m = MONTH.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return { from: isoDay({ y, m: mo, d: 1 }), to: isoDay({ y, m: mo, d: last }) };
  }
  m = WEEK.exec(value);
  if (m) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    // ISO week 1 is the week with the year's first Thursday, i.e. the one holding 4 January.
    const jan4: Ymd = { y, m: 1, d: 4 };
    const dow = (new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7; // Monday 0
    const monday = addDays(jan4, -dow + (w - 1) * 7);
    if (w < 1 || w > 53 || addDays(monday, 3).y !== y) return null; // no week 53 that year
    return { from: isoDay(monday), to: isoDay(addDays(monday, 6)) };
  }
  m = YEAR.exec(value);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  return null;
}
