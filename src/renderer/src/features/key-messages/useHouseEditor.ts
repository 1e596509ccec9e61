import {
  houseFieldsOf,
  MAX_PILLARS,
  MAX_PROOFS_PER_PILLAR,
  type HouseFields,
  type MessageBox,
  type MessageHouse,
  type Pillar,
  type ProofPoint,
} from '../../../../shared/features/key-messages/schemas';
import { useApi } from '../../api/ApiProvider';
import { usePatchEditor, type PatchEditor } from '../../components/usePatchEditor';

function newId(): string {
  return crypto.randomUUID();
}

export interface HouseEditor extends PatchEditor<HouseFields> {
  setBox(key: keyof MessageBox, value: string): void;
  addPillar(): void;
  removePillar(index: number): void;
  setPillarMessage(index: number, message: string): void;
  addProof(pillarIndex: number): void;
  removeProof(pillarIndex: number, proofIndex: number): void;
  setProof(pillarIndex: number, proofIndex: number, change: Partial<Omit<ProofPoint, 'id'>>): void;
}

/**
 * The editing state of one house. Pillars travel whole: the schema's patch is per top-level field, so a change
 * to one proof point sends every pillar.
 */
export function useHouseEditor(house: MessageHouse): HouseEditor {
  const api = useApi();
  const editor = usePatchEditor(
    () => houseFieldsOf(house),
    (patch) => api['house:update']({ id: house.id, patch }),
    'Your last change to the Message House was not saved',
  );
  const { values, apply } = editor;
  const pillars = (next: Pillar[]) => apply({ pillars: next });
  const mapPillar = (index: number, change: (p: Pillar) => Pillar) =>
    pillars(values.pillars.map((p, i) => (i === index ? change(p) : p)));

  return {
    ...editor,
    setBox: (key, value) => apply({ box: { ...values.box, [key]: value } }),
    addPillar: () => {
      if (values.pillars.length >= MAX_PILLARS) return;
      pillars([...values.pillars, { id: newId(), message: '', proofs: [] }]);
    },
    removePillar: (index) => pillars(values.pillars.filter((_, i) => i !== index)),
    setPillarMessage: (index, message) => mapPillar(index, (p) => ({ ...p, message })),
    addProof: (pillarIndex) =>
      mapPillar(pillarIndex, (p) =>
        p.proofs.length >= MAX_PROOFS_PER_PILLAR
          ? p
          : { ...p, proofs: [...p.proofs, { id: newId(), kind: 'story', text: '', source: '' }] },
      ),
    removeProof: (pillarIndex, proofIndex) =>
      mapPillar(pillarIndex, (p) => ({ ...p, proofs: p.proofs.filter((_, j) => j !== proofIndex) })),
    setProof: (pillarIndex, proofIndex, change) =>
      mapPillar(pillarIndex, (p) => ({
        ...p,
        proofs: p.proofs.map((proof, j) => (j === proofIndex ? { ...proof, ...change } : proof)),
      })),
  };
}
