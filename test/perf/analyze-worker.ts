// Worker for the pathological-input test: analyses one text and checks every span it produced,
// so that a hang can be cut off from outside (terminate) and large records never cross threads.
import { parentPort } from 'node:worker_threads';
import { createDoc, toRecord } from '../../src/analyze.js';
import { runStages } from '../../src/pipeline.js';

export interface Checked {
  ms: Record<string, number>;
  tokens: number;
  sentences: number;
  spans: number;
  problems: string[];
}

function check(text: string): Checked {
  const ms = new Map<string, number>();
  const doc = runStages(createDoc(text), undefined, ms);
  const rec = toRecord(doc);
  const problems: string[] = [];
  let spans = 0;
  const span = (what: string, s: number, e: number, t?: string) => {
    spans++;
    if (problems.length >= 10) return;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > text.length || s > e)
      problems.push(`${what}: bad span [${s}, ${e})`);
    else if (t !== undefined && text.slice(s, e) !== t)
      problems.push(`${what}: text ≠ slice at [${s}, ${e})`);
  };
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    span(`token ${i}`, tokens.start[i]!, tokens.end[i]!);
    if (tokens.start[i]! >= tokens.end[i]!) problems.push(`token ${i} is empty`);
    if (i > 0 && tokens.start[i]! < tokens.end[i - 1]!) problems.push(`token ${i} overlaps token ${i - 1}`);
  }
  for (const [k, s] of doc.sentences.entries()) span(`sentence ${k}`, s.start, s.end);
  for (const [k, p] of doc.paragraphs.entries()) span(`paragraph ${k}`, p.start, p.end);
  for (const e of rec.entities) for (const m of e.mentions) span(`entity ${e.id}`, m.start, m.end, m.text);
  for (const q of rec.quotes) {
    span(`quote ${q.id}`, q.start, q.end, q.text);
    if (q.cue) span(`cue of ${q.id}`, q.cue.start, q.cue.end, q.cue.text);
    const m = q.speaker?.mention;
    if (m) span(`speaker of ${q.id}`, m.start, m.end, m.text);
  }
  for (const v of rec.events) {
    span(`event ${v.id}`, v.trigger.start, v.trigger.end, v.trigger.text);
    span(`sentence of ${v.id}`, v.sentence.start, v.sentence.end);
  }
  for (const d of rec.dates) {
    span('date', d.start, d.end, d.text);
    if (d.value !== null && !/^\d{4}(?:-\d{2}){0,2}$/.test(d.value))
      problems.push(`date «${d.text}» has value ${JSON.stringify(d.value)}`);
  }
  return {
    ms: Object.fromEntries(ms),
    tokens: tokens.length,
    sentences: doc.sentences.length,
    spans,
    problems,
  };
}

parentPort?.on('message', (text: string) => {
  try {
    parentPort!.postMessage({ ok: true, result: check(text) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
