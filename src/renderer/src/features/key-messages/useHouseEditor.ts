import { useState } from 'react';
import {
  houseFieldsOf,
  MAX_PILLARS,
  MAX_PROOFS_PER_PILLAR,
  type HouseFields,
  type HousePatch,
  type MessageBox,
  type MessageHouse,
  type Pillar,
  type ProofPoint,
} from '../../../../shared/features/key-messages/schemas';
import { useApi } from '../../api/ApiProvider';
import { issuesByField } from '../../api/result';
import { notifyError } from '../../components/notify';
import { useAutosave, type Autosave } from '../../components/useAutosave';

function newId(): string {
  return crypto.randomUUID();
}

export interface HouseEditor {
  values: HouseFields;
  errors: Record<string, string>;
  autosave: Autosave<HousePatch>;
  set<K extends keyof HouseFields>(key: K, value: HouseFields[K]): void;
  setBox(key: keyof MessageBox, value: string): void;
  addPillar(): void;
  removePillar(index: number): void;
  setPillarMessage(index: number, message: string): void;
  addProof(pillarIndex: number): void;
  removeProof(pillarIndex: number, proofIndex: number): void;
  setProof(pillarIndex: number, proofIndex: number, change: Partial<Omit<ProofPoint, 'id'>>): void;
}

/**
 * The editing state of one house. Every change updates the form at once and queues a patch of the top-level
 * field it touched (pillars travel whole: the schema's patch is per top-level field), which autosave sends
 * after a short pause, on blur and before the page unloads.
 */
export function useHouseEditor(house: MessageHouse): HouseEditor {
  const api = useApi();
  const [values, setValues] = useState<HouseFields>(() => houseFieldsOf(house));
  const autosave = useAutosave((patch: HousePatch) => api['house:update']({ id: house.id, patch }), {
    onLostError: (error) => notifyError(error, 'Your last change to the Message House was not saved'),
  });

  const apply = (patch: HousePatch) => {
    setValues((previous) => ({ ...previous, ...patch }));
    autosave.queue(patch);
  };
  const pillars = (next: Pillar[]) => apply({ pillars: next });
  const mapPillar = (index: number, change: (p: Pillar) => Pillar) =>
    pillars(values.pillars.map((p, i) => (i === index ? change(p) : p)));

  return {
    values,
    errors: issuesByField(autosave.state.error),
    autosave,
    set: (key, value) => apply({ [key]: value } as HousePatch),
    setBox: (key, value) => apply({ box: { ...values.box, [key]: value } }),
    addPillar: () => {
      if (values.pillars.length >= MAX_PILLARS) return;
      pillars([...values.pillars, { id: newId(), message: '', proofs: [] }]);
    },
    removePillar: (index) => pillars(values.pillars.filter((_, i) => i !== index)),
    setPillarMessage: (index, message) => mapPillar(index, (p) => ({ ...p, message })),
    addProof: (pillarIndex) =>
      mapPillar(pillarIndex, (p) =>
        p.proofs.length >= MAX_PROOFS_PER_PILLAR ? p : { ...p, proofs: [...p.proofs, { id: newId(), kind: 'story', text: '', source: '' }] },
      ),
    removeProof: (pillarIndex, proofIndex) =>
      mapPillar(pillarIndex, (p) => ({ ...p, proofs: p.proofs.filter((_, j) => j !== proofIndex) })),
    setProof: (pillarIndex, proofIndex, change) =>
      mapPillar(pillarIndex, (p) => ({ ...p, proofs: p.proofs.map((proof, j) => (j === proofIndex ? { ...proof, ...change } : proof)) })),
  };
}
