/** One text of a record that differs between the stored version (theirs) and this editor's (mine). */
export interface ConflictText {
  /** The field's path (`text`, `variants.soundbite`, `pillars.<id>.message`…), for writing a merged text back. */
  key: string;
  label: string;
  theirs: string;
  mine: string;
}

/** Keeps only the texts that differ, so the dialog shows what the choice is about. */
export function differing(texts: ConflictText[]): ConflictText[] {
  return texts.filter((t) => t.theirs !== t.mine);
}
