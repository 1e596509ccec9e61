import type { HouseFields, MessageBox } from '../../../../shared/features/key-messages/schemas';
import type { ConflictText } from '../../components/conflict-texts';
import { labelFor } from './HousePreview';

const TOP: ReadonlyArray<Exclude<keyof HouseFields, 'pillars' | 'box' | 'template'>> = [
  'title',
  'audience',
  'goal',
  'umbrella',
  'criticism',
  'response',
  'callToAction',
];

/** Every text of a house, theirs beside mine; key messages and proof points are matched by id. */
export function houseConflictTexts(theirs: HouseFields, mine: HouseFields): ConflictText[] {
  const out: ConflictText[] = TOP.map((key) => ({ key, label: labelFor(key), theirs: theirs[key], mine: mine[key] }));
  for (const key of Object.keys(mine.box) as Array<keyof MessageBox>) {
    out.push({ key: `box.${key}`, label: labelFor(`box.${key}`), theirs: theirs.box[key], mine: mine.box[key] });
  }
  const ids = [...new Set([...mine.pillars, ...theirs.pillars].map((p) => p.id))];
  ids.forEach((id, i) => {
    const a = theirs.pillars.find((p) => p.id === id);
    const b = mine.pillars.find((p) => p.id === id);
    out.push({
      key: `pillars.${id}.message`,
      label: `Key message ${i + 1}`,
      theirs: a?.message ?? '',
      mine: b?.message ?? '',
    });
    const proofIds = [...new Set([...(b?.proofs ?? []), ...(a?.proofs ?? [])].map((p) => p.id))];
    proofIds.forEach((proofId, j) => {
      out.push({
        key: `pillars.${id}.proofs.${proofId}`,
        label: `Proof point ${j + 1} for key message ${i + 1}`,
        theirs: a?.proofs.find((p) => p.id === proofId)?.text ?? '',
        mine: b?.proofs.find((p) => p.id === proofId)?.text ?? '',
      });
    });
  });
  return out;
}

/** Mine with the texts merged by hand written in (texts of key messages only theirs has are left out). */
export function withHouseTexts(mine: HouseFields, merged: Record<string, string>): HouseFields {
  const next: HouseFields = { ...mine, box: { ...mine.box } };
  for (const key of TOP) if (merged[key] !== undefined) next[key] = merged[key];
  for (const key of Object.keys(mine.box) as Array<keyof MessageBox>) {
    const value = merged[`box.${key}`];
    if (value !== undefined) next.box[key] = value;
  }
  next.pillars = mine.pillars.map((p) => ({
    ...p,
    message: merged[`pillars.${p.id}.message`] ?? p.message,
    proofs: p.proofs.map((proof) => ({ ...proof, text: merged[`pillars.${p.id}.proofs.${proof.id}`] ?? proof.text })),
  }));
  return next;
}
