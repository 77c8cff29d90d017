// Turning a file's bytes into text, or into a clear reason why not. Never guesses silently:
// UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such; other bytes are taken as
// Windows-1252 (a superset of Latin-1) only when every byte is defined there and the result reads
// as text; anything else is rejected.
import { readFileSync, statSync } from 'node:fs';

/** What any reader accepts from one file (an HTML page or a feed may be large). */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
// What `analyze` accepts as one article: far above any news article (the longest of 20,000 real
// ones is well under 100 kB); a larger file is almost surely not one article, and is refused with
// a clear reason (--max-bytes raises it).
export const ARTICLE_MAX_BYTES = 2 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// Node's TextDecoder treats 'windows-1252' as ISO-8859-1, leaving 0x80–0x9F as C1 controls: map them here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b));
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export function decodeText(bytes: Uint8Array, path = '<input>'): DecodedText {
  if (bytes.length === 0) throw new InputError(path, 'empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new InputError(path, 'binary file (contains NUL bytes), not text');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > sample.length * 0.01) throw new InputError(path, 'binary file (control bytes), not text');
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    for (const b of bytes)
      if (CP1252_UNDEFINED.has(b))
        throw new InputError(
          path,
          `not UTF-8, and byte 0x${b.toString(16)} is not Windows-1252 either: unknown encoding`,
        );
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') throw new InputError(path, 'empty file (only white space)');
  return { text, encoding };
}

export function readText(path: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new InputError(path, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > maxBytes)
    throw new InputError(
      path,
      `too large: ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`,
    );
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(path, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return decodeText(bytes, path);
}
