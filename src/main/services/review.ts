import { displayName } from '../../shared/domain/ambassador';
import type { ReviewQueue } from '../../shared/domain/review';
import type { Repositories } from '../db/repositories';
import type { CommentService } from './comments';
import type { QuoteService } from './quotes';

/** What a trainer needs at the residential: quotes waiting for approval and open comments, across the cohort. */
export function createReviewService(repos: Repositories, quotes: QuoteService, comments: CommentService) {
  return {
    queue(cohortId?: string): ReviewQueue {
      const people = new Map(repos.ambassadors.list(true).map((a) => [a.id, a]));
      const inCohort = (ambassadorId: string) => cohortId === undefined || people.get(ambassadorId)?.cohortId === cohortId;
      const nameOf = (ambassadorId: string) => {
        const a = people.get(ambassadorId);
        return a ? displayName(a) : 'Unknown ambassador';
      };
      return {
        quotes: quotes
          .inReview()
          .filter((q) => inCohort(q.ambassadorId))
          .map((quote) => ({ quote, ambassadorName: nameOf(quote.ambassadorId) })),
        comments: comments
          .open()
          .filter((c) => inCohort(c.ambassadorId))
          .map((comment) => ({ comment, ambassadorName: nameOf(comment.ambassadorId) })),
      };
    },
  };
}
