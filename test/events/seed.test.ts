// Acceptance on the shared seed article (read from ../shared, never copied into the repo; skipped
// where it is absent): its gold events, « ce jeudi » and the modalities the issue names.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../src/analyze.js';

const dir = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'gold', 'dev');
const present = existsSync(join(dir, 'seed.txt')) && existsSync(join(dir, 'seed.json'));

describe('seed article', { skip: !present && 'no ../shared/gold/dev/seed.*' }, () => {
  const text = present ? readFileSync(join(dir, 'seed.txt'), 'utf8') : '';
  const gold = present ? JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8')) : { events: [] };
  const record = analyze(text, { id: 'seed', published: '2021-11-12' });
  const side = (a: { country: string | null; name: string } | null) => a?.country ?? a?.name ?? null;

  it('finds the gold events (root and both sides)', () => {
    for (const g of gold.events as { source: string; target: string | null; root: string }[]) {
      const hit = record.events.some(
        (e) =>
          e.root === g.root &&
          side(e.source) === g.source &&
          (g.target === null || side(e.target) === g.target),
      );
      assert.ok(hit, `missing ${g.source}→${g.target} ${g.root}`);
    }
  });
  it('« ce jeudi » is 2021-11-11 with --published 2021-11-12', () => {
    const d = record.dates.find((x) => x.text === 'ce jeudi');
    assert.equal(d?.value, '2021-11-11');
  });
  it('« pourrait demander » is hypothetical, « niant tout lien » denied', () => {
    const ask = record.events.find((e) => /demander/.test(e.trigger.text));
    assert.equal(ask?.modality, 'hypothetical');
    const deny = record.events.find((e) => /niant/.test(e.trigger.text));
    assert.equal(deny?.modality, 'denied');
    assert.equal(deny?.negated, true);
  });
  it('events inside quotations carry their speaker', () => {
    const reported = record.events.filter((e) => e.modality === 'reported');
    for (const e of reported) assert.ok(e.reportedBy, e.trigger.text);
  });
});
