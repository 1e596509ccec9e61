import type { AmbassadorFields, AmbassadorPatch } from '../../../shared/features/ambassadors/schemas';
import { AppError } from '../../../shared/result';
import { staleFields, type FieldVersions } from '../../db/field-versions';

const NAMES: Partial<Record<keyof AmbassadorFields, string>> = {
  fullName: 'Full name',
  firstName: 'First name',
  pseudonym: 'Pseudonym',
  nameMode: 'Name on sheets',
  pronouns: 'Pronouns',
  role: 'Role',
  languages: 'Languages',
  shortBio: 'Short bio',
  longBio: 'Long bio',
  topicsWelcome: 'Topics welcome',
  topicsDeclined: 'Topics declined',
  privateDetails: 'Private details',
  cohortId: 'Cohort',
  photoConsent: 'Photo consent',
};

/** The profile fields a patch would change (a value set to what is stored is no change). */
export function profileFieldsChanged(current: AmbassadorFields, patch: AmbassadorPatch): string[] {
  return (Object.keys(patch) as Array<keyof AmbassadorFields>).filter(
    (key) => patch[key] !== undefined && JSON.stringify(patch[key]) !== JSON.stringify(current[key]),
  );
}

/**
 * The profile editor's save, based on `baseVersion`, is refused when a field it changes was changed since (the
 * rule in `src/main/db/field-versions.ts`); callers without an editor (scripts, imports) send no base.
 */
export function assertProfileFresh(
  record: FieldVersions,
  rowVersion: number,
  baseVersion: number | undefined,
  changed: readonly string[],
): void {
  if (baseVersion === undefined) return;
  const stale = staleFields(record, rowVersion, baseVersion, changed);
  if (stale.length === 0) return;
  const names = stale.map((f) => NAMES[f as keyof AmbassadorFields] ?? f).join(', ');
  throw new AppError(
    'CONFLICT',
    `This profile was changed in another window since you opened it (${names}), so your change was not saved. Compare the two texts and choose which to keep.`,
  );
}
