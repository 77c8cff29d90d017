import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeDir, listArticles } from '../../src/io/batch.js';

// Fictional text, written for this test.
const TEXT = 'Le maire de Valbrune, Paul Ardent, a déclaré : « Le pont rouvrira lundi. »\n';

test('a folder of symbolic links to articles is analysed like a folder of files; dangling links are skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'depeche-batch-'));
  try {
    const store = join(dir, 'store');
    const links = join(dir, 'links');
    const out = join(dir, 'out');
    for (const d of [store, links]) mkdirSync(d);
    writeFileSync(join(store, 'a.txt'), TEXT);
    symlinkSync(join(store, 'a.txt'), join(links, 'a.txt'));
    symlinkSync(join(store, 'missing.txt'), join(links, 'b.txt'));
    assert.deepEqual(listArticles(links), [join(links, 'a.txt')]);
    const report = analyzeDir(links, out);
    assert.equal(report.written, 1);
    assert.equal(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).quotes.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
