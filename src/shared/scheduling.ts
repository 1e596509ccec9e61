import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { z } from 'zod';
import type { Grade } from './features/rehearsal/schemas';

/** Modest retention (DOMAIN.md): rehearsal should feel doable, not like exam cramming. */
export const TARGET_RETENTION = 0.85;
const DAY_MS = 24 * 60 * 60 * 1000;

export const storedCardSchema = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number().int().min(0).max(3),
  last_review: z.string().nullable(),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

const GRADE_TO_RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  };
}

function toStored(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** Days from now until the media date (whole days, may be negative); null when there is no date. */
export function daysUntil(mediaDate: string | null, now: Date): number | null {
  if (!mediaDate) return null;
  const target = Date.parse(`${mediaDate}T00:00:00Z`);
  if (Number.isNaN(target)) return null;
  return Math.floor((target - now.getTime()) / DAY_MS);
}

/**
 * Schedules the next rehearsal of a question after a self-rating. Before the cohort's media date the
 * interval is capped so every question comes round at least twice more, and nothing is due after the day
 * before the media date; after it, FSRS schedules freely.
 */
export function scheduleReview(
  previous: StoredCard | null,
  grade: Grade,
  now: Date,
  mediaDate: string | null,
): StoredCard {
  const remaining = daysUntil(mediaDate, now);
  const cap = remaining !== null && remaining > 0 ? Math.max(1, Math.floor(remaining / 2)) : 365;
  const scheduler = fsrs(
    generatorParameters({ request_retention: TARGET_RETENTION, maximum_interval: cap, enable_fuzz: false }),
  );
  const card = previous ? toCard(previous) : createEmptyCard(now);
  const next = scheduler.next(card, now, GRADE_TO_RATING[grade]).card;
  if (remaining !== null && remaining > 1) {
    const lastRehearsal = Date.parse(`${mediaDate}T00:00:00Z`) - DAY_MS;
    if (next.due.getTime() > lastRehearsal) next.due = new Date(lastRehearsal);
  }
  return toStored(next);
}

export function isDue(card: StoredCard | null, now: Date): boolean {
  return card === null || Date.parse(card.due) <= now.getTime();
}
