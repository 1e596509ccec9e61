import { displayName } from '../../../shared/features/ambassadors/schemas';
import type { ReviewQueue, ReviewQueueInput } from '../../../shared/features/review/schemas';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import type { CommentService } from '../comments/service';
import type { QuoteService } from '../quotes/service';

/**
 * What a trainer needs at the residential: quotes waiting for approval (with what the live checks found in them)
 * and open comments, across the cohort. The filters run here, and the findings are worked out only for the
 * window of quotes asked for (unless "has findings" needs them all), so a queue of a thousand stays quick.
 */
export function createReviewService(ctx: ServiceContext, quotes: QuoteService, comments: CommentService) {
  const ambassadors = ctx.repo(createAmbassadorRepository);
  return {
    queue(filter: ReviewQueueInput = {}): ReviewQueue {
      const { cohortId, ambassadorId, quoteId, hasFindings } = filter;
      const people = new Map(ambassadors.list(true).map((a) => [a.id, a]));
      const wanted = (owner: string) =>
        (cohortId === undefined || people.get(owner)?.cohortId === cohortId) &&
        (ambassadorId === undefined || owner === ambassadorId);
      const nameOf = (owner: string) => {
        const a = people.get(owner);
        return a ? displayName(a) : 'Unknown ambassador';
      };
      let matching = quotes
        .withStatus(filter.status ?? 'in_review')
        .filter((q) => wanted(q.ambassadorId) && (quoteId === undefined || q.id === quoteId));
      // "Has findings" can only be answered by checking every matching quote; otherwise only the window is checked.
      const allFindings = hasFindings === undefined ? null : quotes.findingsOf(matching);
      if (allFindings) matching = matching.filter((q) => (allFindings.get(q.id)?.length ?? 0) > 0 === hasFindings);
      const offset = filter.offset ?? 0;
      const window = matching.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit);
      // Findings ride along with each quote, so the queue shows them where Approve is, not one click away.
      const findings = allFindings ?? quotes.findingsOf(window);
      return {
        quotes: window.map((quote) => ({
          quote,
          ambassadorName: nameOf(quote.ambassadorId),
          findings: findings.get(quote.id) ?? [],
        })),
        total: matching.length,
        offset,
        comments: comments
          .open()
          .filter((c) => wanted(c.ambassadorId) && quoteId === undefined)
          .map((comment) => ({ comment, ambassadorName: nameOf(comment.ambassadorId) })),
      };
    },
  };
}
