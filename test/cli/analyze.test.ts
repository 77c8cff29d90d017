// The batch form of `depeche analyze` on bad input: each bad file gets a clear reason on stderr,
// the good ones are still written, and the exit status says that something failed.
// Every text here is fictional, written for this test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const GOOD =
  'Essai fictif\n« Nous tiendrons parole », a déclaré jeudi la ministre fictive Awa Traoré à Bamako.\n' +
  'Elle a ajouté que le pays poursuivrait ses réformes.\n';
// « Été » and curly quotes in Windows-1252 bytes.
const LATIN1 = Buffer.from([
  ...Buffer.from('Titre\n'),
  0x93,
  ...Buffer.from('Nous partirons '),
  0xe9,
  ...Buffer.from('t'),
  0xe9,
  0x94,
  ...Buffer.from(', a dit M. Dupont.\n'),
]);

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
}

describe('depeche analyze DIR --out OUTDIR', () => {
  let dir = '';
  let out = '';
  let res: ReturnType<typeof run>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'depeche-batch-'));
    out = join(dir, 'out');
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(
      join(dir, 'good.meta.json'),
      JSON.stringify({ published: '2026-03-13', outlet: 'Agence Fictive' }),
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'latin1.txt'), LATIN1);
    writeFileSync(join(dir, 'badmeta.txt'), GOOD);
    writeFileSync(join(dir, 'badmeta.meta.json'), '{ not json');
    // 10 MB of fictional copy, one paragraph per line.
    const para = GOOD.split('\n')[1]! + ' Le gouvernement fictif a annoncé de nouvelles mesures.\n';
    writeFileSync(
      join(dir, 'big.txt'),
      'Gros dossier fictif\n' + para.repeat(Math.ceil(10_000_000 / para.length)),
    );
    res = run(['analyze', dir, '--out', out]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every good file and exits non-zero because some failed', () => {
    assert.equal(res.status, 1, res.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['good.json', 'latin1.json']);
  });

  it('names each bad file with its reason', () => {
    assert.match(res.stderr, /skipped .*empty\.txt: empty file/);
    assert.match(res.stderr, /skipped .*binary\.txt: binary file/);
    assert.match(res.stderr, /skipped .*badmeta\.txt: .*badmeta\.meta\.json: bad metadata/);
    assert.match(res.stderr, /skipped .*big\.txt: too large: \d+ bytes, over the limit .*--max-bytes/);
  });

  it('honours the sibling meta file and analyses the article', () => {
    const r = JSON.parse(readFileSync(join(out, 'good.json'), 'utf8'));
    assert.equal(r.published, '2026-03-13');
    assert.equal(r.outlet, 'Agence Fictive');
    assert.equal(r.id, 'good');
    assert.equal(r.title, 'Essai fictif');
    assert.ok(r.quotes.length >= 1);
  });

  it('decodes Windows-1252 without mojibake and says so', () => {
    const r = JSON.parse(readFileSync(join(out, 'latin1.json'), 'utf8'));
    assert.ok(r.text.includes('“Nous partirons été”'), r.text);
    assert.match(res.stderr, /latin1\.txt: decoded as windows-1252/);
  });
});

describe('depeche analyze FILE', () => {
  it('prints the record, or a clear error for a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'depeche-one-'));
    writeFileSync(join(dir, 'a.txt'), GOOD);
    const ok = run(['analyze', join(dir, 'a.txt'), '--published', '2026-03-13', '--format', 'text']);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /Awa Traoré/);
    const missing = run(['analyze', join(dir, 'nope.txt')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.txt: no such file/);
    const badDate = run(['analyze', join(dir, 'a.txt'), '--published', 'jeudi']);
    assert.equal(badDate.status, 2);
    assert.match(badDate.stderr, /--published must be YYYY-MM-DD/);
    rmSync(dir, { recursive: true, force: true });
  });
});
