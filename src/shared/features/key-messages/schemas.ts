import type { NeedsRepair } from '../repair/schemas';
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { idSchema, pickFields, text, type Timestamps } from '../../fields';

/** Generous on purpose: a story proof point can be long; length guidance comes from the live checks. */
export const HOUSE_TEXT_LIMIT = 10_000;
export const MAX_PILLARS = 3;
export const MAX_PROOFS_PER_PILLAR = 5;

export const PROOF_KINDS = ['story', 'fact', 'example'] as const;
export const proofSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(PROOF_KINDS),
  text: text(HOUSE_TEXT_LIMIT, 'Proof point'),
  /** Where a fact comes from; stories and examples may leave it empty. */
  source: text(LIMITS.shortText, 'Source'),
});
export type ProofPoint = z.infer<typeof proofSchema>;

export const pillarSchema = z.strictObject({
  id: idSchema,
  message: text(HOUSE_TEXT_LIMIT, 'Key message'),
  proofs: z
    .array(proofSchema)
    .max(MAX_PROOFS_PER_PILLAR, { message: `At most ${MAX_PROOFS_PER_PILLAR} proof points per key message` }),
});
export type Pillar = z.infer<typeof pillarSchema>;

/** The Message Box (COMPASS) alternative: the same job, framed as a problem and its solutions. */
export const messageBoxSchema = z.strictObject({
  issue: text(HOUSE_TEXT_LIMIT, 'Issue'),
  problems: text(HOUSE_TEXT_LIMIT, 'Problems'),
  soWhat: text(HOUSE_TEXT_LIMIT, 'So what'),
  solutions: text(HOUSE_TEXT_LIMIT, 'Solutions'),
  benefits: text(HOUSE_TEXT_LIMIT, 'Benefits'),
});
export type MessageBox = z.infer<typeof messageBoxSchema>;

export const HOUSE_TEMPLATES = ['house', 'box'] as const;

export const houseFieldsSchema = z.strictObject({
  template: z.enum(HOUSE_TEMPLATES),
  title: text(LIMITS.shortText, 'Title'),
  audience: text(HOUSE_TEXT_LIMIT, 'Audience'),
  goal: text(HOUSE_TEXT_LIMIT, 'Goal'),
  umbrella: text(HOUSE_TEXT_LIMIT, 'Umbrella message'),
  pillars: z
    .array(pillarSchema)
    .max(MAX_PILLARS, { message: `A Message House has at most ${MAX_PILLARS} key messages` }),
  criticism: text(HOUSE_TEXT_LIMIT, 'Likely criticism'),
  response: text(HOUSE_TEXT_LIMIT, 'Answer to the criticism'),
  callToAction: text(HOUSE_TEXT_LIMIT, 'Call to action'),
  box: messageBoxSchema,
});
export type HouseFields = z.infer<typeof houseFieldsSchema>;
/**
 * A change to a house, addressed field by field so two windows editing different key messages both land:
 * top-level texts, Message Box fields one by one, one key message's text or proof points by its id, and key
 * messages added or removed by id. Pillars are never sent whole. Applied in that order: add, change, remove.
 */
export const housePatchSchema = houseFieldsSchema
  .omit({ pillars: true, box: true })
  .partial()
  .extend({
    box: messageBoxSchema.partial().optional(),
    pillarPatches: z
      .array(pillarSchema.pick({ message: true, proofs: true }).partial().extend({ id: idSchema }))
      .max(MAX_PILLARS * 4)
      .optional(),
    addPillars: z.array(pillarSchema).max(MAX_PILLARS).optional(),
    removePillars: z
      .array(idSchema)
      .max(MAX_PILLARS * 4)
      .optional(),
  });
export type HousePatch = z.infer<typeof housePatchSchema>;
export type PillarPatch = NonNullable<HousePatch['pillarPatches']>[number];

export interface MessageHouse extends HouseFields, Timestamps {
  id: string;
  ambassadorId: string;
  isPrimary: boolean;
  /** Bumped on every change (migration 0080); an update names the version it was based on. */
  version: number;
  /** The laptop that made the last change. */
  deviceId: string;
  /** Set when part of the stored record could not be read: it is kept as stored and edits are refused until repaired. */
  needsRepair?: NeedsRepair;
}

export const houseFieldsOf = (h: MessageHouse): HouseFields => pickFields(houseFieldsSchema, h);

export function emptyHouseFields(): HouseFields {
  return {
    template: 'house',
    title: '',
    audience: '',
    goal: '',
    umbrella: '',
    pillars: [],
    criticism: '',
    response: '',
    callToAction: '',
    box: { issue: '', problems: '', soWhat: '', solutions: '', benefits: '' },
  };
}

/** Every piece of text in a house, labelled, for search indexing and safeguarding checks. */
export function houseTexts(h: HouseFields): Array<{ field: string; text: string }> {
  const out = [
    { field: 'title', text: h.title },
    { field: 'audience', text: h.audience },
    { field: 'goal', text: h.goal },
    { field: 'umbrella', text: h.umbrella },
    { field: 'criticism', text: h.criticism },
    { field: 'response', text: h.response },
    { field: 'callToAction', text: h.callToAction },
    ...Object.entries(h.box).map(([k, v]) => ({ field: `box.${k}`, text: v })),
  ];
  h.pillars.forEach((p, i) => {
    out.push({ field: `pillars.${i}.message`, text: p.message });
    p.proofs.forEach((proof, j) => out.push({ field: `pillars.${i}.proofs.${j}`, text: proof.text }));
  });
  return out.filter((entry) => entry.text.trim() !== '');
}
