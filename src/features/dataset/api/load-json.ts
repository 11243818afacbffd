import type { z } from 'zod';

/** Why the data could not be used: names the URL and what is wrong with it. */
export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

/** Fetches a JSON file and validates it against a schema, turning every failure into a DataLoadError. */
export async function loadJson<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    throw new DataLoadError(url, `network error (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(url, `the server answered ${res.status} ${res.statusText}`.trim());
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataLoadError(url, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'top level';
    throw new DataLoadError(url, `does not match the schema at ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
