/**
 * Readiness per question category, and the one rule for "ready" (the screen shows READINESS_RULE word for word).
 *
 * Why this rule: hostile questions are the ones that throw people on air ("Why don't you go back?"), and a bridge
 * only comes without thinking once it has been said out loud more than once, so every hostile question counts
 * twice. For the other kinds, what helps is knowing how such a question feels, so one rehearsed question of each
 * category is enough to call the ambassador ready.
 */
import { CATEGORY_LABELS, QUESTION_CATEGORIES, type QuestionCategory } from '../question-bank/schemas';
import type { CategoryReadiness, Readiness } from './schemas';

/** The category whose every question must be rehearsed twice. */
export const TWICE_CATEGORY: QuestionCategory = 'hostile';

export const READINESS_RULE = `Ready means every ${CATEGORY_LABELS[TWICE_CATEGORY].toLowerCase()} question rehearsed at least twice, and at least one question of every other category rehearsed. A rehearsal is an answer you recorded; deleted answers do not count.`;

export function readinessOf(
  questions: ReadonlyArray<{ id: string; category: QuestionCategory }>,
  takeCounts: ReadonlyMap<string, number>,
): Readiness {
  const categories: CategoryReadiness[] = QUESTION_CATEGORIES.map((category) => {
    const inCategory = questions.filter((q) => q.category === category);
    const takes = inCategory.map((q) => takeCounts.get(q.id) ?? 0);
    return {
      category,
      total: inCategory.length,
      once: takes.filter((n) => n >= 1).length,
      twice: takes.filter((n) => n >= 2).length,
    };
  }).filter((c) => c.total > 0);
  const ready =
    categories.length > 0 &&
    categories.every((c) => (c.category === TWICE_CATEGORY ? c.twice === c.total : c.once >= 1));
  return { categories, ready };
}
