import { applyHousePatch, houseDiffPatch, mergeHousePatches } from '../../../../shared/features/key-messages/patch';
import {
  houseFieldsOf,
  MAX_PILLARS,
  MAX_PROOFS_PER_PILLAR,
  type HouseFields,
  type HousePatch,
  type MessageBox,
  type MessageHouse,
  type ProofPoint,
} from '../../../../shared/features/key-messages/schemas';
import { useApi } from '../../api/ApiProvider';
import { useVersionedEditor, type VersionedEditor } from '../../components/useVersionedEditor';

function newId(): string {
  return crypto.randomUUID();
}

type TopField = Exclude<keyof HouseFields, 'pillars' | 'box'>;

export interface HouseEditor extends VersionedEditor<HouseFields, HousePatch, MessageHouse> {
  set<K extends TopField>(key: K, value: HouseFields[K]): void;
  setBox(key: keyof MessageBox, value: string): void;
  addPillar(): void;
  removePillar(index: number): void;
  setPillarMessage(index: number, message: string): void;
  addProof(pillarIndex: number): void;
  removeProof(pillarIndex: number, proofIndex: number): void;
  setProof(pillarIndex: number, proofIndex: number, change: Partial<Omit<ProofPoint, 'id'>>): void;
}

const applyPatch = (fields: HouseFields, patch: HousePatch) => applyHousePatch(fields, patch).fields;

/**
 * The backend names a key message's problem by its place in the patch (`pillarPatches.0.message`); the form shows
 * it on the key message itself (`pillars.1.message`). A failed patch stays pending, in the same order.
 */
function pillarErrors(
  errors: Record<string, string>,
  failed: HousePatch | null,
  values: HouseFields,
): Record<string, string> {
  const out = { ...errors };
  for (const [path, message] of Object.entries(errors)) {
    const match = /^(pillarPatches|addPillars)\.(\d+)\.(.+)$/.exec(path);
    if (!match) continue;
    const list = match[1] === 'addPillars' ? failed?.addPillars : failed?.pillarPatches;
    const id = list?.[Number(match[2])]?.id;
    const index = values.pillars.findIndex((p) => p.id === id);
    if (index >= 0) out[`pillars.${index}.${match[3]}`] ??= message;
  }
  return out;
}

/**
 * The editing state of one house. Each change is a patch of the field it touched: one Message Box answer, one key
 * message's text or proof points (by the key message's id), a key message added or removed. So two windows
 * editing two different key messages both keep their work.
 */
export function useHouseEditor(house: MessageHouse): HouseEditor {
  const api = useApi();
  const editor = useVersionedEditor<HouseFields, HousePatch, MessageHouse>({
    record: house,
    fieldsOf: houseFieldsOf,
    applyPatch,
    merge: mergeHousePatches,
    diff: houseDiffPatch,
    save: (patch, baseVersion, keepReplaced) =>
      api['house:update']({ id: house.id, baseVersion, patch, ...(keepReplaced ? { keepReplaced } : {}) }),
    load: () => api['house:get']({ id: house.id }),
    lostTitle: 'Your last change to the Message House was not saved',
  });
  const { values, apply } = editor;
  const pillarAt = (index: number) => values.pillars[index];
  const setProofs = (index: number, change: (proofs: ProofPoint[]) => ProofPoint[]) => {
    const pillar = pillarAt(index);
    if (pillar) apply({ pillarPatches: [{ id: pillar.id, proofs: change(pillar.proofs) }] });
  };

  return {
    ...editor,
    errors: pillarErrors(editor.errors, editor.autosave.pending(), values),
    set: (key, value) => apply({ [key]: value } as HousePatch),
    setBox: (key, value) => apply({ box: { [key]: value } }),
    addPillar: () => {
      if (values.pillars.length >= MAX_PILLARS) return;
      apply({ addPillars: [{ id: newId(), message: '', proofs: [] }] });
    },
    removePillar: (index) => {
      const pillar = pillarAt(index);
      if (pillar) apply({ removePillars: [pillar.id] });
    },
    setPillarMessage: (index, message) => {
      const pillar = pillarAt(index);
      if (pillar) apply({ pillarPatches: [{ id: pillar.id, message }] });
    },
    addProof: (pillarIndex) =>
      setProofs(pillarIndex, (proofs) =>
        proofs.length >= MAX_PROOFS_PER_PILLAR
          ? proofs
          : [...proofs, { id: newId(), kind: 'story', text: '', source: '' }],
      ),
    removeProof: (pillarIndex, proofIndex) =>
      setProofs(pillarIndex, (proofs) => proofs.filter((_, j) => j !== proofIndex)),
    setProof: (pillarIndex, proofIndex, change) =>
      setProofs(pillarIndex, (proofs) =>
        proofs.map((proof, j) => (j === proofIndex ? { ...proof, ...change } : proof)),
      ),
  };
}
