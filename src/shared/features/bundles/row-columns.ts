/** Column types shared by the bundle row schemas (rows.ts, rows-practice.ts). */
import { z } from 'zod';
import { idSchema } from '../../fields';

export const stamp = z.string().min(1).max(40);
export const flag = z.union([z.literal(0), z.literal(1)]);
export const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const hex = z.string().regex(/^[0-9a-f]{1,128}$/, { message: 'Expected a hash' });
export const idList = z.array(idSchema).max(10_000);

/** The columns every synchronised row has (migrations 0010 and 0080). */
export const synced = {
  id: idSchema,
  created_at: stamp,
  updated_at: stamp,
  deleted_at: stamp.nullable(),
  version: z.number().int().positive(),
  device_id: z.string().min(1).max(64),
};

/**
 * A house's or quote's fields, checked with the feature's own schema (issues keep their path under `fields`, so a
 * refusal names the field). A deleted one keeps no text: its fields are stored as an empty object.
 */
export function withFields<S extends z.ZodObject>(row: S, fields: z.ZodType) {
  return row.superRefine((value, ctx) => {
    const stored = (value as { fields?: unknown; deleted_at?: unknown }).fields;
    const erased = (value as { deleted_at?: unknown }).deleted_at !== null;
    if (erased && stored !== null && typeof stored === 'object' && Object.keys(stored).length === 0) return;
    const parsed = fields.safeParse(stored);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['fields', ...issue.path], message: issue.message });
    }
  });
}
