import type { z } from 'zod';

/**
 * JSON-in-a-column values are parsed with their schema when read, so a hand-edited or damaged value becomes
 * the fallback instead of a crash deep in the renderer.
 */
export function readJson<T>(raw: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
