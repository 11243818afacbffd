import { InputError } from '../ingest/input-error';

/** File signatures of the binary files most often handed over by mistake. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a zip archive (or an office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip-compressed data', bytes: [0x1f, 0x8b] },
];

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), as the HTML spec prescans. */
function declaredInMarkup(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * Turns the bytes of a web page into text: the byte-order mark, then the charset the server sent, then the
 * one the page declares, else UTF-8. Binary data and text that is not valid in its charset are refused.
 */
export function decodePageBytes(source: string, bytes: Uint8Array, headerCharset: string | null = null): string {
  if (bytes.length === 0) throw new InputError(source, null, 'empty file: there is no page to read');
  const sig = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (sig) throw new InputError(source, null, `binary data (${sig.name}), not a web page`);
  const bom = bomCharset(bytes);
  if (!bom && bytes.includes(0)) throw new InputError(source, null, `binary data (a NUL byte at byte ${bytes.indexOf(0)}), not a web page`);
  const label = bom ?? headerCharset ?? declaredInMarkup(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError(source, null, `the page declares the character set "${label}", which is unknown`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(source, null, `mis-encoded: the bytes are not valid ${decoder.encoding} text, the character set the page ${bom ? 'marks' : 'declares or defaults to'}; re-save it as UTF-8`);
  }
}
