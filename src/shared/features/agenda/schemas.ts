/**
 * A cohort's residential agenda: blocks of time on each day, each with a title, an optional link to one of the
 * app's exercises and facilitator notes (a trainer's only; the backend leaves them out for everyone else).
 * Times are minutes after midnight on the day, so the agenda does not depend on any time zone.
 */
import { z } from 'zod';
import { idSchema, isoDate, requiredText, text } from '../../fields';

/** The app's screens an agenda block can link to. */
export const EXERCISES = ['key-messages', 'press-quotes', 'interview-practice', 'message-sheet'] as const;
export const exerciseSchema = z.enum(EXERCISES);
export type Exercise = z.infer<typeof exerciseSchema>;

export const EXERCISE_LABELS: Readonly<Record<Exercise, string>> = {
  'key-messages': 'Key messages',
  'press-quotes': 'Press quotes',
  'interview-practice': 'Interview practice',
  'message-sheet': 'Message sheet',
};

/** A residential is two days; a third leaves room for a follow-up session. */
export const MAX_DAYS = 3;
export const MINUTES_PER_DAY = 24 * 60;
export const AGENDA_LIMITS = { title: 120, notes: 1000, blocks: 60, minDuration: 5, maxDuration: 480 } as const;

const blockShape = {
  day: z
    .number()
    .int()
    .min(1, { message: 'Day must be 1 or more' })
    .max(MAX_DAYS, { message: `Day must be ${MAX_DAYS} or less` }),
  startMinute: z
    .number()
    .int()
    .min(0, { message: 'Start time must be a time of day' })
    .max(MINUTES_PER_DAY - 1, { message: 'Start time must be a time of day' }),
  durationMinutes: z
    .number()
    .int()
    .min(AGENDA_LIMITS.minDuration, { message: `A block lasts at least ${AGENDA_LIMITS.minDuration} minutes` })
    .max(AGENDA_LIMITS.maxDuration, { message: `A block lasts at most ${AGENDA_LIMITS.maxDuration} minutes` }),
  title: requiredText(AGENDA_LIMITS.title, 'Title'),
  exercise: exerciseSchema.nullable(),
  notes: text(AGENDA_LIMITS.notes, 'Facilitator notes'),
};

const endsByMidnight = (b: { startMinute?: number; durationMinutes?: number }) =>
  b.startMinute === undefined ||
  b.durationMinutes === undefined ||
  b.startMinute + b.durationMinutes <= MINUTES_PER_DAY;
const MIDNIGHT = {
  message: 'A block must end by midnight: start earlier or make it shorter',
  path: ['durationMinutes'],
};

export const blockFieldsSchema = z.strictObject(blockShape).refine(endsByMidnight, MIDNIGHT);
export type BlockFields = z.infer<typeof blockFieldsSchema>;

/** A change to some fields of one block; the whole block must still end by midnight (checked by the service). */
export const blockPatchSchema = z.strictObject(blockShape).partial();
export type BlockPatch = z.infer<typeof blockPatchSchema>;

export { endsByMidnight as blockEndsByMidnight };

export interface AgendaBlock extends BlockFields {
  id: string;
}

export interface Agenda {
  cohortId: string;
  /** The date of day 1 (YYYY-MM-DD), or '' when not set: the projector view then asks which day it is. */
  startDate: string;
  /** Goes up by one with every change; an edit based on an older version is refused. */
  version: number;
  /** True when the caller is not a trainer: every block's notes are empty because they were left out. */
  notesHidden: boolean;
  /** In order: by day, then start time. */
  blocks: AgendaBlock[];
}

export const agendaStartDateSchema = isoDate;
export const agendaBlockIdSchema = idSchema;

export function blockEnd(block: Pick<BlockFields, 'startMinute' | 'durationMinutes'>): number {
  return block.startMinute + block.durationMinutes;
}

/** Day first, then start time, then title: the one order of an agenda everywhere. */
export function compareBlocks(a: BlockFields, b: BlockFields): number {
  return a.day - b.day || a.startMinute - b.startMinute || a.title.localeCompare(b.title);
}
