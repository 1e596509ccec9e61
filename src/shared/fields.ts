import { z } from 'zod';
import { LIMITS } from './limits';

/** UUID v4 as produced by crypto.randomUUID(). */
export const idSchema = z.uuid({ message: 'Expected an id' });

/**
 * A lone UTF-16 surrogate is not text: SQLite would store it as U+FFFD and the words would come back changed.
 * Refusing it keeps the promise that whatever is saved comes back exactly as typed.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

export const text = (max: number, label = 'This field') =>
  z
    .string()
    .max(max, { message: `${label} is too long (at most ${max} characters)` })
    .refine(isWellFormedText, { message: `${label} contains a broken character; please retype it` });

export const requiredText = (max: number, label: string) =>
  text(max, label).refine((value) => value.trim().length > 0, { message: `${label} is required` });

export const textList = (label: string) =>
  z
    .array(text(LIMITS.listItem, label))
    .max(LIMITS.listLength, { message: `${label}: at most ${LIMITS.listLength} entries` });

/** ISO date (YYYY-MM-DD) or empty. */
export const isoDate = z.union([z.literal(''), z.iso.date({ message: 'Use a date like 2026-12-18' })]);

export interface Timestamps {
  createdAt: string;
  updatedAt: string;
}

/** Input of a channel that takes no arguments. */
export const noInput = z.strictObject({});
/** Input of a channel that takes one record's id. */
export const byId = z.strictObject({ id: idSchema });

/**
 * The editable fields of a record, exactly the keys its fields schema lists (ids, timestamps and status are
 * left out). One helper for every kind of record, so a field added to a schema is never forgotten in a copy.
 */
export function pickFields<S extends z.ZodObject>(schema: S, record: z.output<S>): z.output<S> {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, source[key]])) as z.output<S>;
}
