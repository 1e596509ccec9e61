import { z } from 'zod';
import type { DamagedColumn } from '../../shared/features/repair/schemas';

/** The most of a stored value the repair screen shows; the stored value itself is never cut. */
const SHOWN_RAW = 20_000;

/**
 * JSON-in-a-column values are parsed with their schema when read, so a hand-edited or damaged value becomes
 * the fallback instead of a crash deep in the renderer. Prefer `readJsonColumn` for anything a person edits:
 * it keeps what can be read and reports the rest, so the row can be protected instead of overwritten.
 */
export function readJson<T>(raw: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Keeps the parts of a damaged value that pass on their own: each field of an object (nested objects field by
 * field too), each item of a list.
 */
function salvage<T>(value: unknown, schema: z.ZodType<T>, fallback: T): T {
  const whole = (candidate: unknown): T => {
    const parsed = schema.safeParse(candidate);
    return parsed.success ? parsed.data : fallback;
  };
  if (schema instanceof z.ZodObject && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const source = value as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (!(key in source)) continue;
      if (field.safeParse(source[key]).success) merged[key] = source[key];
      // A nested object or list keeps its own readable parts (a quote's variants when only the platform is wrong).
      else merged[key] = salvage(source[key], field, merged[key]);
    }
    return whole(merged);
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const item = schema.element as z.ZodType;
    return whole(value.filter((v) => item.safeParse(v).success));
  }
  return fallback;
}

/**
 * Reads one JSON column. When the stored text fails its schema, what can be read is kept (field by field, item
 * by item), and the column is added to `damaged` with its raw text and the problems, so the caller can mark the
 * record "needs repair" and the services can refuse to overwrite it.
 */
export function readJsonColumn<T>(
  column: string,
  raw: string,
  schema: z.ZodType<T>,
  fallback: T,
  damaged: DamagedColumn[],
): T {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    damaged.push({ column, raw: raw.slice(0, SHOWN_RAW), problems: ['The stored text is not valid JSON.'] });
    return fallback;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
  damaged.push({ column, raw: raw.slice(0, SHOWN_RAW), problems: problems.slice(0, 20) });
  return salvage(value, schema, fallback);
}

/** The "needs repair" mark for a record, present only when some column could not be read. */
export function repairMark(damaged: DamagedColumn[]): { needsRepair?: { columns: DamagedColumn[] } } {
  return damaged.length > 0 ? { needsRepair: { columns: damaged } } : {};
}
