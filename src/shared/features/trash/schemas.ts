/**
 * The Trash (issue 12): deleted houses, quotes, questions, question sets, rehearsal sessions, takes and interview
 * requests (with their debrief) are kept for 30 days, so a delete can be undone; emptying the trash removes their
 * content for good.
 */
export const TRASH_KINDS = ['house', 'quote', 'question', 'questionSet', 'session', 'take', 'interview'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

export const TRASH_KEEP_DAYS = 30;

/** How each kind reads in a list ("Message House", "Press quote", …). */
export const TRASH_KIND_LABELS: Record<TrashKind, string> = {
  house: 'Message House',
  quote: 'Press quote',
  question: 'Question',
  questionSet: 'Question set',
  session: 'Rehearsal session',
  take: 'Rehearsal answer',
  interview: 'Interview request',
};

export interface TrashItem {
  id: string;
  kind: TrashKind;
  /** The id of the house, quote… that was deleted. */
  entityId: string;
  /** The ambassador whose work it was; null for a cohort's questions and question sets (a trainer's). */
  ambassadorId: string | null;
  cohortId: string | null;
  /** A short, readable description: the quote's first words, the house's umbrella message, the set's name. */
  label: string;
  deletedAt: string;
  /** Who deleted it: the trainer's name, or the ambassador's. */
  deletedBy: string;
  /** When it leaves the trash by itself. */
  expiresAt: string;
}

/** What a delete answers, so the screen can offer "Undo" at once. */
export interface Trashed {
  trashId: string;
}

/** What a restore answers: where the item is back. */
export interface Restored {
  kind: TrashKind;
  entityId: string;
  ambassadorId: string | null;
}

export function trashExpiry(deletedAt: string): string {
  return new Date(new Date(deletedAt).getTime() + TRASH_KEEP_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
