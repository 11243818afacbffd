import { parse as parseYaml, YAMLParseError } from 'yaml';
import { InputError } from './input-error';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the front matter, exactly as it is in the file. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Splits optional YAML front matter (between "---" lines) from the body. Errors name the file line. */
export function parseFrontMatter(file: string, raw: string): FrontMatter {
  const open = OPENING.exec(raw);
  if (!open) return { data: {}, body: raw, bodyLine: 1 };
  const rest = raw.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) throw new InputError(file, 1, 'broken front matter: the "---" on this line is never closed by another "---" line');
  const yamlText = rest.slice(0, close.index);
  const bodyStart = open[0].length + close.index + close[0].length;
  let parsed: unknown;
  try {
    parsed = parseYaml(yamlText, { uniqueKeys: true, strict: true });
  } catch (e) {
    const line = e instanceof YAMLParseError ? (e.linePos?.[0]?.line ?? 1) + 1 : 1;
    throw new InputError(file, line, `broken front matter: ${(e as Error).message.split('\n')[0] ?? ''}`);
  }
  if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed)))
    throw new InputError(file, 2, 'broken front matter: expected "key: value" lines, not a single value or a list');
  return { data: (parsed ?? {}) as Record<string, unknown>, body: raw.slice(bodyStart), bodyLine: countLines(raw.slice(0, bodyStart)) + 1 };
}
