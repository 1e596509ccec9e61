import type { InterviewFields, SuggestedQuestion } from '../../../shared/features/interviews/schemas';
import { CATEGORY_LABELS, type Question, type QuestionCategory } from '../../../shared/features/question-bank/schemas';

/**
 * Which questions are worth rehearsing for one real request, and why. Plain rules a person can check, in a
 * fixed order so the same request always gets the same list:
 * 1. one hostile question (every interview can turn), the one sharing most words with the angle;
 * 2. live: one quickfire question (there is no second take);
 * 3. one "practise saying no" question per topic off limits (the request's and the profile's declined topics);
 * 4. questions sharing words with the angle, most shared words first;
 * 5. the usual categories for the format, to fill up.
 * Within a step, ties keep the bank's order.
 */

/** Words too common to say anything about an angle. */
const STOP_WORDS = new Set(
  'about after again also been being could does even from have here into just like more most much only other over people should some still such than that their them then there these they this those very were what when where which while will with would your you'.split(
    ' ',
  ),
);

/** Lower-case words of four letters or more with a final "s" taken off, so "refugees" meets "refugee". */
export function wordsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
  return new Set(
    words
      .map((w) => w.replace(/['’]s$/u, '').replace(/s$/u, ''))
      .filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !STOP_WORDS.has(`${w}s`)),
  );
}

function shared(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((w) => b.has(w));
}

/** Formats whose type alone says which kinds of question come up (DOMAIN.md, interview types). */
const USUAL_FOR: Partial<Record<InterviewFields['format'], QuestionCategory[]>> = {
  'live-radio': ['quickfire', 'policy'],
  'tv-soundbite': ['quickfire'],
  doorstep: ['quickfire', 'hostile'],
  'phone-in': ['hostile', 'policy'],
  panel: ['policy', 'curveball'],
  'press-conference': ['policy', 'curveball'],
  podcast: ['warmup', 'work'],
  print: ['warmup', 'work'],
  phone: ['warmup', 'work'],
};

const LIVE_FORMATS = new Set<InterviewFields['format']>(['live-radio', 'phone-in', 'doorstep']);

export function isLive(request: Pick<InterviewFields, 'broadcast' | 'format'>): boolean {
  return request.broadcast === 'live' || (request.broadcast === 'not-sure' && LIVE_FORMATS.has(request.format));
}

export interface SuggestInput {
  request: InterviewFields;
  /** Topics the ambassador's profile declines, besides the request's own topics off limits. */
  declinedTopics: readonly string[];
  /** The questions the ambassador can rehearse: built-in and the cohort's, not retired, in the bank's order. */
  bank: readonly Question[];
  count: number;
}

export function suggestQuestions({ request, declinedTopics, bank, count }: SuggestInput): SuggestedQuestion[] {
  const picked: SuggestedQuestion[] = [];
  const used = new Set<string>();
  const angle = wordsOf(request.angle);
  const take = (q: Question, reason: string) => {
    used.add(q.id);
    picked.push({ questionId: q.id, text: q.text, category: q.category, bridgeHint: q.bridgeHint, reason });
  };
  /** The unused question of a category sharing most words with `words` (the bank's first one when none does). */
  const best = (category: QuestionCategory, words: Set<string>) => {
    let choice: { q: Question; overlap: string[] } | undefined;
    for (const q of bank) {
      if (q.category !== category || used.has(q.id)) continue;
      const overlap = shared(wordsOf(q.text), words);
      if (!choice || overlap.length > choice.overlap.length) choice = { q, overlap };
    }
    return choice;
  };
  const quoteWords = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

  const hostile = best('hostile', angle);
  if (hostile) {
    take(
      hostile.q,
      hostile.overlap.length > 0
        ? `Hostile, about your angle (${quoteWords(hostile.overlap)}): practise the bridge.`
        : 'Every interview can turn hostile: practise acknowledging and bridging.',
    );
  }
  if (isLive(request)) {
    const quick = best('quickfire', angle);
    if (quick) take(quick.q, 'Live: there is no second take, so practise short answers.');
  }
  const topics = new Map<string, string>();
  for (const topic of request.offLimits) topics.set(topic.trim().toLowerCase(), `“${topic.trim()}” is off limits`);
  for (const topic of declinedTopics) {
    const key = topic.trim().toLowerCase();
    if (key && !topics.has(key)) topics.set(key, `Your profile declines “${topic.trim()}”`);
  }
  for (const [topic, why] of topics) {
    if (!topic) continue;
    const no = best('declined', wordsOf(topic));
    if (no) take(no.q, `${why}: practise saying no and moving on.`);
  }
  const onAngle = bank
    .map((q, order) => ({ q, order, overlap: shared(wordsOf(q.text), angle) }))
    .filter((c) => c.overlap.length > 0 && c.q.category !== 'declined' && !used.has(c.q.id))
    .sort((a, b) => b.overlap.length - a.overlap.length || a.order - b.order);
  for (const c of onAngle) take(c.q, `Matches the angle: ${quoteWords(c.overlap)}.`);
  // Round by round (one of each usual category per round) until there are enough to choose from.
  const usual = USUAL_FOR[request.format] ?? [];
  let added = true;
  while (picked.length < count && added) {
    added = false;
    for (const category of usual) {
      const q = bank.find((c) => c.category === category && !used.has(c.id));
      if (!q || picked.length >= count) continue;
      take(q, `A usual ${CATEGORY_LABELS[category].toLowerCase()} question for this kind of interview.`);
      added = true;
    }
  }
  return picked.slice(0, count);
}
