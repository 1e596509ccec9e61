/** The plan's sentences: dates in the person's own locale, counts in words. */
import { CATEGORY_LABELS } from '../../../../shared/features/question-bank/schemas';
import { TWICE_CATEGORY } from '../../../../shared/features/plan/readiness';
import type { Readiness, StudyPlan } from '../../../../shared/features/plan/schemas';

/** A calendar day as the person's locale writes it. Noon keeps the day the same in every time zone. */
export function formatDay(isoDay: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${isoDay}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return style === 'long'
    ? date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    : date.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Where the media day stands, in one sentence. */
export function mediaSentence(plan: StudyPlan): string {
  switch (plan.mediaStatus) {
    case 'upcoming':
      return `Media day: ${formatDay(plan.mediaDate)}, in ${plural(plan.daysToMedia ?? 0, 'day')}.`;
    case 'today':
      return 'The media day is today. A short warm-up with today’s questions is all that is left.';
    case 'passed':
      return `The media day (${formatDay(plan.mediaDate)}) has passed, so this plan looks two weeks ahead.`;
    case 'none':
      return 'Your cohort has no media date yet, so this plan looks two weeks ahead. Your trainer can set the date.';
  }
}

/** Home's one line: today's load, the media day, the hostile questions. */
export function reminderParts(plan: StudyPlan): string[] {
  const today = plan.days[0]?.items.length ?? 0;
  const hostile = plan.readiness.categories.find((c) => c.category === TWICE_CATEGORY);
  const media =
    plan.mediaStatus === 'upcoming'
      ? `media day in ${plural(plan.daysToMedia ?? 0, 'day')}`
      : plan.mediaStatus === 'today'
        ? 'media day today'
        : 'no media date yet';
  return [
    today === 0 ? 'Nothing planned today' : `${plural(today, 'question')} to rehearse today`,
    media,
    ...(hostile ? [`hostile questions: ${hostile.twice} of ${hostile.total} ready`] : []),
  ];
}

/** What is still missing before "ready", by the rule; empty when ready. */
export function readinessGaps(readiness: Readiness): string[] {
  const gaps: string[] = [];
  for (const c of readiness.categories) {
    if (c.category === TWICE_CATEGORY && c.twice < c.total)
      gaps.push(
        `${plural(c.total - c.twice, `${CATEGORY_LABELS[c.category].toLowerCase()} question`)} to rehearse twice`,
      );
    if (c.category !== TWICE_CATEGORY && c.once === 0) gaps.push(`a question from “${CATEGORY_LABELS[c.category]}”`);
  }
  return gaps;
}
