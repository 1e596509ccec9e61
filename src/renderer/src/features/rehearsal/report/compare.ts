/**
 * Two answers to the same question side by side: each measure for both, and what changed said in words
 * ("Closer to a comfortable pace"), never only in colour. Pauses and speaking time are reported, not
 * judged: a pause is not a fault (DOMAIN.md), and a longer answer is neither better nor worse in itself.
 */
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { COMFORTABLE_WPM, LONG_SILENCE_SECONDS, MIN_SPEAKING_SECONDS_FOR_RATES } from '../../../../../shared/speech';
import { formatSeconds } from '../session/timer';
import { GRADE_TEXT } from '../take/RatingForm';
import { paceRange, syllablesPerSecondOf } from './pace-range';

/** Which way the number moved, and whether that is better: null when the measure is not judged. */
export interface Change {
  direction: 'up' | 'down' | 'level';
  judgement: 'better' | 'worse' | 'same' | null;
  words: string;
}

export interface CompareRow {
  id: 'time' | 'speaking' | 'pace' | 'pauses' | 'longest' | 'rating';
  label: string;
  now: string;
  before: string;
  change: Change | null;
}

const NOT_MEASURED = 'Not measured';
const GRACE_SECONDS = 0.5;

const overTarget = (t: Take) => Math.max(0, t.durationMs / 1000 - t.targetSeconds - GRACE_SECONDS);
const direction = (now: number, before: number, tolerance: number): Change['direction'] =>
  Math.abs(now - before) <= tolerance ? 'level' : now > before ? 'up' : 'down';

function judged(now: number, before: number, tolerance: number, lowerIsBetter: boolean, words: Words): Change {
  const moved = direction(now, before, tolerance);
  if (moved === 'level') return { direction: moved, judgement: 'same', words: words.same };
  const better = (moved === 'down') === lowerIsBetter;
  return { direction: moved, judgement: better ? 'better' : 'worse', words: better ? words.better : words.worse };
}

interface Words {
  better: string;
  worse: string;
  same: string;
}

function timeRow(now: Take, before: Take): CompareRow {
  const text = (t: Take) => `${formatSeconds(t.durationMs / 1000)} (target ${formatSeconds(t.targetSeconds)})`;
  const change =
    overTarget(now) === 0 && overTarget(before) === 0
      ? { direction: 'level' as const, judgement: 'same' as const, words: 'Both within time' }
      : judged(overTarget(now), overTarget(before), 1, true, {
          better: 'Closer to the target time',
          worse: 'Further over the target time',
          same: 'About as far over the target time',
        });
  return { id: 'time', label: 'Answer time', now: text(now), before: text(before), change };
}

function speakingRow(now: Take, before: Take): CompareRow {
  const a = now.metrics?.speakingSeconds;
  const b = before.metrics?.speakingSeconds;
  const text = (s: number | undefined) => (s === undefined ? NOT_MEASURED : formatSeconds(s));
  const moved = a === undefined || b === undefined ? null : direction(a, b, 1);
  const words = { up: 'More speech', down: 'Less speech', level: 'About the same' } as const;
  return {
    id: 'speaking',
    label: 'Speaking time',
    now: text(a),
    before: text(b),
    change: moved ? { direction: moved, judgement: null, words: words[moved] } : null,
  };
}

/** How far a pace sits outside the comfortable band, in words a minute (0 inside it). */
const outsideBand = (wpm: number) => Math.max(0, COMFORTABLE_WPM.min - wpm, wpm - COMFORTABLE_WPM.max);

function paceRow(now: Take, before: Take, language: string): CompareRow {
  const rangeOf = (t: Take) =>
    t.metrics && t.metrics.speakingSeconds >= MIN_SPEAKING_SECONDS_FOR_RATES && t.metrics.wordsPerMinute > 0
      ? paceRange(syllablesPerSecondOf(t.metrics.wordsPerMinute), language)
      : null;
  const a = rangeOf(now);
  const b = rangeOf(before);
  const text = (r: typeof a) => (r ? `${r.low}–${r.high} words a minute (${r.band})` : 'Not enough speech to tell');
  let change: Change | null = null;
  if (a && b) {
    change =
      outsideBand(a.typical) === 0 && outsideBand(b.typical) === 0
        ? { direction: direction(a.typical, b.typical, 5), judgement: 'same', words: 'Both at a comfortable pace' }
        : judged(outsideBand(a.typical), outsideBand(b.typical), 5, true, {
            better: 'Closer to a comfortable pace',
            worse: 'Further from a comfortable pace',
            same: 'About the same pace',
          });
  }
  return { id: 'pace', label: 'Pace', now: text(a), before: text(b), change };
}

function pausesRow(now: Take, before: Take): CompareRow {
  const a = now.metrics?.pauseCount;
  const b = before.metrics?.pauseCount;
  const text = (n: number | undefined) => (n === undefined ? NOT_MEASURED : `${n} pause${n === 1 ? '' : 's'}`);
  const moved = a === undefined || b === undefined ? null : direction(a, b, 0);
  const words = { up: 'More pauses', down: 'Fewer pauses', level: 'The same number' } as const;
  return {
    id: 'pauses',
    label: 'Pauses',
    now: text(a),
    before: text(b),
    change: moved ? { direction: moved, judgement: null, words: words[moved] } : null,
  };
}

function longestRow(now: Take, before: Take): CompareRow {
  const a = now.metrics?.longestPauseSeconds;
  const b = before.metrics?.longestPauseSeconds;
  const text = (s: number | undefined) =>
    s === undefined ? NOT_MEASURED : s === 0 ? 'None' : `${s.toFixed(1)} seconds`;
  let change: Change | null = null;
  if (a !== undefined && b !== undefined) {
    // Only a silence long enough to feel like dead air is worth shortening; below that, a pause is a pause.
    change =
      a < LONG_SILENCE_SECONDS && b < LONG_SILENCE_SECONDS
        ? { direction: direction(a, b, 0.3), judgement: 'same', words: `Both under ${LONG_SILENCE_SECONDS} seconds` }
        : judged(a, b, 0.3, true, {
            better: 'A shorter silence',
            worse: 'A longer silence',
            same: 'About as long',
          });
  }
  return { id: 'longest', label: 'Longest pause', now: text(a), before: text(b), change };
}

function ratingRow(now: Take, before: Take): CompareRow {
  const text = (t: Take) =>
    t.rating ? `${GRADE_TEXT[t.rating.grade].label}, confidence ${t.rating.confidence} of 5` : 'Not rated';
  const a = now.rating?.confidence;
  const b = before.rating?.confidence;
  const change =
    a === undefined || b === undefined
      ? null
      : judged(a, b, 0, false, {
          better: 'You felt more confident',
          worse: 'You felt less confident',
          same: 'As confident as before',
        });
  return { id: 'rating', label: 'Your rating', now: text(now), before: text(before), change };
}

export function compareTakes(now: Take, before: Take, language: string): CompareRow[] {
  return [
    timeRow(now, before),
    speakingRow(now, before),
    paceRow(now, before, language),
    pausesRow(now, before),
    longestRow(now, before),
    ratingRow(now, before),
  ];
}

/** Earlier answers to the same question, newest first, from all of the ambassador's sessions. */
export function earlierTakes(take: Take, allTakes: readonly Take[]): Take[] {
  return allTakes
    .filter((t) => t.questionId === take.questionId && t.id !== take.id && t.createdAt < take.createdAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** "Tue 2 December, 14:05" in the reader's locale: which earlier answer this is. */
export function takeWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
      });
}
