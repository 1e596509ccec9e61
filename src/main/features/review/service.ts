import { displayName } from '../../../shared/features/ambassadors/schemas';
import type { ReviewQueue } from '../../../shared/features/review/schemas';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import type { CommentService } from '../comments/service';
import type { QuoteService } from '../quotes/service';

/**
 * What a trainer needs at the residential: quotes waiting for approval (with what the live checks found in them)
 * and open comments, across the cohort.
 */
export function createReviewService(ctx: ServiceContext, quotes: QuoteService, comments: CommentService) {
  const ambassadors = ctx.repo(createAmbassadorRepository);
  return {
    queue(cohortId?: string): ReviewQueue {
      const people = new Map(ambassadors.list(true).map((a) => [a.id, a]));
      const inCohort = (ambassadorId: string) =>
        cohortId === undefined || people.get(ambassadorId)?.cohortId === cohortId;
      const nameOf = (ambassadorId: string) => {
        const a = people.get(ambassadorId);
        return a ? displayName(a) : 'Unknown ambassador';
      };
      const waiting = quotes.inReview().filter((q) => inCohort(q.ambassadorId));
      // Findings ride along with each quote, so the queue shows them where Approve is, not one click away.
      const findings = quotes.findingsOf(waiting);
      return {
        quotes: waiting.map((quote) => ({
          quote,
          ambassadorName: nameOf(quote.ambassadorId),
          findings: findings.get(quote.id) ?? [],
        })),
        comments: comments
          .open()
          .filter((c) => inCohort(c.ambassadorId))
          .map((comment) => ({ comment, ambassadorName: nameOf(comment.ambassadorId) })),
      };
    },
  };
}
