import { createHash } from 'node:crypto';
import type { BundleRow } from './tables';

/** What says nothing about a row's content: who last touched it and when, and its counter. */
const NOT_CONTENT = new Set(['version', 'device_id', 'updated_at']);

/** JSON with object keys sorted at every depth, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Columns added after laptops started agreeing on hashes (hot seat, migration 0105), with the value every older
 * row has. At that value they are left out of the hash, so rows agreed on before stay agreed and no old row looks
 * changed on both sides.
 */
const ADDED_WITH_DEFAULT: Record<string, unknown> = {
  kind: 'practice',
  run_by: null,
  follow_up: null,
  trainer_feedback: null,
};

/** The content hash two laptops compare: the row's canonical JSON without its version, device and update time. */
export function rowHash(row: BundleRow): string {
  const content = Object.fromEntries(
    Object.entries(row).filter(
      ([key, value]) => !NOT_CONTENT.has(key) && !(key in ADDED_WITH_DEFAULT && ADDED_WITH_DEFAULT[key] === value),
    ),
  );
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** How a tombstone names a row: the sha256 of its id, so an erased person's ids are not kept either. */
export function idHash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
