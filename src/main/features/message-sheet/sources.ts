import type { ServiceContext } from '../../backend/context';
import { createMediaRepository } from '../../db/media';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createCohortRepository } from '../cohorts/repository';
import { createHouseRepository } from '../key-messages/repository';
import { createQuoteRepository } from '../quotes/repository';

/** What a sheet is made from, read through each owning feature's repository. */
export function sheetSources(ctx: ServiceContext) {
  return {
    ambassadors: ctx.repo(createAmbassadorRepository),
    cohorts: ctx.repo(createCohortRepository),
    houses: ctx.repo(createHouseRepository),
    quotes: ctx.repo(createQuoteRepository),
    media: ctx.repo(createMediaRepository),
  };
}

export type SheetSources = ReturnType<typeof sheetSources>;
