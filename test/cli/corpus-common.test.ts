import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvLine, intOption, outputFormat } from '../../src/cli/corpus-common.js';

describe('corpus command output', () => {
  it('writes RFC 4180 CSV: quotes, commas and line breaks survive', () => {
    assert.equal(csvLine(['a', 'b,c', 'd "e"', 'f\ng', null, 3]), 'a,"b,c","d ""e""","f\ng",,3');
  });
  it('rejects unknown formats and bad numbers with a clear message', () => {
    assert.throws(() => outputFormat('xml'), /unknown format "xml"/);
    assert.throws(() => intOption('--limit', 'ten'), /--limit must be a whole number/);
    assert.equal(intOption('--limit', '10'), 10);
    assert.equal(intOption('--limit', undefined), undefined);
  });
});
