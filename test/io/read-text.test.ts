import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, type InputError } from '../../src/io/read-text.js';

describe('decodeText', () => {
  it('decodes UTF-8 and strips the BOM', () => {
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Été')])).text, 'Été');
  });
  it('decodes Windows-1252 / Latin-1 without mojibake', () => {
    const r = decodeText(Buffer.from([0x45, 0x74, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x80]));
    assert.equal(r.text, 'Eté “ok” €');
    assert.equal(r.encoding, 'windows-1252');
  });
  it('rejects empty and binary input with a reason', () => {
    assert.throws(
      () => decodeText(new Uint8Array()),
      (e: InputError) => /empty/.test(e.reason),
    );
    assert.throws(
      () => decodeText(new Uint8Array([1, 0, 2, 3])),
      (e: InputError) => /binary/.test(e.reason),
    );
    assert.throws(
      () => decodeText(Buffer.from(' \n ')),
      (e: InputError) => /empty/.test(e.reason),
    );
  });
});
