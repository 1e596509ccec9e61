import {
  ambassadorFieldsOf,
  ambassadorFieldsSchema,
  type Ambassador,
  type AmbassadorFields,
  type AmbassadorPatch,
} from '../../../../shared/features/ambassadors/schemas';
import { useApi } from '../../api/ApiProvider';
import type { ConflictText } from '../../components/conflict-texts';
import { useVersionedEditor, type VersionedEditor } from '../../components/useVersionedEditor';

export interface ProfileEditor extends VersionedEditor<AmbassadorFields, AmbassadorPatch, Ambassador> {
  set<K extends keyof AmbassadorFields>(key: K, value: AmbassadorFields[K]): void;
}

const KEYS = Object.keys(ambassadorFieldsSchema.shape) as Array<keyof AmbassadorFields>;

function profileDiff(from: AmbassadorFields, to: AmbassadorFields): AmbassadorPatch {
  const changed = KEYS.filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]));
  return Object.fromEntries(changed.map((k) => [k, to[k]])) as AmbassadorPatch;
}

/**
 * The profile's editing state: each change a patch of the field it touched, saved on top of the version the
 * editor last saw; the same field changed in another window opens "changed elsewhere".
 */
export function useProfileEditor(ambassador: Ambassador): ProfileEditor {
  const api = useApi();
  const editor = useVersionedEditor<AmbassadorFields, AmbassadorPatch, Ambassador>({
    record: ambassador,
    fieldsOf: ambassadorFieldsOf,
    applyPatch: (fields, patch) => ({ ...fields, ...patch }),
    merge: (earlier, later) => ({ ...earlier, ...later }),
    diff: profileDiff,
    save: (patch, baseVersion, keepReplaced) =>
      api['ambassador:update']({ id: ambassador.id, baseVersion, patch, ...(keepReplaced ? { keepReplaced } : {}) }),
    load: () => api['ambassador:get']({ id: ambassador.id }),
    lostTitle: 'Your last change to the profile was not saved',
  });
  return { ...editor, set: (key, value) => editor.apply({ [key]: value } as AmbassadorPatch) };
}

const TEXTS = [
  ['fullName', 'Full name'],
  ['firstName', 'First name'],
  ['pseudonym', 'Pseudonym'],
  ['pronouns', 'Pronouns'],
  ['role', 'Role'],
  ['shortBio', 'Short bio'],
  ['longBio', 'Long bio'],
] as const;

/** The profile's texts, theirs beside mine, for the changed-elsewhere dialog. */
export function profileConflictTexts(theirs: AmbassadorFields, mine: AmbassadorFields): ConflictText[] {
  return TEXTS.map(([key, label]) => ({ key, label, theirs: theirs[key], mine: mine[key] }));
}

export function withProfileTexts(mine: AmbassadorFields, merged: Record<string, string>): AmbassadorFields {
  const next = { ...mine };
  for (const [key] of TEXTS) next[key] = merged[key] ?? next[key];
  return next;
}
