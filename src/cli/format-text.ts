// `--format text`: a terminal-readable view of a record, quotation by quotation.
import type { AnalysisRecord } from '../record.js';

const useColor = (stream: NodeJS.WriteStream) => stream.isTTY && !process.env.NO_COLOR;

export function formatText(r: AnalysisRecord, color = useColor(process.stdout)): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  lines.push(c('1', r.title ?? r.id) + (r.published ? c('2', `  (${r.published})`) : ''));
  lines.push('');
  lines.push(c('1', `Quotations (${r.quotes.length})`));
  for (const q of r.quotes) {
    const who = q.speaker ? `${q.speaker.name} ${c('2', `[${q.speaker.type}]`)}` : c('2', '(no speaker)');
    const cue = q.cue ? c('2', ` · ${q.cue.text} (${q.cue.lemma})`) : '';
    lines.push(`  ${c('36', q.kind.padEnd(8))} ${c('1', who)}${cue}`);
    lines.push(`           « ${q.text} »`);
  }
  if (r.entities.length) {
    lines.push('');
    lines.push(c('1', `Entities (${r.entities.length})`));
    for (const e of r.entities) {
      const extra = [e.gender, e.country].filter(Boolean).join(', ');
      lines.push(
        `  ${c('33', e.type.padEnd(4))} ${e.name}${extra ? c('2', ` (${extra})`) : ''} ×${e.mentions.length}`,
      );
    }
  }
  if (r.events.length) {
    lines.push('');
    lines.push(c('1', `Events (${r.events.length})`));
    for (const v of r.events) {
      const tgt = v.target ? (v.target.country ?? v.target.name) : '—';
      const src = v.source.country ?? v.source.name;
      lines.push(
        `  ${c('35', v.code.padEnd(4))} ${src} → ${tgt}  « ${v.trigger.text} »${c('2', ` ${v.modality}${v.date ? ` ${v.date}` : ''}`)}`,
      );
    }
  }
  if (r.dates.length) {
    lines.push('');
    lines.push(c('1', `Dates (${r.dates.length})`));
    for (const d of r.dates) lines.push(`  « ${d.text} » → ${d.value ?? '?'}`);
  }
  return lines.join('\n') + '\n';
}
