import {
  emptyHouseFields,
  houseFieldsOf,
  houseFieldsSchema,
  houseTexts,
  type HouseFields,
  type HousePatch,
  type MessageHouse,
} from '../../../shared/features/key-messages/schemas';
import { requireIntact } from '../../db/intact';
import { AppError } from '../../../shared/result';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createCommentRepository } from '../comments/repository';
import { createSearchRepository } from '../search/repository';
import { createHouseRepository } from './repository';
import { updateHouse } from './update';
import { afterWrite } from '../../db/field-versions';
import { houseDiffPatch, houseFieldsChanged } from '../../../shared/features/key-messages/patch';
import type { ServiceContext } from '../../backend/context';
import { flushWal } from '../../db/scrub';
import { putInTrash } from '../trash/put';
import type { RevisionService } from '../history/service';

export function createHouseService(ctx: ServiceContext, revisions: RevisionService) {
  const houses = ctx.repo(createHouseRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const search = ctx.repo(createSearchRepository);
  const comments = ctx.repo(createCommentRepository);

  const require = (id: string): MessageHouse => {
    const house = houses.get(id);
    if (!house) throw new AppError('NOT_FOUND', 'That message house does not exist or was deleted.');
    return house;
  };

  const index = (house: MessageHouse) => {
    const title = house.title || house.umbrella || (house.template === 'box' ? 'Message Box' : 'Message House');
    search.upsert(
      'house',
      house.id,
      house.ambassadorId,
      title,
      houseTexts(house)
        .map((t) => t.text)
        .join('\n'),
    );
  };

  return {
    list(ambassadorId: string): MessageHouse[] {
      return houses.list(ambassadorId);
    },
    get: require,
    create(ambassadorId: string, fields: Partial<HouseFields>): MessageHouse {
      if (!ambassadors.get(ambassadorId))
        throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
      const full = houseFieldsSchema.parse({ ...emptyHouseFields(), ...fields });
      return ctx.db.transaction(() => {
        const id = ctx.ids();
        // An ambassador's first house is their primary one: it is what the message sheet uses.
        const isFirst = houses.list(ambassadorId).length === 0;
        houses.insert(id, ambassadorId, isFirst, full, ctx.clock.now());
        const house = require(id);
        index(house);
        return house;
      })();
    },
    /** A patch based on `baseVersion`; `keepReplaced` keeps the stored house in the history first. */
    update(id: string, baseVersion: number, patch: HousePatch, keepReplaced = false): MessageHouse {
      return ctx.db.transaction(() => {
        const deps = {
          houses,
          revisions,
          require: (houseId: string) => requireIntact(require(houseId)),
          now: () => ctx.clock.now(),
        };
        const house = updateHouse(deps, id, baseVersion, patch, keepReplaced);
        index(house);
        return house;
      })();
    },
    setPrimary(id: string): MessageHouse {
      return ctx.db.transaction(() => {
        const house = require(id);
        houses.makePrimary(id, house.ambassadorId, ctx.clock.now());
        return require(id);
      })();
    },
    /** Moves the house to the Trash; answers the Trash entry's id, for "Undo". */
    remove(id: string, deletedBy: string): string {
      const trashId = ctx.db.transaction(() => {
        const house = require(id);
        const now = ctx.clock.now();
        const title = house.title || house.umbrella || (house.template === 'box' ? 'Message Box' : 'Message House');
        const owner = ambassadors.get(house.ambassadorId);
        const kept = putInTrash(ctx, {
          kind: 'house',
          id,
          ambassadorId: house.ambassadorId,
          cohortId: owner?.cohortId ?? null,
          label: title,
          deletedBy,
        });
        // The Trash holds the only copy: the row (blanked by the repository), its history, its comments and the
        // search index keep no text of a deleted house.
        houses.remove(id, now);
        for (const commentId of comments.removeForTarget('house', id, now)) search.remove(commentId);
        search.remove(id);
        search.purgeRemoved();
        revisions.forget('house', id);
        // Keep one primary house when the primary one goes.
        const rest = houses.list(house.ambassadorId);
        if (house.isPrimary && rest[0]) houses.makePrimary(rest[0].id, house.ambassadorId, now);
        return kept;
      })();
      flushWal(ctx.db);
      return trashId;
    },
    /** Puts a house back as it was in a snapshot; the state it replaces goes into the history first. */
    restore(id: string, snapshot: unknown): MessageHouse {
      const fields = houseFieldsSchema.safeParse(snapshot);
      if (!fields.success)
        throw new AppError('CONFLICT', 'That version cannot be restored: it is from an older format.');
      return ctx.db.transaction(() => {
        const current = requireIntact(require(id));
        const before = houseFieldsOf(current);
        revisions.recordBefore('house', id, before, 'restore');
        // Every field may change in a restore; counting them all keeps other windows from writing over it.
        const record = afterWrite(houses.fieldVersions(id), current.version, allHouseFields(before, fields.data));
        houses.update(id, current.version, fields.data, record, ctx.clock.now());
        const house = require(id);
        index(house);
        return house;
      })();
    },
  };
}

/** The fields a restore changes: the patch from the current house to the restored one, as field names. */
function allHouseFields(current: HouseFields, restored: HouseFields): string[] {
  return houseFieldsChanged(current, houseDiffPatch(current, restored));
}

export type HouseService = ReturnType<typeof createHouseService>;
