/**
 * The day-by-day plan to the media date, as a pure function of the FSRS cards as they stand now. What happens
 * after each rating cannot be known yet, so the plan takes the due dates as scheduled today and adds the rules
 * below; the screen states them (PLAN_RULES) so nobody mistakes the plan for a promise.
 */
import { QUESTION_CATEGORIES, type QuestionCategory } from '../question-bank/schemas';
import { addDays, daysBetween, isIsoDay, localDay, type IsoDay } from './days';
import { layDays, NOT_DUE, type Pending } from './lay-days';
import type { MediaStatus, PlanDay, PlanItem, PlanItemKind } from './schemas';

/**
 * At most this many questions a day. One question takes two to three minutes with the answer, the self-rating and
 * a replay, so eight is about twenty minutes: a session that fits around work and family, in the spirit of the
 * modest retention target (DOMAIN.md: rehearsal should feel doable, not like cramming).
 */
export const DAILY_LIMIT = 8;
/** Without an upcoming media date the plan looks two weeks ahead, the usual run-up to a media day. */
export const NO_DATE_HORIZON_DAYS = 14;
/**
 * A new question's second look is planned this many days after its first. A day's gap lets the answer settle
 * (a same-day repeat only tests short-term memory), and two days still leaves room before a near media date.
 */
export const SECOND_LOOK_GAP_DAYS = 2;

export const PLAN_RULES: readonly string[] = [
  `Questions come back on the day spaced repetition has scheduled them; any you missed are moved to today.`,
  `New questions are spread over the days so each can come back ${SECOND_LOOK_GAP_DAYS} days later, before the media day: everything is met at least twice if the days allow.`,
  `New questions take turns by category, hostile ones first, so every kind of question comes up early.`,
  `At most ${DAILY_LIMIT} questions a day (about 20 minutes); what does not fit moves to the next day. When not everything fits, days with places to spare take the next new questions early.`,
  `The dates change as you rate your answers: a hard answer comes back sooner, an easy one later.`,
];

export interface PlannedQuestion {
  id: string;
  text: string;
  category: QuestionCategory;
}

export interface ScheduleInput {
  now: Date;
  timeZone: string;
  /** The cohort's media date, '' when none. */
  mediaDate: string;
  /** The questions in the ambassador's scope, in the bank's order. */
  questions: readonly PlannedQuestion[];
  /** The FSRS card of each question rated so far (only its due instant matters here). */
  cards: ReadonlyMap<string, { due: string }>;
}

export interface Schedule {
  today: IsoDay;
  mediaStatus: MediaStatus;
  daysToMedia: number | null;
  days: PlanDay[];
  newPerDay: number;
  newCount: number;
  notPlaced: number;
  laterCount: number;
}

function horizon(today: IsoDay, mediaDate: string): { status: MediaStatus; daysToMedia: number | null; count: number } {
  if (!isIsoDay(mediaDate)) return { status: 'none', daysToMedia: null, count: NO_DATE_HORIZON_DAYS };
  const daysToMedia = daysBetween(today, mediaDate);
  if (daysToMedia < 0) return { status: 'passed', daysToMedia: null, count: NO_DATE_HORIZON_DAYS };
  // On the media day itself only today is left; otherwise every day up to the day before.
  if (daysToMedia === 0) return { status: 'today', daysToMedia, count: 1 };
  return { status: 'upcoming', daysToMedia, count: daysToMedia };
}

/** New questions in turns by category, hostile first (readiness asks for every hostile question twice). */
function newInTurns(questions: readonly PlannedQuestion[]): PlannedQuestion[] {
  const order: QuestionCategory[] = ['hostile', ...QUESTION_CATEGORIES.filter((c) => c !== 'hostile')];
  const queues = order.map((category) => questions.filter((q) => q.category === category));
  const out: PlannedQuestion[] = [];
  for (let round = 0; out.length < questions.length; round += 1)
    for (const queue of queues) if (queue[round]) out.push(queue[round]!);
  return out;
}

export function planSchedule(input: ScheduleInput): Schedule {
  const today = localDay(input.now, input.timeZone);
  const { status, daysToMedia, count } = horizon(today, input.mediaDate);
  const wants: Pending[][] = Array.from({ length: count }, () => []);
  const itemOf = (q: PlannedQuestion, kind: PlanItemKind): PlanItem => ({
    questionId: q.id,
    text: q.text,
    category: q.category,
    kind,
  });

  let laterCount = 0;
  const fresh: PlannedQuestion[] = [];
  for (const question of input.questions) {
    const card = input.cards.get(question.id);
    if (!card) {
      fresh.push(question);
      continue;
    }
    const dueAt = Date.parse(card.due);
    const offset = daysBetween(today, localDay(new Date(dueAt), input.timeZone));
    if (offset >= count) laterCount += 1;
    else if (offset < 0) wants[0]!.push({ item: itemOf(question, 'overdue'), wanted: offset, dueAt });
    else wants[offset]!.push({ item: itemOf(question, 'due'), wanted: offset, dueAt });
  }

  // Introduce new questions only on days that leave room for their second look before the last day.
  const introDays = Math.max(1, count - SECOND_LOOK_GAP_DAYS);
  const newPerDay = fresh.length === 0 ? 0 : Math.ceil(fresh.length / introDays);
  const newQueue: Pending[] = newInTurns(fresh).map((question, k) => ({
    item: itemOf(question, 'new'),
    wanted: Math.floor(k / newPerDay),
    dueAt: NOT_DUE,
  }));
  const lay = (fillUp: boolean) => layDays(count, DAILY_LIMIT, SECOND_LOOK_GAP_DAYS, wants, newQueue, fillUp);
  const even = lay(false);
  // When the even spread leaves rehearsals out, unused places on the first days take new questions early.
  const laid = even.notPlaced === 0 ? even : [even, lay(true)].sort((a, b) => a.notPlaced - b.notPlaced)[0]!;

  return {
    today,
    mediaStatus: status,
    daysToMedia,
    days: laid.days.map((items, day) => ({ date: addDays(today, day), items })),
    newPerDay,
    newCount: fresh.length,
    notPlaced: laid.notPlaced,
    laterCount,
  };
}
