/**
 * The session report's two short texts: what went well, and one focus for next time. Deliberately simple
 * rules over the self-ratings and a few measures: a short, kind report helps more than a dashboard
 * (DOMAIN.md, Exercise 3), and one focus is something a person can act on tonight.
 */
import type { SelfRating, TakeMetrics } from '../../../../../shared/features/rehearsal/schemas';
import { LONG_SILENCE_SECONDS, MIN_SPEAKING_SECONDS_FOR_RATES } from '../../../../../shared/speech';
import { paceRange, syllablesPerSecondOf } from './pace-range';

export interface SummaryTake {
  durationMs: number;
  targetSeconds: number;
  metrics: TakeMetrics | null;
  rating: SelfRating | null;
}

/** Half a second of grace: nobody should be told they ran over by a blink. */
export function withinTime(take: Pick<SummaryTake, 'durationMs' | 'targetSeconds'>): boolean {
  return take.durationMs <= take.targetSeconds * 1000 + 500;
}

/** The take's pace band in its language (the same band the take's measures show). */
function pace(take: SummaryTake, language: string) {
  const m = take.metrics;
  if (!m || m.speakingSeconds < MIN_SPEAKING_SECONDS_FOR_RATES || !(m.wordsPerMinute > 0)) return 'not-enough-speech';
  return paceRange(syllablesPerSecondOf(m.wordsPerMinute), language).band;
}

function count(takes: SummaryTake[], test: (t: SummaryTake) => boolean): number {
  return takes.filter(test).length;
}

function ofTotal(part: number, total: number, noun: string): string {
  return part === total ? `every ${noun}` : `${part} of ${total} ${noun}s`;
}

export function averageConfidence(takes: SummaryTake[]): number | null {
  const rated = takes.filter((t) => t.rating);
  if (rated.length === 0) return null;
  return rated.reduce((sum, t) => sum + (t.rating?.confidence ?? 0), 0) / rated.length;
}

/** `language`: BCP-47 code of the answers' language, for pace (default English). */
export function wentWell(takes: SummaryTake[], language = 'en'): string[] {
  const out: string[] = [];
  const n = takes.length;
  if (n === 0) return out;
  const rated = takes.filter((t) => t.rating);
  const within = count(takes, withinTime);
  if (within > 0 && within * 2 >= n) out.push(`You finished within time in ${ofTotal(within, n, 'answer')}.`);
  const bridged = count(rated, (t) => t.rating?.bridged === true);
  if (bridged > 0) out.push(`You bridged to a key message in ${ofTotal(bridged, rated.length, 'answer')} you rated.`);
  const story = count(rated, (t) => t.rating?.usedStory === true);
  if (story > 0) out.push(`You used a story or an example in ${ofTotal(story, rated.length, 'answer')} you rated.`);
  const measured = takes.filter((t) => pace(t, language) !== 'not-enough-speech');
  const comfortable = count(measured, (t) => pace(t, language) === 'comfortable');
  if (comfortable > 0)
    out.push(`Your pace was comfortable in ${ofTotal(comfortable, measured.length, 'recorded answer')}.`);
  const confidence = averageConfidence(takes);
  if (confidence !== null && confidence >= 4) out.push('You felt confident. That shows when you speak.');
  if (out.length === 0)
    out.push(
      `You practised ${n === 1 ? 'a question' : `${n} questions`} out loud. That is the hardest part, and you did it.`,
    );
  return out.slice(0, 3);
}

export function focusForNextTime(takes: SummaryTake[], language = 'en'): string {
  const n = takes.length;
  if (n === 0) return 'Answer one question out loud. Even a short try helps.';
  const rated = takes.filter((t) => t.rating);
  const over = n - count(takes, withinTime);
  if (over * 2 > n) return 'Keep answers shorter: say your key message in your first sentence, then stop.';
  const bridged = count(rated, (t) => t.rating?.bridged === true);
  if (rated.length > 0 && bridged * 2 < rated.length) {
    return 'Practise the bridge: acknowledge the question, say “What matters most here is…”, then give your key message.';
  }
  const measured = takes.filter((t) => pace(t, language) !== 'not-enough-speech');
  const fast = count(measured, (t) => pace(t, language) === 'fast');
  if (measured.length > 0 && fast * 2 >= measured.length)
    return 'Slow down a little: take a breath after each key point.';
  const story = count(rated, (t) => t.rating?.usedStory === true);
  if (rated.length > 0 && story * 2 < rated.length) return 'Add a short story or example. It is what people remember.';
  if (takes.some((t) => (t.metrics?.longestPauseSeconds ?? 0) >= LONG_SILENCE_SECONDS)) {
    return `A pause to think is fine. Try to keep it under ${LONG_SILENCE_SECONDS} seconds, or say “Let me think about that”.`;
  }
  const confidence = averageConfidence(takes);
  if (confidence !== null && confidence < 3)
    return 'Practise the question that felt hardest again soon. It gets easier each time.';
  return 'You are ready for more: try a harder category or a shorter interview type next time.';
}
