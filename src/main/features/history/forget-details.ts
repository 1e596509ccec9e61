import { z } from 'zod';
import type { PrivateDetail } from '../../../shared/features/ambassadors/schemas';

/** Two spellings of one detail ("St Mary ", "st mary") are the same detail. */
const detailKey = (value: string) => value.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** Whether a change takes at least one private detail off the profile. */
export function removesPrivateDetail(before: PrivateDetail[], after: PrivateDetail[]): boolean {
  const kept = new Set(after.map((d) => detailKey(d.value)));
  return before.some((d) => !kept.has(detailKey(d.value)));
}

// Only the list is read; every other field of an old snapshot is kept exactly as it was.
const withDetails = z.looseObject({ privateDetails: z.array(z.looseObject({ value: z.string() })) });

/**
 * An older copy of a profile with only the private details the profile still holds. Autosave can have stored a
 * half-typed or since-corrected value ("St Mar"), so anything no longer on the profile goes, not only the exact
 * value removed now. Returns null when the snapshot needs no change.
 */
export function keepOnlyCurrentDetails(snapshot: unknown, current: PrivateDetail[]): Record<string, unknown> | null {
  const parsed = withDetails.safeParse(snapshot);
  if (!parsed.success) return null;
  const kept = new Set(current.map((d) => detailKey(d.value)));
  const details = parsed.data.privateDetails.filter((d) => kept.has(detailKey(d.value)));
  if (details.length === parsed.data.privateDetails.length) return null;
  return { ...parsed.data, privateDetails: details };
}
