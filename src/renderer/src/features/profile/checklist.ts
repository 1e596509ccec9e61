import { publicName, type Ambassador } from '../../../../shared/features/ambassadors/schemas';

export interface ChecklistItem {
  id: string;
  label: string;
  done: boolean;
  /** Short state shown next to the item, e.g. "No" for photo consent. */
  detail?: string;
}

/**
 * What makes a profile ready for press work. Photo consent counts as decided either way: "no" is the default
 * and a complete answer, and the checklist must not nudge anyone towards "yes".
 */
export function profileChecklist(a: Ambassador): ChecklistItem[] {
  const name = publicName(a);
  return [
    {
      id: 'public-name',
      label: 'Choose how you are named in public',
      done: !(a.nameMode === 'pseudonym' && !a.pseudonym.trim()),
      detail: `In public: ${name}`,
    },
    {
      id: 'photo-consent',
      label: 'Decide about your photo',
      done: true,
      detail: a.photoConsent ? 'You said yes' : 'You said no (you can change this)',
    },
    { id: 'short-bio', label: 'Write a short bio', done: a.shortBio.trim().length > 0 },
    { id: 'languages', label: 'Add the languages you speak', done: a.languages.length > 0 },
    { id: 'topics-welcome', label: 'List topics you welcome', done: a.topicsWelcome.length > 0 },
    { id: 'topics-declined', label: 'List topics you decline', done: a.topicsDeclined.length > 0 },
    { id: 'private-details', label: 'List private details to protect', done: a.privateDetails.length > 0 },
  ];
}
