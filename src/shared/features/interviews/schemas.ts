/**
 * A real interview request (issue 14): what to ask the journalist and what to agree before saying yes, as fields
 * (DOMAIN.md "Preparation checklist for a real interview request"), then the debrief and wellbeing check afterwards.
 * The request belongs to one ambassador; a trainer sees their debrief only as "wants a follow-up" unless they share it.
 */
import { z } from 'zod';
import { idSchema, isoDate, requiredText, text, textList, type Timestamps } from '../../fields';
import { LIMITS } from '../../limits';
import { nameModeSchema } from '../ambassadors/schemas';
import { INTERVIEW_TYPE_IDS } from '../rehearsal/schemas';

export const INTERVIEW_LIMITS = {
  outlet: 120,
  journalist: 120,
  angle: 600,
  others: 400,
  notes: 2000,
  debrief: 2000,
} as const;

/** Live or recorded decides how much can be fixed afterwards (nothing, if live). */
export const BROADCAST_KINDS = ['live', 'recorded', 'not-sure'] as const;
export const PHOTO_ANSWERS = ['yes', 'no', 'not-asked'] as const;
/** Asking a legal adviser first matters for anyone in the asylum process (UNHCR): the card reminds them. */
export const LEGAL_CHECK = ['done', 'not-needed', 'not-yet'] as const;

export const interviewFieldsSchema = z.strictObject({
  // Ask the journalist
  outlet: requiredText(INTERVIEW_LIMITS.outlet, 'Outlet'),
  journalist: text(INTERVIEW_LIMITS.journalist, 'Journalist'),
  angle: text(INTERVIEW_LIMITS.angle, 'Angle'),
  othersInterviewed: text(INTERVIEW_LIMITS.others, 'Who else they are talking to'),
  /** When the journalist needs an answer or the interview by; '' when not known. */
  deadline: isoDate,
  broadcast: z.enum(BROADCAST_KINDS),
  /** The interview type, so rehearsal uses its rules and answer length (TV and video call are rehearsed on camera). */
  format: z.enum(INTERVIEW_TYPE_IDS),
  /** Expected length in minutes; 0 when not known. */
  lengthMinutes: z.number().int().min(0).max(240),
  /** The day of the interview itself: the countdown and the plan count towards it; '' when not fixed yet. */
  interviewDate: isoDate,
  /** When it is published or broadcast; '' when not known. */
  runsOn: isoDate,
  // Agree before saying yes
  nameMode: nameModeSchema,
  photo: z.enum(PHOTO_ANSWERS),
  offLimits: textList('Topics off limits'),
  legalCheck: z.enum(LEGAL_CHECK),
  notes: text(INTERVIEW_LIMITS.notes, 'Notes'),
});
export type InterviewFields = z.infer<typeof interviewFieldsSchema>;

export const FEELINGS = ['good', 'okay', 'mixed', 'low', 'upset'] as const;
export type Feeling = (typeof FEELINGS)[number];

export const debriefFieldsSchema = z.strictObject({
  wentWell: text(INTERVIEW_LIMITS.debrief, 'What went well'),
  wasHard: text(INTERVIEW_LIMITS.debrief, 'What was hard'),
  feeling: z.enum(FEELINGS),
  wantsFollowUp: z.boolean(),
  /** Off by default: the debrief stays the ambassador's; a trainer sees only the follow-up flag. */
  shareWithTrainer: z.boolean(),
});
export type DebriefFields = z.infer<typeof debriefFieldsSchema>;

export interface Debrief extends DebriefFields {
  filedAt: string;
  /**
   * True when the caller is a trainer and the ambassador did not share it: every field but wantsFollowUp is left
   * out by the backend (texts empty, feeling 'okay'), so the screen must say "not shared" rather than show them.
   */
  withheld: boolean;
}

export interface InterviewRequest extends InterviewFields, Timestamps {
  id: string;
  ambassadorId: string;
  debrief: Debrief | null;
}

/** A question suggested for a request, with why it was picked (its category, the angle or a topic off limits). */
export interface SuggestedQuestion {
  questionId: string;
  text: string;
  category: string;
  bridgeHint: string;
  reason: string;
}

/** What a trainer sees across a cohort: who asked for a follow-up after an interview, and nothing else. */
export interface FollowUpRequest {
  interviewId: string;
  ambassadorId: string;
  publicName: string;
  interviewDate: string;
  filedAt: string;
}

export const interviewIdSchema = idSchema;
export const offLimitsItemMax = LIMITS.listItem;
