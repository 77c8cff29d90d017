// Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned.
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const width = head.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((x, c) => (c === 0 || !/^[-+\d.,×%≈ ]+$/.test(x) ? x.padEnd(width[c]!) : x.padStart(width[c]!)))
      .join('  ')
      .trimEnd();
  return [line(head), width.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A number with about three significant digits. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '∞';
  const a = Math.abs(x);
  if (a >= 100) return Math.round(x).toLocaleString('en-US');
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  return x.toFixed(3);
}

export const pct = (x: number) => (100 * x).toFixed(1);
