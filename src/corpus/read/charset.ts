// Decoding bytes with the charset a document declares (XML declaration, <meta charset>); without
// a declaration, the careful UTF-8 / Windows-1252 guess of src/io/read-text.ts.
import { decodeText, InputError } from '../../io/read-text.js';

export class CharsetError extends Error {}

/** Why reading a file failed, in words for the ingest report. */
export function readFailure(e: unknown): string {
  if (e instanceof InputError) return e.reason;
  if (e instanceof CharsetError) return e.message;
  return `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
}

/** The charset declared in the first bytes of an XML or HTML document, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m =
    /<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

export function decodeDeclared(bytes: Uint8Array, path: string): { text: string; charset: string } {
  const declared = declaredCharset(bytes);
  if (!declared || declared === 'utf-8' || declared === 'utf8') {
    const d = decodeText(bytes, path);
    return { text: d.text, charset: d.encoding };
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    throw new CharsetError(`unknown charset "${declared}" declared`);
  }
  // Node's windows-1252 is Latin-1: let read-text map 0x80–0x9F properly.
  if (decoder.encoding === 'windows-1252')
    return { text: decodeText(bytes, path).text, charset: 'windows-1252' };
  return { text: decoder.decode(bytes), charset: decoder.encoding };
}
