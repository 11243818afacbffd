import type { z } from 'zod';

/** Fetches JSON and checks it against a schema; the error names the URL and the problem. */
export async function fetchValidJson<T>(url: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status}`);
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`${url}: does not match the article text schema`);
  return parsed.data;
}
