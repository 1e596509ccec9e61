/**
 * "Delete for good": the right to be forgotten (DOMAIN.md: safety and consent come first). Erasing a person
 * removes every row about them from the data file and its backups, then rewrites the file so the bytes are gone.
 * It cannot be undone, so the person's name is typed to confirm, and only a trainer may do it on a shared laptop.
 */
import { z } from 'zod';
import { idSchema, text } from '../../fields';
import { LIMITS } from '../../limits';
import type { LaptopKind } from '../access/schemas';

export const eraseInputSchema = z.strictObject({
  id: idSchema,
  /** The person's name as the profile shows it, typed by hand; the backend compares it. */
  confirmName: text(LIMITS.name, 'Typed name'),
});
export type EraseInput = z.infer<typeof eraseInputSchema>;

/** What was removed, so the screen can say so plainly. */
export interface ErasureReport {
  /** Rows removed from the data file, by table (tables with none are left out). */
  rows: Record<string, number>;
  /** Backups that held the person and were cleaned the same way. */
  backupsCleaned: number;
  /** Backups that could not be opened to clean, and were deleted instead (file names). */
  backupsRemoved: string[];
  /** False when the file could not be rewritten (e.g. no room for the temporary copy); freed space is zeroed anyway. */
  vacuumed: boolean;
  /** False when another program was reading the file, so the old bytes leave the WAL at its next checkpoint. */
  walEmptied: boolean;
}

/**
 * Whether a typed confirmation names the person. Spacing, letter case and look-alike forms (NFKC) are forgiven:
 * the point is a deliberate act, not a spelling test.
 */
export function confirmsName(typed: string, shown: string): boolean {
  const normal = (s: string) => s.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
  return normal(typed).length > 0 && normal(typed) === normal(shown);
}

export interface EraseCaller {
  trainer: boolean;
  laptopKind: LaptopKind | null;
  /** The workspace open in the calling window. */
  ambassadorId: string | null;
}

/**
 * Who may delete a profile for good: a trainer, or on someone's own laptop its owner (from their own workspace).
 * On a shared laptop a person could otherwise erase someone else, or be pressured to erase themselves in a hurry.
 * The backend's permission table and the Profile screen both ask this, so the screen explains the same rule.
 */
export function mayErase(caller: EraseCaller, targetId: string): true | string {
  if (caller.trainer) return true;
  if (caller.laptopKind === 'own') {
    return caller.ambassadorId === targetId
      ? true
      : 'Only the owner of this laptop can delete their own profile for good, from their own workspace.';
  }
  return 'On a shared laptop only a trainer can delete a profile for good. Unlock trainer mode first.';
}
