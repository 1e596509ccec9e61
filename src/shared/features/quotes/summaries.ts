import { z } from 'zod';
import { idSchema } from '../../fields';
import type { QuoteStatus } from './schemas';

/** How many list rows one request may ask for: a screenful or three, never the whole list. */
export const MAX_PAGE = 500;

/** One window of a long list: rows `offset` to `offset + limit - 1`. */
export const pageSchema = {
  offset: z.number().int().min(0).max(1_000_000),
  limit: z.number().int().min(1).max(MAX_PAGE),
};

export const quoteSummariesInput = z.strictObject({ ambassadorId: idSchema, ...pageSchema });

/** What a row of the Press quotes list shows: never the variants or consent notes, so a long list stays light. */
export interface QuoteSummary {
  id: string;
  status: QuoteStatus;
  /** The start of the quote, trimmed; empty for an empty draft. */
  excerpt: string;
  outlet: string;
  occasion: string;
  consentWithdrawn: boolean;
  updatedAt: string;
  /** Present when the stored quote could not be read whole (see the Repair screen). */
  needsRepair?: true;
}

/** A window of an ambassador's quotes (drafts first, then in review, approved and retired; newest first in each). */
export interface QuotePage {
  total: number;
  counts: Record<QuoteStatus, number>;
  offset: number;
  items: QuoteSummary[];
}

/** Characters of the quote a summary carries: enough for two lines of a list row. */
export const EXCERPT_CHARS = 200;
