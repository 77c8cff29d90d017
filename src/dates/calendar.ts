// Calendar arithmetic on proleptic Gregorian dates, in UTC so no time zone or DST shifts a day.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A possibly partial reference date: what the text or metadata tells about « now ». */
export interface Anchor {
  y: number | null;
  m: number | null;
  d: number | null;
}

const DAY = 86_400_000;

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toUtc(x: Ymd): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

export function fromUtc(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromUtc(toUtc(x) + n * DAY);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekday(x: Ymd): number {
  return new Date(toUtc(x)).getUTCDay();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDay(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week (« 2021-W46 »): the week's year is the year of its Thursday. */
export function isoWeek(x: Ymd): string {
  const dow = (weekday(x) + 6) % 7; // Monday 0
  const thursday = addDays(x, 3 - dow);
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toUtc(thursday) - jan1) / DAY / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export function parseIsoDay(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const x = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(x.y, x.m, x.d) ? x : null;
}

export function fullAnchor(a: Anchor | null): Ymd | null {
  return a && a.y !== null && a.m !== null && a.d !== null ? { y: a.y, m: a.m, d: a.d } : null;
}
