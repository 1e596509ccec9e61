import type { SampleResult } from '../../../shared/features/sample-data/channels';
import type { ServiceContext } from '../../backend/context';
import { SAMPLE_AMBASSADORS, SAMPLE_COHORT } from './data';
import type { SampleServices } from './env';
import { SAMPLE_STEPS } from './steps';

/** Where a sample person comes in the sample's own order (Amira, Olena, Lin); anyone added later goes last. */
function sampleOrder(displayName: string): number {
  const index = SAMPLE_AMBASSADORS.findIndex((a) => a.fullName === displayName);
  return index === -1 ? SAMPLE_AMBASSADORS.length : index;
}

/** The fictional demo cohort: its people alone (`load`), or with their work on every screen (`explore`). */
export function createSampleService(ctx: ServiceContext, services: SampleServices) {
  /** The laptop opens on the sample cohort and its first person, as after choosing them. */
  const openOn = (cohortId: string, ambassadorIds: readonly string[]) =>
    services.settings.update({
      onboarded: true,
      currentCohortId: cohortId,
      currentAmbassadorId: ambassadorIds[0] ?? null,
    });

  const addPeople = () => {
    const cohort = services.cohorts.create(SAMPLE_COHORT);
    const people = SAMPLE_AMBASSADORS.map((fields) => services.ambassadors.create({ ...fields, cohortId: cohort.id }));
    const ambassadorIds = people.map((a) => a.id);
    openOn(cohort.id, ambassadorIds);
    return { cohortId: cohort.id, people, ambassadorIds };
  };

  /** The sample cohort in use on this laptop (not archived), found by its name. */
  const current = (): SampleResult | null => {
    const cohort = services.cohorts.list(false).find((c) => c.name === SAMPLE_COHORT.name);
    if (!cohort) return null;
    const ambassadorIds = services.ambassadors
      .list({ cohortId: cohort.id })
      .sort((a, b) => sampleOrder(a.displayName) - sampleOrder(b.displayName))
      .map((a) => a.id);
    return { cohortId: cohort.id, ambassadorIds, added: false };
  };

  return {
    /** The cohort and its people with no work: what tests that add their own work start from. */
    load(): SampleResult {
      return ctx.db.transaction(() => {
        const { cohortId, ambassadorIds } = addPeople();
        return { cohortId, ambassadorIds, added: true };
      })();
    },
    /**
     * "Explore with sample data": the cohort, its people and every sample step (houses, quotes, comments,
     * practice), all or nothing. Loading it again while the sample cohort is in use adds nothing: the laptop
     * switches to the cohort already there (`added: false`), with whatever was changed in it kept. Once it is
     * archived, a fresh copy is loaded.
     */
    explore(): SampleResult {
      return ctx.db.transaction((): SampleResult => {
        const there = current();
        if (there) {
          // Only the cohort: its people may have protected their workspaces since, and choosing one is theirs.
          services.settings.update({ onboarded: true, currentCohortId: there.cohortId });
          return there;
        }
        const { cohortId, people, ambassadorIds } = addPeople();
        const [amira, olena, lin] = people;
        if (!amira || !olena || !lin) throw new Error('The sample cohort has three people.');
        for (const step of SAMPLE_STEPS) step({ ctx, services, cohortId, people: { amira, olena, lin } });
        return { cohortId, ambassadorIds, added: true };
      })();
    },
  };
}
