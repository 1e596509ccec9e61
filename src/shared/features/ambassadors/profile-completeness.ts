import type { AmbassadorFields } from './schemas';

/** One thing a profile needs before press work, with how to tell it is done. */
export interface ProfileItem {
  id:
    | 'public-name'
    | 'photo-consent'
    | 'short-bio'
    | 'languages'
    | 'topics-welcome'
    | 'topics-declined'
    | 'private-details';
  /** What is missing, as a trainer reads it in a list ("short bio", "languages"). */
  missing: string;
  done(a: AmbassadorFields): boolean;
}

/**
 * What makes a profile ready for press work, for the ambassador's own checklist and the trainer's overview alike.
 * Photo consent counts as decided either way: "no" is the default and a complete answer, and nothing here may
 * nudge anyone towards "yes".
 */
export const PROFILE_ITEMS: readonly ProfileItem[] = [
  {
    id: 'public-name',
    missing: 'public name (pseudonym chosen but empty)',
    done: (a) => !(a.nameMode === 'pseudonym' && !a.pseudonym.trim()),
  },
  { id: 'photo-consent', missing: 'photo decision', done: () => true },
  { id: 'short-bio', missing: 'short bio', done: (a) => a.shortBio.trim().length > 0 },
  { id: 'languages', missing: 'languages', done: (a) => a.languages.length > 0 },
  { id: 'topics-welcome', missing: 'topics welcome', done: (a) => a.topicsWelcome.length > 0 },
  { id: 'topics-declined', missing: 'topics declined', done: (a) => a.topicsDeclined.length > 0 },
  { id: 'private-details', missing: 'private details to protect', done: (a) => a.privateDetails.length > 0 },
];

export interface ProfileCompleteness {
  /** Whole percent of PROFILE_ITEMS done. */
  percent: number;
  /** The `missing` words of every item not done, in checklist order. */
  missing: string[];
}

export function profileCompleteness(a: AmbassadorFields): ProfileCompleteness {
  const missing = PROFILE_ITEMS.filter((item) => !item.done(a)).map((item) => item.missing);
  const done = PROFILE_ITEMS.length - missing.length;
  return { percent: Math.round((done / PROFILE_ITEMS.length) * 100), missing };
}
