import type { HouseFields, HousePatch, MessageBox, Pillar, PillarPatch } from './schemas';

/**
 * House patches, the same on both sides: the backend applies them to the stored house and the editor applies
 * its unsaved ones over each answer. Field names (`umbrella`, `box.issue`, `pillars.<id>.message`,
 * `pillars.<id>.proofs`) are what conflicts are decided on.
 */

type TopKey = Exclude<keyof HouseFields, 'pillars' | 'box'>;
const TOP_KEYS: readonly TopKey[] = [
  'template',
  'title',
  'audience',
  'goal',
  'umbrella',
  'criticism',
  'response',
  'callToAction',
];
const BOX_KEYS: ReadonlyArray<keyof MessageBox> = ['issue', 'problems', 'soWhat', 'solutions', 'benefits'];

export const pillarField = (id: string, part: 'message' | 'proofs') => `pillars.${id}.${part}`;

function patchPillar(pillar: Pillar, change: PillarPatch): Pillar {
  return {
    ...pillar,
    ...(change.message !== undefined ? { message: change.message } : {}),
    ...(change.proofs !== undefined ? { proofs: change.proofs } : {}),
  };
}

/** The house after a patch, and the ids of key messages the patch changes that are not there (removed elsewhere). */
export function applyHousePatch(fields: HouseFields, patch: HousePatch): { fields: HouseFields; missing: string[] } {
  const { box, pillarPatches = [], addPillars = [], removePillars = [], ...top } = patch;
  let pillars = [...fields.pillars, ...addPillars.filter((p) => !fields.pillars.some((q) => q.id === p.id))];
  const missing: string[] = [];
  for (const change of pillarPatches) {
    if (!pillars.some((p) => p.id === change.id)) missing.push(change.id);
    pillars = pillars.map((p) => (p.id === change.id ? patchPillar(p, change) : p));
  }
  pillars = pillars.filter((p) => !removePillars.includes(p.id));
  return { fields: { ...fields, ...top, box: { ...fields.box, ...box }, pillars }, missing };
}

/** Two unsaved patches as one, in order: an added key message later changed or removed stays consistent. */
export function mergeHousePatches(earlier: HousePatch, later: HousePatch): HousePatch {
  const merged: HousePatch = { ...earlier, ...later };
  if (earlier.box || later.box) merged.box = { ...earlier.box, ...later.box };
  const byId = new Map<string, PillarPatch>();
  for (const change of [...(earlier.pillarPatches ?? []), ...(later.pillarPatches ?? [])]) {
    byId.set(change.id, { ...byId.get(change.id), ...change });
  }
  const removed = [...(earlier.removePillars ?? []), ...(later.removePillars ?? [])];
  const added = [...(earlier.addPillars ?? []), ...(later.addPillars ?? [])];
  // A key message added and removed before either was saved never needs to reach the backend.
  const addedAndGone = new Set(added.filter((p) => removed.includes(p.id)).map((p) => p.id));
  const keep = <T>(list: T[], id: (t: T) => string) => list.filter((t) => !addedAndGone.has(id(t)));
  const pillarPatches = keep([...byId.values()], (p) => p.id);
  const addPillars = keep(added, (p) => p.id);
  const removePillars = keep(removed, (id) => id);
  delete merged.pillarPatches;
  delete merged.addPillars;
  delete merged.removePillars;
  if (pillarPatches.length) merged.pillarPatches = pillarPatches;
  if (addPillars.length) merged.addPillars = addPillars;
  if (removePillars.length) merged.removePillars = removePillars;
  return merged;
}

const sameProofs = (a: Pillar['proofs'], b: Pillar['proofs']) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields a patch would change in `fields`. A value set to what is already stored is no change. A removed
 * key message counts as a change to its text and proof points (so removing one someone else has just edited is
 * a conflict); an added one touches nothing that exists, so two windows may each add one.
 */
export function houseFieldsChanged(fields: HouseFields, patch: HousePatch): string[] {
  const changed: string[] = TOP_KEYS.filter((k) => patch[k] !== undefined && patch[k] !== fields[k]);
  for (const k of BOX_KEYS)
    if (patch.box?.[k] !== undefined && patch.box[k] !== fields.box[k]) changed.push(`box.${k}`);
  for (const change of patch.pillarPatches ?? []) {
    const stored = fields.pillars.find((p) => p.id === change.id);
    if (!stored) continue;
    if (change.message !== undefined && change.message !== stored.message)
      changed.push(pillarField(stored.id, 'message'));
    if (change.proofs !== undefined && !sameProofs(change.proofs, stored.proofs))
      changed.push(pillarField(stored.id, 'proofs'));
  }
  for (const id of patch.removePillars ?? []) {
    if (fields.pillars.some((p) => p.id === id)) changed.push(pillarField(id, 'message'), pillarField(id, 'proofs'));
  }
  return changed;
}

/** The patch that turns `from` into `to` (for "keep mine" and "merge by hand", saved on top of theirs). */
export function houseDiffPatch(from: HouseFields, to: HouseFields): HousePatch {
  const patch: Record<string, unknown> = {};
  for (const k of TOP_KEYS) if (from[k] !== to[k]) patch[k] = to[k];
  const box: Partial<MessageBox> = {};
  for (const k of BOX_KEYS) if (from.box[k] !== to.box[k]) box[k] = to.box[k];
  if (Object.keys(box).length) patch.box = box;
  const pillarPatches: PillarPatch[] = [];
  for (const pillar of to.pillars) {
    const before = from.pillars.find((p) => p.id === pillar.id);
    if (!before) continue;
    const change: PillarPatch = { id: pillar.id };
    if (before.message !== pillar.message) change.message = pillar.message;
    if (!sameProofs(before.proofs, pillar.proofs)) change.proofs = pillar.proofs;
    if (Object.keys(change).length > 1) pillarPatches.push(change);
  }
  const addPillars = to.pillars.filter((p) => !from.pillars.some((q) => q.id === p.id));
  const removePillars = from.pillars.filter((p) => !to.pillars.some((q) => q.id === p.id)).map((p) => p.id);
  if (pillarPatches.length) patch.pillarPatches = pillarPatches;
  if (addPillars.length) patch.addPillars = addPillars;
  if (removePillars.length) patch.removePillars = removePillars;
  return patch as HousePatch;
}
