import {
  cohortFieldsOf,
  cohortFieldsSchema,
  type Cohort,
  type CohortFields,
} from '../../../shared/features/cohorts/schemas';
import { normaliseHashtag } from '../../../shared/features/cohorts/hashtag';
import { AppError } from '../../../shared/result';
import { createCohortRepository } from './repository';
import type { ServiceContext } from '../../backend/context';
import type { RevisionService } from '../history/service';

type CohortPatch = Partial<Omit<CohortFields, 'pressContact'>> & {
  pressContact?: Partial<CohortFields['pressContact']>;
};

export function createCohortService(ctx: ServiceContext, revisions: RevisionService) {
  const repo = ctx.repo(createCohortRepository);
  const require = (id: string): Cohort => {
    const cohort = repo.get(id);
    if (!cohort) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
    return cohort;
  };

  return {
    list: (includeArchived = false) => repo.list(includeArchived),
    get: require,
    create(fields: CohortFields): Cohort {
      const id = ctx.ids();
      repo.insert(id, { ...fields, hashtag: normaliseHashtag(fields.hashtag) }, ctx.clock.now());
      return require(id);
    },
    update(id: string, patch: CohortPatch): Cohort {
      return ctx.db.transaction(() => {
        const current = require(id);
        const next = cohortFieldsSchema.parse({
          ...cohortFieldsOf(current),
          ...patch,
          pressContact: { ...current.pressContact, ...patch.pressContact },
        });
        // Stored as it is printed and searched for: "IamAMigrant" typed without its sign becomes "#IamAMigrant".
        next.hashtag = normaliseHashtag(next.hashtag);
        revisions.recordBefore('cohort', id, current, 'edit');
        repo.update(id, next, ctx.clock.now());
        return require(id);
      })();
    },
    archive(id: string, archived: boolean): Cohort {
      return ctx.db.transaction(() => {
        const current = require(id);
        const now = ctx.clock.now();
        revisions.recordBefore('cohort', id, current, 'archive');
        repo.setArchived(id, archived ? now : null, now);
        return require(id);
      })();
    },
  };
}

export type CohortService = ReturnType<typeof createCohortService>;
