import {
  emptyHouseFields,
  houseFieldsOf,
  houseFieldsSchema,
  houseTexts,
  type HouseFields,
  type HousePatch,
  type MessageHouse,
} from '../../../shared/features/key-messages/schemas';
import { AppError } from '../../../shared/result';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createCommentRepository } from '../comments/repository';
import { createSearchRepository } from '../search/repository';
import { createHouseRepository } from './repository';
import type { ServiceContext } from '../../backend/context';
import { flushWal } from '../../db/scrub';
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
    update(id: string, patch: HousePatch): MessageHouse {
      return ctx.db.transaction(() => {
        const current = require(id);
        const next = houseFieldsSchema.parse({ ...houseFieldsOf(current), ...patch });
        revisions.recordBefore('house', id, houseFieldsOf(current), 'edit');
        houses.update(id, next, ctx.clock.now());
        const house = require(id);
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
    remove(id: string): void {
      ctx.db.transaction(() => {
        const house = require(id);
        const now = ctx.clock.now();
        // There is no trash yet, so a deleted house keeps no text: not in its row (blanked by the repository),
        // its history, its comments or the search index.
        houses.remove(id, now);
        for (const commentId of comments.removeForTarget('house', id, now)) search.remove(commentId);
        search.remove(id);
        search.purgeRemoved();
        revisions.forget('house', id);
        // Keep one primary house when the primary one goes.
        const rest = houses.list(house.ambassadorId);
        if (house.isPrimary && rest[0]) houses.makePrimary(rest[0].id, house.ambassadorId, now);
      })();
      flushWal(ctx.db);
    },
    /** Puts a house back as it was in a snapshot; the state it replaces goes into the history first. */
    restore(id: string, snapshot: unknown): MessageHouse {
      const fields = houseFieldsSchema.safeParse(snapshot);
      if (!fields.success)
        throw new AppError('CONFLICT', 'That version cannot be restored: it is from an older format.');
      return ctx.db.transaction(() => {
        const current = require(id);
        revisions.recordBefore('house', id, houseFieldsOf(current), 'restore');
        houses.update(id, fields.data, ctx.clock.now());
        const house = require(id);
        index(house);
        return house;
      })();
    },
  };
}

export type HouseService = ReturnType<typeof createHouseService>;
