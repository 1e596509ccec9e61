/**
 * The sample's interview practice: a trainer's question set for the cohort, and practice sessions for each
 * person spread over the past days, with self-ratings whose confidence grows, so the progress charts, the
 * history and the "due today" count have something to show. (No question of the cohort's own: the built-in bank
 * is what a new trainer starts from, and their question file stays theirs to fill.)
 *
 * Takes are saved without a recording (as when the microphone is unavailable): no audio is stored and no speech
 * metrics are invented, so the screens say "Not recorded" and chart only what was really measured (answer time)
 * and rated (confidence). The sessions go through the real rehearsal service, given a clock set to the day each
 * one happened, so their dates and the review schedule are what practising on those days would have made.
 */
import type { Question, QuestionCategory } from '../../../shared/features/question-bank/schemas';
import { interviewType } from '../../../shared/features/rehearsal/interview-types';
import type { Grade, InterviewTypeId } from '../../../shared/features/rehearsal/schemas';
import { createRehearsalService } from '../rehearsal/service';
import type { SampleStep, SampleStepEnv } from './env';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One practice session: how many days ago, what kind of interview, how it felt (1 to 5). */
interface SampleSession {
  daysAgo: number;
  type: InterviewTypeId;
  confidence: number;
  /** Answer length as a share of the interview type's target time. */
  pace: number;
}

const PLANS: Readonly<Record<'amira' | 'olena' | 'lin', readonly SampleSession[]>> = {
  amira: [
    { daysAgo: 9, type: 'live-radio', confidence: 2, pace: 1.5 },
    { daysAgo: 6, type: 'phone', confidence: 3, pace: 1.2 },
    { daysAgo: 3, type: 'tv-soundbite', confidence: 3, pace: 1.05 },
    { daysAgo: 1, type: 'live-radio', confidence: 4, pace: 0.9 },
  ],
  olena: [
    { daysAgo: 5, type: 'live-radio', confidence: 2, pace: 1.3 },
    { daysAgo: 2, type: 'phone', confidence: 3, pace: 1 },
  ],
  lin: [
    { daysAgo: 8, type: 'phone', confidence: 2, pace: 1.4 },
    { daysAgo: 4, type: 'live-radio', confidence: 3, pace: 1.1 },
    { daysAgo: 1, type: 'live-radio', confidence: 4, pace: 0.95 },
  ],
};

const QUESTIONS_PER_SESSION = 3;
const SET_CATEGORIES: readonly QuestionCategory[] = ['warmup', 'work', 'hostile', 'declined', 'quickfire'];

const GRADE_BY_CONFIDENCE: Readonly<Record<number, Grade>> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'good', 5: 'easy' };

/** A fixed pseudo-random source (a linear congruential generator), so the sample is the same every time. */
function steadyRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A trainer's first-interview set for the cohort: the first two questions of each practised category. */
function addQuestionSet({ services, cohortId }: SampleStepEnv): string {
  const active = services.questions.active(cohortId);
  const pick = (category: QuestionCategory): Question[] => active.filter((q) => q.category === category).slice(0, 2);
  const set = services.questions.saveSet({
    cohortId,
    name: 'First radio interview (sample)',
    questionIds: SET_CATEGORIES.flatMap(pick).map((q) => q.id),
  });
  return set.id;
}

export const addSampleRehearsals: SampleStep = (env) => {
  const setId = addQuestionSet(env);
  const { ctx, services, people } = env;
  const today = Date.parse(ctx.clock.now());
  let at = today;
  // The real service, told the time of each practice; its statements and tables are the app's own.
  const rehearsal = createRehearsalService(
    { ...ctx, clock: { now: () => new Date(at).toISOString() } },
    services.questions,
    steadyRandom(7),
  );

  for (const [who, sessions] of Object.entries(PLANS) as Array<[keyof typeof PLANS, readonly SampleSession[]]>) {
    sessions.forEach((plan, index) => {
      // Practice at different times of day (two to six hours before this hour), as people really do it.
      at = today - plan.daysAgo * DAY_MS - (2 + ((plan.daysAgo * 7) % 5)) * 60 * 60 * 1000;
      const session = rehearsal.start({
        ambassadorId: people[who].id,
        interviewType: plan.type,
        // The first session follows the trainer's set; later ones ask what is due, as "Practise" does.
        mode: index === 0 ? 'set' : 'due',
        setId: index === 0 ? setId : undefined,
        count: QUESTIONS_PER_SESSION,
        categories: [],
      });
      const target = interviewType(plan.type).answerSeconds;
      session.questionIds.forEach((questionId, position) => {
        at += 3 * 60 * 1000;
        const seconds = Math.round(target * (plan.pace + (position - 1) * 0.1));
        const take = rehearsal.saveTake({
          sessionId: session.id,
          questionId,
          position,
          durationMs: seconds * 1000,
          notes: position === 0 && index === 0 ? 'Started too slowly: say the key message first.' : '',
        });
        const confidence = Math.min(5, Math.max(1, plan.confidence + (position === 2 ? 1 : 0)));
        rehearsal.rateTake(take.id, {
          bridged: confidence >= 3,
          usedStory: position !== 1,
          withinTime: seconds <= target,
          confidence,
          grade: GRADE_BY_CONFIDENCE[confidence] ?? 'good',
        });
      });
      at += 60 * 1000;
      rehearsal.finish(session.id);
    });
  }
};
