import { z } from 'zod';

/** Kinds of document that keep a history. Later issues add message houses and quotes here. */
export const REVISION_ENTITY_TYPES = ['ambassador', 'cohort'] as const;
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
