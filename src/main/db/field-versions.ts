import { z } from 'zod';
import { readJson } from './json-column';

/**
 * The three-way rule for documents edited in several windows (quotes, message houses).
 *
 * Every save names `baseVersion`: the row version its editor's text was based on. The row keeps, per field, the
 * version at which that field last changed (`fields`), valid while `at` equals the row's version; below `floor`
 * nothing is known per field. A patch based on v is refused only when a field it changes was changed after v:
 * then the editor's text for that field is older than what is stored, and writing it would silently undo
 * someone's work. Patches to other fields land even on a stale base (two windows, two key messages).
 *
 * When the row changed without this record being kept (an import writing its own version, or rows from before
 * migration 0085: `at` behind the row's version), nothing is known about which field changed, so every field
 * counts as changed at the row's version: the plain "any newer version conflicts" rule, never a silent loss.
 */
export interface FieldVersions {
  at: number;
  floor: number;
  fields: Record<string, number>;
}

const schema = z.object({
  at: z.number().int().nonnegative().catch(0),
  floor: z.number().int().nonnegative().catch(0),
  fields: z.record(z.string(), z.number().int().nonnegative()).catch({}),
});
const UNKNOWN: FieldVersions = { at: 0, floor: 0, fields: {} };

export function readFieldVersions(raw: string): FieldVersions {
  return readJson(raw, schema, UNKNOWN);
}

/** The version at which `field` last changed, as far as the row knows. */
export function changedAt(record: FieldVersions, rowVersion: number, field: string): number {
  if (record.at !== rowVersion) return rowVersion;
  return Math.max(record.floor, record.fields[field] ?? 0);
}

/** The fields among `touched` that changed after `baseVersion` (all of them for a base from the future). */
export function staleFields(
  record: FieldVersions,
  rowVersion: number,
  baseVersion: number,
  touched: readonly string[],
): string[] {
  if (baseVersion > rowVersion) return [...touched];
  return touched.filter((field) => changedAt(record, rowVersion, field) > baseVersion);
}

/**
 * The record after a write that changes `changed` (the triggers of migration 0080 bump the row's version by
 * exactly one). `dropPrefixes`: fields that no longer exist (a removed key message) are forgotten.
 */
export function afterWrite(
  record: FieldVersions,
  rowVersion: number,
  changed: readonly string[],
  dropPrefixes: readonly string[] = [],
): FieldVersions {
  const next = rowVersion + 1;
  const known = record.at === rowVersion;
  const fields: Record<string, number> = {};
  for (const [field, version] of Object.entries(known ? record.fields : {})) {
    if (!dropPrefixes.some((prefix) => field.startsWith(prefix))) fields[field] = version;
  }
  for (const field of changed) fields[field] = next;
  return { at: next, floor: known ? record.floor : rowVersion, fields };
}

/** A row just inserted at version 1: no field has changed since. */
export const FRESH_FIELD_VERSIONS = JSON.stringify({ at: 1, floor: 0, fields: {} } satisfies FieldVersions);

/**
 * SQL for an UPDATE that changes no field (a status, the primary house): keeps `at` in step with the version
 * the trigger is about to give the row, but only when the record was already up to date.
 */
export const KEEP_FIELD_VERSIONS_IN_STEP = `field_versions = CASE WHEN json_valid(field_versions)
  AND json_extract(field_versions, '$.at') = version THEN json_set(field_versions, '$.at', version + 1)
  ELSE field_versions END`;
