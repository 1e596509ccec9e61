import { z } from 'zod';

/** Kinds of document that keep a history. */
export const REVISION_ENTITY_TYPES = ['ambassador', 'cohort', 'house', 'quote'] as const;
export const revisionEntityTypeSchema = z.enum(REVISION_ENTITY_TYPES);
export type RevisionEntityType = z.infer<typeof revisionEntityTypeSchema>;

export const REVISION_REASONS = ['edit', 'status', 'restore', 'archive'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export interface RevisionSummary {
  id: string;
  entityType: RevisionEntityType;
  entityId: string;
  reason: RevisionReason;
  createdAt: string;
}

export interface Revision<T = unknown> extends RevisionSummary {
  snapshot: T;
}
