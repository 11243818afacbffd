import { InputError } from './input-error';

/** A news article is tens of kilobytes; anything this large is a wrong file (a dump, a log, a binary). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

function lineAtByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Turns the bytes of an article file into text, refusing what is not an article: an empty file, a file too
 * large to be one, binary data (NUL bytes) and text that is not UTF-8. A byte-order mark is dropped.
 */
export function decodeArticleBytes(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(file, null, 'empty file');
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new InputError(file, null, `file is ${(bytes.length / 1048576).toFixed(1)} MB, more than the ${MAX_ARTICLE_BYTES / 1048576} MB an article can be`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(file, lineAtByte(bytes, nul), `binary data (NUL byte at byte ${nul}), not a text article`);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1)
    throw new InputError(file, lineAtByte(bytes, bad), `not UTF-8 text (invalid byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')} at byte ${bad}); re-save the file as UTF-8`);
  // fatal: a second guard that agrees with the check above; ignoreBOM false drops a leading BOM.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
