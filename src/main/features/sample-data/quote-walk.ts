/**
 * Takes a sample quote to the status it should show by the real transitions, as a trainer and an ambassador
 * would: the trainer's "send back" adds a comment first (as the review screen does), and an approval is given
 * for the text the trainer read, after reading every finding it has.
 */
import type { Quote, QuoteFields } from '../../../shared/features/quotes/schemas';
import { quoteTextHash } from '../../../shared/features/quotes/text-hash';
import { SAMPLE_TRAINER, type SampleServices } from './env';

/** Where a sample quote ends up; "changes requested" is a draft that came back with a trainer's comment. */
export type SampleQuoteEnd = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'retired';

export interface SampleQuotePlan {
  fields: Partial<QuoteFields>;
  end: SampleQuoteEnd;
  /** The trainer's comment when it comes back (needed for "changes_requested" and for a `firstDraft`). */
  comment?: string;
  /** Reviewed once in this wording, sent back with `comment`, rewritten as `fields.text`, then reviewed again. */
  firstDraft?: string;
  /** The ambassador's answer to the trainer's comment, after which the comment is resolved. */
  reply?: string;
}

type QuoteServices = Pick<SampleServices, 'quotes' | 'comments'>;

function approve(services: QuoteServices, quote: Quote): Quote {
  const read = services.quotes.findings(quote.id).map((f) => f.id);
  return services.quotes.transition(quote.id, 'approve', SAMPLE_TRAINER, read, quoteTextHash(quote));
}

function sendBack(services: QuoteServices, quote: Quote, comment: string): { quote: Quote; commentId: string } {
  // The review screen will not send a quote back without saying why; neither does the sample.
  if (comment.trim() === '') throw new Error('A sample quote sent back needs the trainer’s comment.');
  const added = services.comments.add(
    { targetType: 'quote', targetId: quote.id, field: 'text', body: comment },
    SAMPLE_TRAINER,
  );
  const back = services.quotes.transition(quote.id, 'sendBack', SAMPLE_TRAINER, [], quoteTextHash(quote));
  return { quote: back, commentId: added.id };
}

export function placeQuote(services: QuoteServices, ambassadorId: string, plan: SampleQuotePlan): Quote {
  const { fields, end, comment = '' } = plan;
  if (end === 'draft') return services.quotes.create(ambassadorId, fields);
  let quote = services.quotes.create(ambassadorId, plan.firstDraft ? { ...fields, text: plan.firstDraft } : fields);
  if (end === 'retired' || end === 'approved') {
    if (plan.firstDraft) {
      quote = services.quotes.transition(quote.id, 'submit', '');
      const back = sendBack(services, quote, comment);
      if (plan.reply) {
        const reply = { targetType: 'quote' as const, targetId: quote.id, field: 'text', body: plan.reply };
        const answered = services.comments.add(reply, null);
        // The exchange is over, so both sides of it are resolved.
        for (const id of [back.commentId, answered.id]) services.comments.setResolved(id, true);
      }
      // Kept in the history, so "Compare" shows the wording before the trainer's comment.
      quote = services.quotes.update(quote.id, back.quote.version, { text: fields.text ?? '' }, true);
    }
    quote = approve(services, services.quotes.transition(quote.id, 'submit', ''));
    return end === 'retired' ? services.quotes.transition(quote.id, 'retire', '') : quote;
  }
  quote = services.quotes.transition(quote.id, 'submit', '');
  if (end === 'in_review') return quote;
  return sendBack(services, quote, comment).quote;
}
