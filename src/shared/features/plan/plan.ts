/** The whole plan: the schedule, readiness, and a real interview that comes before the media date. */
import { addDays, daysBetween, isIsoDay, type IsoDay } from './days';
import { readinessOf } from './readiness';
import { planSchedule, DAILY_LIMIT, type ScheduleInput } from './schedule';
import type { PlanInterview, StudyPlan } from './schemas';

export interface PlanInput extends ScheduleInput {
  /** Rehearsals (saved takes) per question id. */
  takeCounts: ReadonlyMap<string, number>;
  /** The ambassador's interview requests with a date ('' when not fixed). */
  interviews: readonly PlanInterview[];
}

/**
 * The soonest interview from today on that comes before `end` (the media date, or the day after the plan's last
 * day when there is no media date to count to): it is the real deadline, so the plan names it.
 */
function interviewBefore(interviews: readonly PlanInterview[], today: IsoDay, end: IsoDay): PlanInterview | null {
  const coming = interviews
    .filter((i) => isIsoDay(i.date) && daysBetween(today, i.date) >= 0 && daysBetween(i.date, end) > 0)
    .sort((a, b) => daysBetween(b.date, a.date));
  return coming[0] ?? null;
}

export function buildPlan(input: PlanInput): StudyPlan {
  const schedule = planSchedule(input);
  const lastDay = schedule.days[schedule.days.length - 1]!.date;
  const counting = schedule.mediaStatus === 'upcoming' || schedule.mediaStatus === 'today';
  const end = counting ? input.mediaDate : addDays(lastDay, 1);
  return {
    ...schedule,
    mediaDate: input.mediaDate,
    dailyLimit: DAILY_LIMIT,
    interview: interviewBefore(input.interviews, schedule.today, end),
    readiness: readinessOf(input.questions, input.takeCounts),
  };
}
