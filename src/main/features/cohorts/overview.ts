import { displayName } from '../../../shared/features/ambassadors/schemas';
import { profileCompleteness } from '../../../shared/features/ambassadors/profile-completeness';
import {
  OVERVIEW_QUOTE_COLUMNS,
  type CohortOverview,
  type CohortOverviewRow,
  type OverviewQuoteColumn,
} from '../../../shared/features/cohorts/overview-schemas';
import { AppError } from '../../../shared/result';
import { blockingFindings } from '../../../shared/features/message-sheet/gate';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import type { SheetService } from '../message-sheet/service';
import type { RehearsalService } from '../rehearsal/service';
import { createCohortOverviewRepository } from './overview-repository';
import { createCohortRepository } from './repository';

export interface CohortOverviewDeps {
  rehearsal: Pick<RehearsalService, 'dueCount'>;
  sheets: Pick<SheetService, 'preview'>;
}

const emptyQuotes = (): Record<OverviewQuoteColumn, number> =>
  Object.fromEntries(OVERVIEW_QUOTE_COLUMNS.map((c) => [c, 0])) as Record<OverviewQuoteColumn, number>;

/**
 * The trainer's cohort overview: one row per ambassador. Counts come from one grouped query per measure;
 * whether a sheet is ready and how many questions are due are asked of the sheet and rehearsal services, so
 * the overview says exactly what the press pack and Home would.
 */
export function createCohortOverviewService(ctx: ServiceContext, deps: CohortOverviewDeps) {
  const cohorts = ctx.repo(createCohortRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const counts = ctx.repo(createCohortOverviewRepository);

  /** Why the press pack would leave this person's sheet out, in its words; empty when it would print. */
  const sheetBlockers = (ambassadorId: string): string[] => {
    try {
      // The pack prepares each sheet with the default choices, as the preview does with none.
      const preview = deps.sheets.preview(ambassadorId, {});
      return blockingFindings(preview.findings).map((f) => `Safeguarding check: ${f.message}`);
    } catch (error) {
      if (error instanceof AppError) return [error.message];
      throw error;
    }
  };

  return {
    overview(cohortId: string): CohortOverview {
      if (!cohorts.get(cohortId)) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
      // One read of everything, so the counts agree with each other even while someone saves.
      return ctx.db.transaction(() => {
        const members = ambassadors
          .list(false)
          .filter((a) => a.cohortId === cohortId)
          .sort((x, y) => displayName(x).localeCompare(displayName(y)));
        const houses = new Map(counts.houses(cohortId).map((r) => [r.ambassador_id, r]));
        const comments = new Map(counts.openComments(cohortId).map((r) => [r.ambassador_id, r.n]));
        const rehearsals = new Map(counts.rehearsals(cohortId).map((r) => [r.ambassador_id, r]));
        const quotes = new Map<string, Pick<CohortOverviewRow, 'quotes' | 'firstQuoteIds'>>();
        for (const r of counts.quotes(cohortId)) {
          const entry = quotes.get(r.ambassador_id) ?? { quotes: emptyQuotes(), firstQuoteIds: {} };
          const column: OverviewQuoteColumn = r.sent_back === 1 ? 'changes_requested' : r.status;
          entry.quotes[column] += r.n;
          entry.firstQuoteIds[column] ??= r.first_id;
          quotes.set(r.ambassador_id, entry);
        }

        const rows = members.map((a): CohortOverviewRow => {
          const house = houses.get(a.id);
          const rehearsal = rehearsals.get(a.id);
          const blockers = sheetBlockers(a.id);
          return {
            ambassadorId: a.id,
            name: displayName(a),
            profile: profileCompleteness(a),
            primaryHouse: house?.primary_id
              ? { id: house.primary_id, title: house.primary_title ?? '', umbrella: house.primary_umbrella ?? '' }
              : null,
            houseCount: house?.houses ?? 0,
            ...(quotes.get(a.id) ?? { quotes: emptyQuotes(), firstQuoteIds: {} }),
            rehearsal: {
              sessions: rehearsal?.sessions ?? 0,
              takes: rehearsal?.takes ?? 0,
              lastAt: rehearsal?.last_at ?? null,
              due: deps.rehearsal.dueCount(a.id),
            },
            openComments: comments.get(a.id) ?? 0,
            sheet: { ready: blockers.length === 0, blockers },
          };
        });
        return { cohortId, rows };
      })();
    },
  };
}

export type CohortOverviewService = ReturnType<typeof createCohortOverviewService>;
