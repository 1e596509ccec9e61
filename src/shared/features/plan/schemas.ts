/**
 * The plan to the media date (issue 14): what is due each day until the cohort's media date, and how ready the
 * ambassador is per question category. Computed by the backend from the FSRS cards and the takes; nothing is stored.
 */
import type { QuestionCategory } from '../question-bank/schemas';
import type { InterviewTypeId } from '../rehearsal/schemas';
import type { IsoDay } from './days';

/**
 * Why a question is on a day: FSRS brings it back (`due`), it was due before today (`overdue`, always put on
 * today), it has never been rated (`new`), or it is the planned second look at a question introduced a few days
 * earlier (`second`; FSRS fixes the real date once the first take is rated).
 */
export const PLAN_ITEM_KINDS = ['overdue', 'due', 'second', 'new'] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

export interface PlanItem {
  questionId: string;
  text: string;
  category: QuestionCategory;
  kind: PlanItemKind;
}

export interface PlanDay {
  date: IsoDay;
  items: PlanItem[];
}

/** Where the media date stands today: the plan counts to it only when it is today or later. */
export type MediaStatus = 'upcoming' | 'today' | 'passed' | 'none';

export interface CategoryReadiness {
  category: QuestionCategory;
  /** Questions of this category in the ambassador's scope. */
  total: number;
  /** Of those, rehearsed (a take saved) at least once, and at least twice. */
  once: number;
  twice: number;
}

export interface Readiness {
  categories: CategoryReadiness[];
  ready: boolean;
}

/** An upcoming real interview (from the ambassador's interview requests) that falls before the media date. */
export interface PlanInterview {
  date: IsoDay;
  outlet: string;
  /** Its interview type, so today's rehearsal can use the same rules and answer length. */
  format: InterviewTypeId;
}

export interface StudyPlan {
  today: IsoDay;
  /** The cohort's media date as set ('' when none). */
  mediaDate: string;
  mediaStatus: MediaStatus;
  /** Calendar days from today to the media date; null unless it is upcoming or today. */
  daysToMedia: number | null;
  /** Today first; the last day is the day before the media date, or the 14th day when there is none to count to. */
  days: PlanDay[];
  dailyLimit: number;
  /** New questions introduced per day at most, by the rule in schedule.ts. */
  newPerDay: number;
  /** Questions in scope never rated yet. */
  newCount: number;
  /** Rehearsals that did not fit in the days left at the daily limit. */
  notPlaced: number;
  /** Questions FSRS brings back only after the last day of the plan. */
  laterCount: number;
  interview: PlanInterview | null;
  readiness: Readiness;
}
