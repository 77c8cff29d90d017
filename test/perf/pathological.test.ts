// Pathological inputs: each must finish well under a generous bound with valid spans. This is a
// hang detector (catastrophic backtracking, quadratic loops), not a timing assertion: speed itself
// is measured by `npm run bench`. Each input runs in a worker thread so that a hang can be cut off.
//
// `npm test` runs the inputs at a quarter of the issue's sizes (256 KB, 25k quotation marks …) to
// keep the suite short; DEPECHE_PERF_FULL=1 runs them at full size (1 MB, 100k, 50k ×, 200k).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../bench/ts-worker.js';
import type { Checked } from './analyze-worker.js';

const BOUND_MS = 20_000;
const SCALE = process.env.DEPECHE_PERF_FULL === '1' ? 1 : 0.25;
const MB = Math.round((1 << 20) * SCALE);
const k = (n: number) => Math.round(n * SCALE);
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length));

const CASES: [string, () => string][] = [
  ['1 MB of letters without spaces', () => fill('abcdefghij')],
  ['1 MB of dotted letters without spaces (a.b.c.)', () => fill('a.')],
  ['1 MB of word characters, dots, plus and hyphens without spaces', () => fill('x.y+z-w_')],
  ['1 MB of words glued by punctuation', () => fill('mot,Mot;mot:mot!mot?')],
  ['1 MB of digits and separators without spaces', () => fill('1.2,3/4')],
  ['1 MB URL', () => `Voir https://exemple.fr/${fill('a/b')} .`],
  ['100k straight quotation marks', () => '"'.repeat(k(100_000))],
  ['100k guillemets around words', () => fill('« mot » ', k(50_000) * 8)],
  ['« a-t-il » ×50k', () => '« a-t-il » '.repeat(k(50_000))],
  ['"M. " ×100k', () => 'M. '.repeat(k(100_000))],
  ['50k nested « « « … » » »', () => '« '.repeat(k(50_000)) + 'fin ' + '» '.repeat(k(50_000))],
  ['200k apostrophes', () => "'".repeat(k(200_000))],
  ['200k elisions l’l’l’', () => 'l’'.repeat(k(200_000))],
  ['1 MB single sentence of words', () => fill('le ministre a déclaré que la réforme serait adoptée et ')],
  ['1 MB of capitalised words', () => fill('Jean-Marc Dupont Conseil Nationale République ')],
  ['1 MB paragraph of quoted speech', () => fill('Le ministre a déclaré : « Nous partirons demain. » ')],
  ['1 MB of short lines', () => fill('a\n')],
  ['1 MB of blank lines', () => '\n'.repeat(MB)],
  [
    'words that name JavaScript prototype members (constructor, __proto__, toString …)',
    () =>
      'Le constructor et le __proto__ ont dit hier que toString, valueOf et hasOwnProperty venaient.\n'.repeat(
        50,
      ),
  ],
];

let worker: Worker | null = null;
after(() => worker?.terminate());

function run(text: string): Promise<Checked> {
  worker ??= startTsWorker(new URL('./analyze-worker.ts', import.meta.url));
  const w = worker;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      worker = null;
      void w.terminate();
      reject(new Error(`did not finish within ${BOUND_MS / 1000} s`));
    }, BOUND_MS);
    const onMessage = (m: { ok: true; result: Checked } | { ok: false; error: string }) => {
      cleanup();
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    };
    const onError = (e: Error) => {
      cleanup();
      worker = null;
      reject(e);
    };
    const cleanup = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage(text);
  });
}

for (const [name, make] of CASES) {
  test(`${name}${SCALE < 1 ? ` (×${SCALE})` : ''}`, async () => {
    const r = await run(make());
    assert.deepEqual(r.problems, [], `invalid spans: ${r.problems.join('; ')}`);
  });
}
