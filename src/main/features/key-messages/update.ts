import { applyHousePatch, houseFieldsChanged } from '../../../shared/features/key-messages/patch';
import {
  houseFieldsOf,
  houseFieldsSchema,
  type HousePatch,
  type MessageHouse,
} from '../../../shared/features/key-messages/schemas';
import { AppError } from '../../../shared/result';
import { afterWrite, staleFields } from '../../db/field-versions';
import type { RevisionService } from '../history/service';
import type { HouseRepository } from './repository';

const TOP_NAMES: Readonly<Record<string, string>> = {
  template: 'Template',
  title: 'Name',
  audience: 'Audience',
  goal: 'Goal',
  umbrella: 'Umbrella message',
  criticism: 'Likely criticism',
  response: 'Answer to the criticism',
  callToAction: 'Call to action',
};

/** `pillars.<id>.message` → "Key message 2", by its place in the stored house. */
function fieldName(house: MessageHouse, field: string): string {
  const [head, id, part] = field.split('.');
  if (head === 'box') return 'Message Box';
  if (head !== 'pillars') return TOP_NAMES[field] ?? field;
  const place = house.pillars.findIndex((p) => p.id === id) + 1;
  return `Key message ${place || ''}${part === 'proofs' ? ' proof points' : ''}`.replace('  ', ' ');
}

export function staleHouseMessage(house: MessageHouse, fields: readonly string[]): string {
  const names = [...new Set(fields.map((f) => fieldName(house, f)))].join(', ');
  return `This Message House was changed in another window since you opened it (${names}), so your change was not saved. Compare the two texts and choose which to keep.`;
}

export interface HouseUpdateDeps {
  houses: HouseRepository;
  revisions: RevisionService;
  require(id: string): MessageHouse;
  now(): string;
}

/**
 * A patch based on `baseVersion`, field by field (see `src/main/db/field-versions.ts` for the rule): refused with
 * nothing written when a field it changes was changed after that version, or when it changes a key message that
 * is no longer there; otherwise applied over the stored house, keeping other windows' changes to other fields.
 */
export function updateHouse(
  deps: HouseUpdateDeps,
  id: string,
  baseVersion: number,
  patch: HousePatch,
  keepReplaced = false,
): MessageHouse {
  const current = deps.require(id);
  const before = houseFieldsOf(current);
  const { fields, missing } = applyHousePatch(before, patch);
  if (missing.length > 0) {
    throw new AppError(
      'CONFLICT',
      'That key message was removed in another window, so your change to it was not saved. Compare the two versions and choose which to keep.',
    );
  }
  const changed = houseFieldsChanged(before, patch);
  const record = deps.houses.fieldVersions(id);
  const stale = staleFields(record, current.version, baseVersion, changed);
  if (stale.length > 0) throw new AppError('CONFLICT', staleHouseMessage(current, stale));
  const added = (patch.addPillars ?? []).some((p) => !before.pillars.some((q) => q.id === p.id));
  if (changed.length === 0 && !added) return current;
  const next = houseFieldsSchema.parse(fields);
  deps.revisions.recordBefore('house', id, before, 'edit', { always: keepReplaced });
  const gone = (patch.removePillars ?? []).map((pillarId) => `pillars.${pillarId}.`);
  const written = deps.houses.update(
    id,
    current.version,
    next,
    afterWrite(record, current.version, changed, gone),
    deps.now(),
  );
  if (!written) throw new AppError('CONFLICT', staleHouseMessage(current, changed));
  return deps.require(id);
}
