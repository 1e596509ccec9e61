import { publicName, type Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { PROFILE_ITEMS, type ProfileItem } from '../../../../shared/features/ambassadors/profile-completeness';

export interface ChecklistItem {
  id: string;
  label: string;
  done: boolean;
  /** Short state shown next to the item, e.g. "No" for photo consent. */
  detail?: string;
}

/** How the ambassador is asked for each item (the rules are shared with the trainer's cohort overview). */
const LABELS: Readonly<Record<ProfileItem['id'], string>> = {
  'public-name': 'Choose how you are named in public',
  'photo-consent': 'Decide about your photo',
  'short-bio': 'Write a short bio',
  languages: 'Add the languages you speak',
  'topics-welcome': 'List topics you welcome',
  'topics-declined': 'List topics you decline',
  'private-details': 'List private details to protect',
};

function detailOf(id: ProfileItem['id'], a: Ambassador): string | undefined {
  if (id === 'public-name') return `In public: ${publicName(a)}`;
  if (id === 'photo-consent') return a.photoConsent ? 'You said yes' : 'You said no (you can change this)';
  return undefined;
}

/**
 * What makes a profile ready for press work (PROFILE_ITEMS). Photo consent counts as decided either way: "no" is
 * the default and a complete answer, and the checklist must not nudge anyone towards "yes".
 */
export function profileChecklist(a: Ambassador): ChecklistItem[] {
  return PROFILE_ITEMS.map((item) => {
    const detail = detailOf(item.id, a);
    return { id: item.id, label: LABELS[item.id], done: item.done(a), ...(detail ? { detail } : {}) };
  });
}
