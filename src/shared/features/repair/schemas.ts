/**
 * Quarantine (issue 12): a stored value that fails its schema (a hand edit, a later schema change, a merge) is
 * never shown blank and then overwritten. Its row is marked "needs repair": the raw text stays exactly as stored,
 * edits to it are refused by the backend, and the Repair screen shows the text and lets a person fix it.
 */
export const REPAIR_KINDS = ['ambassador', 'house', 'quote'] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

export const REPAIR_KIND_LABELS: Record<RepairKind, string> = {
  ambassador: 'Profile',
  house: 'Message House',
  quote: 'Press quote',
};

/** One stored column that could not be read, as it is on disk. */
export interface DamagedColumn {
  column: string;
  /** The stored text, unchanged (cut at 20,000 characters for the screen; the stored value is never cut). */
  raw: string;
  /** What is wrong with it, in the words of the check that failed (e.g. `socialPlatform: Invalid option`). */
  problems: string[];
}

/** Present on a record whose stored text could not all be read: what can be read is shown, the rest is here. */
export interface NeedsRepair {
  columns: DamagedColumn[];
}

export interface RepairItem {
  kind: RepairKind;
  id: string;
  ambassadorId: string;
  label: string;
  columns: DamagedColumn[];
}

export const NEEDS_REPAIR_MESSAGE =
  'Part of this was stored in a form the app cannot read, so it is kept exactly as stored and cannot be changed until it is repaired. Open Repair (in Settings) to see the stored text and fix it.';
