import type { Question } from '../../../../../shared/features/question-bank/schemas';
import { MAX_QUESTION_SECONDS, MIN_QUESTION_SECONDS } from '../../../../../shared/features/rehearsal/hot-seat';
import type { InterviewType } from '../../../../../shared/features/rehearsal/interview-types';

/** One question of the trainer's deck and the time it gets on the stage clock. */
export interface DeckEntry {
  questionId: string;
  seconds: number;
}

export const MAX_DECK = 30;

/** Hostile questions are marked for the trainer (never on the stage): the trainer changes tone for them. */
export const isHostile = (question: Question | undefined): boolean => question?.category === 'hostile';

export function clampSeconds(seconds: number): number {
  if (!Number.isFinite(seconds)) return MIN_QUESTION_SECONDS;
  return Math.min(MAX_QUESTION_SECONDS, Math.max(MIN_QUESTION_SECONDS, Math.round(seconds)));
}

/**
 * A question's starting time: the interview type's answer time, the question's target. Quickfire questions are
 * meant to be answered in a breath, so they start at 15 seconds at most.
 */
export function defaultSeconds(question: Question | undefined, type: InterviewType): number {
  const seconds = question?.category === 'quickfire' ? Math.min(15, type.answerSeconds) : type.answerSeconds;
  return clampSeconds(seconds);
}

/** Adds questions not yet in the deck, at the end, up to the deck's size. */
export function addToDeck(
  deck: readonly DeckEntry[],
  questions: readonly Question[],
  type: InterviewType,
): DeckEntry[] {
  const have = new Set(deck.map((e) => e.questionId));
  const added = questions
    .filter((q) => !have.has(q.id) && !q.retired)
    .map((q) => ({ questionId: q.id, seconds: defaultSeconds(q, type) }));
  return [...deck, ...added].slice(0, MAX_DECK);
}

export function moveInDeck(deck: readonly DeckEntry[], index: number, by: -1 | 1): DeckEntry[] {
  const to = index + by;
  if (index < 0 || index >= deck.length || to < 0 || to >= deck.length) return [...deck];
  const out = [...deck];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

export const removeFromDeck = (deck: readonly DeckEntry[], index: number): DeckEntry[] =>
  deck.filter((_, i) => i !== index);

/** Takes the time as typed (clamping each keystroke would turn "2" of "20" into 5); `readyDeck` clamps. */
export const setSeconds = (deck: readonly DeckEntry[], index: number, seconds: number): DeckEntry[] =>
  deck.map((entry, i) => (i === index ? { ...entry, seconds } : entry));

/** The deck as the backend takes it: every time whole and within bounds. */
export const readyDeck = (deck: readonly DeckEntry[]): DeckEntry[] =>
  deck.map((entry) => ({ ...entry, seconds: clampSeconds(entry.seconds) }));
