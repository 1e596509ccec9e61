/**
 * The rehearsal part of the in-memory mock client: questions, trainer sets and packs, sessions, takes,
 * recordings and a simplified spaced-repetition schedule. Same inputs, outputs, role checks and error codes
 * as the backend, with far less machinery (a fixed interval per grade instead of FSRS).
 */
import type { ChannelName, ChannelOutput, ImportReport, QuestionSet } from '../../../shared/contract';
import { interviewType } from '../../../shared/features/rehearsal/interview-types';
import {
  MAX_PACK_QUESTIONS,
  MAX_TAKE_SECONDS,
  questionPackSchema,
  type Grade,
  type InterviewTypeId,
  type Question,
  type QuestionCategory,
  type QuestionContent,
  type QuestionPack,
  type RehearsalMode,
  type RehearsalSession,
  type SelfRating,
  type Take,
  type TakeMetrics,
} from '../../../shared/features/rehearsal/schemas';
import type { Role } from '../../../shared/features/settings/schemas';
import type { ErrorCode, FieldIssue } from '../../../shared/result';

export interface RehearsalMockState {
  /** Built-in questions (cohortId null) and cohorts' own. */
  questions: Question[];
  /** Retired question ids per cohort. */
  retired: Map<string, Set<string>>;
  sets: QuestionSet[];
  sessions: RehearsalSession[];
  recordings: Map<string, { mime: string; bytes: Uint8Array }>;
  /** Next rehearsal per `${ambassadorId}:${questionId}`, in ms since the epoch. */
  due: Map<string, number>;
}

export interface RehearsalMockOptions {
  questions?: Question[];
}

interface MockContext {
  state: RehearsalMockState;
  role(): Role;
  /** Throws NOT_FOUND when the cohort does not exist. */
  requireCohort(id: string): void;
  /** The ambassador's cohort; throws NOT_FOUND when there is no such ambassador. */
  cohortOf(ambassadorId: string): string | null;
  fail(code: ErrorCode, message: string, issues?: FieldIssue[]): never;
  id(): string;
}

const q = (id: string, category: QuestionCategory, difficulty: 1 | 2 | 3, text: string, bridgeHint: string): Question => ({
  id,
  category,
  difficulty,
  text,
  bridgeHint,
  source: 'built-in',
  cohortId: null,
  retired: false,
});

/** A small stand-in for the built-in bank, one or two questions per category. */
export const MOCK_BUILT_IN_QUESTIONS: readonly Question[] = [
  q('10000000-0000-4000-8000-000000000001', 'warmup', 1, 'Tell us a little about yourself.', 'Start with what you do now, then one detail people remember.'),
  q('10000000-0000-4000-8000-000000000002', 'warmup', 1, 'What do you love about where you live?', 'A small, real detail beats a big claim.'),
  q('10000000-0000-4000-8000-000000000003', 'work', 2, 'What does your work involve day to day?', 'Give one example, then link it to your key message.'),
  q('10000000-0000-4000-8000-000000000004', 'policy', 2, 'What should the government change?', 'One change, and who it helps.'),
  q('10000000-0000-4000-8000-000000000005', 'hostile', 3, "Why don't you go back?", 'Acknowledge, then: “What matters most here is…”. You never owe your story.'),
  q('10000000-0000-4000-8000-000000000006', 'hostile', 3, 'What does this cost taxpayers?', 'Bridge to what people contribute, with one fact and its source.'),
  q('10000000-0000-4000-8000-000000000007', 'curveball', 2, 'Who is your hero?', 'Pick someone who connects to your message.'),
  q('10000000-0000-4000-8000-000000000008', 'quickfire', 1, 'In one sentence: why does today matter?', 'Your umbrella message, word for word.'),
  q('10000000-0000-4000-8000-000000000009', 'declined', 2, 'Tell us about the family you left behind.', 'It is fine to say: “That is private. What I can tell you is…”.'),
];

export function createRehearsalState(options: RehearsalMockOptions = {}): RehearsalMockState {
  return {
    questions: [...(options.questions ?? MOCK_BUILT_IN_QUESTIONS)],
    retired: new Map(),
    sets: [],
    sessions: [],
    recordings: new Map(),
    due: new Map(),
  };
}

/** Simplified schedule: how long until a question comes round again after each grade. */
const INTERVAL_MS: Record<Grade, number> = {
  again: 60 * 1000,
  hard: 24 * 60 * 60 * 1000,
  good: 3 * 24 * 60 * 60 * 1000,
  easy: 7 * 24 * 60 * 60 * 1000,
};

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Handlers = { [C in ChannelName]?: (input: never) => ChannelOutput<C> };

export function rehearsalHandlers(ctx: MockContext): Handlers {
  const { state } = ctx;
  const now = () => new Date().toISOString();
  const requireTrainer = (action: string) => {
    if (ctx.role() !== 'trainer') ctx.fail('FORBIDDEN', `Only a trainer can ${action}. Switch to Trainer mode first.`);
  };
  const forCohort = (cohortId: string | null): Question[] => {
    const retired = (cohortId && state.retired.get(cohortId)) || new Set<string>();
    return state.questions
      .filter((question) => question.cohortId === null || question.cohortId === cohortId)
      .map((question) => ({ ...question, retired: retired.has(question.id) }));
  };
  const active = (cohortId: string | null) => forCohort(cohortId).filter((question) => !question.retired);
  const session = (id: string): RehearsalSession =>
    state.sessions.find((s) => s.id === id) ?? ctx.fail('NOT_FOUND', 'That practice session does not exist or was deleted.');
  const take = (id: string): { session: RehearsalSession; take: Take } => {
    for (const s of state.sessions) {
      const found = s.takes.find((t) => t.id === id);
      if (found) return { session: s, take: found };
    }
    return ctx.fail('NOT_FOUND', 'That take does not exist or was deleted.');
  };
  const replaceTake = (s: RehearsalSession, next: Take): Take => {
    s.takes = s.takes.map((t) => (t.id === next.id ? next : t));
    return next;
  };
  const isDue = (ambassadorId: string, questionId: string, at: number) => (state.due.get(`${ambassadorId}:${questionId}`) ?? Infinity) <= at;

  return {
    'question:list': ({ cohortId }: { cohortId: string | null }) => forCohort(cohortId),
    'question:add': ({ cohortId, content }: { cohortId: string; content: QuestionContent }) => {
      requireTrainer('add questions');
      ctx.requireCohort(cohortId);
      const added: Question = { ...content, id: ctx.id(), source: 'custom', cohortId, retired: false };
      state.questions.push(added);
      return added;
    },
    'question:edit': ({ id, content }: { id: string; content: QuestionContent }) => {
      requireTrainer('edit questions');
      const existing = state.questions.find((question) => question.id === id) ?? ctx.fail('NOT_FOUND', 'That question does not exist or was deleted.');
      if (existing.source === 'built-in') ctx.fail('CONFLICT', 'Built-in questions cannot be edited. Retire it and add your own version.');
      const next = { ...existing, ...content };
      state.questions = state.questions.map((question) => (question.id === id ? next : question));
      return next;
    },
    'question:retire': ({ cohortId, questionId, retired }: { cohortId: string; questionId: string; retired: boolean }) => {
      requireTrainer('retire questions');
      ctx.requireCohort(cohortId);
      if (!forCohort(cohortId).some((question) => question.id === questionId)) ctx.fail('NOT_FOUND', 'That question is not in this cohort.');
      const set = state.retired.get(cohortId) ?? new Set<string>();
      if (retired) set.add(questionId);
      else set.delete(questionId);
      state.retired.set(cohortId, set);
      return null;
    },
    'question:exportPack': ({ cohortId }: { cohortId: string }): QuestionPack => {
      ctx.requireCohort(cohortId);
      const custom = forCohort(cohortId).filter((question) => question.source === 'custom' && !question.retired);
      return {
        format: 'ambassador-studio/question-pack',
        version: 1,
        name: 'Cohort questions',
        updated: now().slice(0, 10),
        questions: custom.map(({ id, category, difficulty, text, bridgeHint }) => ({ id, category, difficulty, text, bridgeHint })),
      };
    },
    'question:importPack': ({ cohortId, fileText }: { cohortId: string; fileText: string }): ImportReport => {
      requireTrainer('import questions');
      ctx.requireCohort(cohortId);
      let raw: unknown;
      try {
        raw = JSON.parse(fileText);
      } catch {
        return ctx.fail('VALIDATION', 'That file is not a question pack: it is not valid JSON.');
      }
      const parsed = questionPackSchema.safeParse(raw);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const path = first?.path.map(String).join('.') ?? '';
        const many = Array.isArray((raw as { questions?: unknown })?.questions) && (raw as { questions: unknown[] }).questions.length > MAX_PACK_QUESTIONS;
        return ctx.fail(
          'VALIDATION',
          many
            ? `That pack has more than ${MAX_PACK_QUESTIONS} questions, so nothing was imported.`
            : `That file is not a valid question pack, so nothing was imported: ${first?.message ?? 'unknown problem'}${path ? ` (at ${path})` : ''}.`,
        );
      }
      const report: ImportReport = { added: 0, updated: 0, unchanged: 0 };
      const seen = new Set<string>();
      for (const { id, ...content } of parsed.data.questions) {
        if (seen.has(id)) continue;
        seen.add(id);
        const existing = state.questions.find((question) => question.id === id);
        if (existing?.source === 'built-in') report.unchanged += 1;
        else if (existing && existing.cohortId !== cohortId) {
          return ctx.fail('CONFLICT', 'That pack contains a question that belongs to another cohort, so nothing was imported.');
        } else if (!existing) {
          state.questions.push({ ...content, id, source: 'custom', cohortId, retired: false });
          report.added += 1;
        } else if (JSON.stringify({ ...existing, ...content }) !== JSON.stringify(existing)) {
          state.questions = state.questions.map((question) => (question.id === id ? { ...question, ...content } : question));
          report.updated += 1;
        } else report.unchanged += 1;
      }
      return report;
    },
    'questionSet:list': ({ cohortId }: { cohortId: string }) => state.sets.filter((set) => set.cohortId === cohortId),
    'questionSet:save': (input: { id?: string; cohortId: string; name: string; questionIds: string[] }) => {
      requireTrainer("change a trainer's question set");
      ctx.requireCohort(input.cohortId);
      const known = new Set(forCohort(input.cohortId).map((question) => question.id));
      const unknown = input.questionIds.filter((id) => !known.has(id));
      if (unknown.length > 0) ctx.fail('NOT_FOUND', `${unknown.length} of those questions are not in this cohort.`);
      const saved: QuestionSet = {
        id: input.id ?? ctx.id(),
        cohortId: input.cohortId,
        name: input.name,
        questionIds: [...new Set(input.questionIds)],
        updatedAt: now(),
      };
      state.sets = input.id && state.sets.some((set) => set.id === input.id) ? state.sets.map((set) => (set.id === input.id ? saved : set)) : [...state.sets, saved];
      return saved;
    },
    'questionSet:delete': ({ id }: { id: string }) => {
      requireTrainer("delete a trainer's question set");
      if (!state.sets.some((set) => set.id === id)) ctx.fail('NOT_FOUND', 'That question set does not exist.');
      state.sets = state.sets.filter((set) => set.id !== id);
      return null;
    },
    'rehearsal:start': (input: {
      ambassadorId: string;
      interviewType: InterviewTypeId;
      mode: RehearsalMode;
      count: number;
      categories: QuestionCategory[];
      setId?: string;
    }) => {
      const cohortId = ctx.cohortOf(input.ambassadorId);
      const pool = active(cohortId).filter((question) => input.categories.length === 0 || input.categories.includes(question.category));
      let ids: string[];
      if (input.mode === 'set') {
        const set = state.sets.find((s) => s.id === input.setId);
        if (!set || set.cohortId !== cohortId) ctx.fail('NOT_FOUND', "That trainer's set is not available for this ambassador.");
        const known = new Set(active(cohortId).map((question) => question.id));
        ids = set.questionIds.filter((id) => known.has(id)).slice(0, input.count);
      } else if (input.mode === 'random') {
        ids = shuffled(pool).slice(0, input.count).map((question) => question.id);
      } else {
        const at = Date.now();
        const seen = (id: string) => state.due.has(`${input.ambassadorId}:${id}`);
        const due = pool.filter((question) => isDue(input.ambassadorId, question.id, at));
        const fresh = pool.filter((question) => !seen(question.id));
        const later = pool.filter((question) => seen(question.id) && !isDue(input.ambassadorId, question.id, at));
        ids = [...due, ...fresh, ...later].slice(0, input.count).map((question) => question.id);
      }
      if (ids.length === 0) ctx.fail('NOT_FOUND', 'No questions match those choices. Pick more categories or another mode.');
      const at = now();
      const created: RehearsalSession = {
        id: ctx.id(),
        ambassadorId: input.ambassadorId,
        interviewType: input.interviewType,
        mode: input.mode,
        questionIds: ids,
        finishedAt: null,
        takes: [],
        createdAt: at,
        updatedAt: at,
      };
      state.sessions.push(created);
      return created;
    },
    'rehearsal:get': ({ id }: { id: string }) => session(id),
    'rehearsal:list': ({ ambassadorId }: { ambassadorId: string }) => {
      ctx.cohortOf(ambassadorId);
      return state.sessions.filter((s) => s.ambassadorId === ambassadorId).reverse();
    },
    'rehearsal:saveTake': (input: {
      sessionId: string;
      questionId: string;
      position: number;
      durationMs: number;
      recording?: { mime: string; bytes: Uint8Array };
      metrics?: TakeMetrics;
      notes: string;
    }) => {
      const s = session(input.sessionId);
      if (!s.questionIds.includes(input.questionId)) ctx.fail('VALIDATION', 'That question is not part of this session.');
      if (input.durationMs > MAX_TAKE_SECONDS * 1000 + 5000) ctx.fail('TOO_LARGE', `A take can be at most ${MAX_TAKE_SECONDS / 60} minutes long.`);
      const at = now();
      const created: Take = {
        id: ctx.id(),
        sessionId: s.id,
        questionId: input.questionId,
        position: input.position,
        targetSeconds: interviewType(s.interviewType).answerSeconds,
        durationMs: input.durationMs,
        hasRecording: Boolean(input.recording),
        recordingMime: input.recording?.mime ?? null,
        metrics: input.metrics ?? null,
        rating: null,
        notes: input.notes,
        createdAt: at,
        updatedAt: at,
      };
      if (input.recording) state.recordings.set(created.id, input.recording);
      s.takes = [...s.takes, created];
      return created;
    },
    'rehearsal:rateTake': ({ takeId, rating }: { takeId: string; rating: SelfRating }) => {
      const found = take(takeId);
      state.due.set(`${found.session.ambassadorId}:${found.take.questionId}`, Date.now() + INTERVAL_MS[rating.grade]);
      return replaceTake(found.session, { ...found.take, rating, updatedAt: now() });
    },
    'rehearsal:noteTake': ({ takeId, notes }: { takeId: string; notes: string }) => {
      const found = take(takeId);
      return replaceTake(found.session, { ...found.take, notes, updatedAt: now() });
    },
    'rehearsal:finish': ({ id }: { id: string }) => {
      const s = session(id);
      s.finishedAt = now();
      return s;
    },
    'rehearsal:recording': ({ takeId }: { takeId: string }) => {
      take(takeId);
      return state.recordings.get(takeId) ?? null;
    },
    'rehearsal:deleteTake': ({ takeId }: { takeId: string }) => {
      const found = take(takeId);
      found.session.takes = found.session.takes.filter((t) => t.id !== takeId);
      state.recordings.delete(takeId);
      return null;
    },
    'rehearsal:deleteSession': ({ id }: { id: string }) => {
      const s = session(id);
      for (const t of s.takes) state.recordings.delete(t.id);
      state.sessions = state.sessions.filter((other) => other.id !== id);
      return null;
    },
    'rehearsal:dueCount': ({ ambassadorId }: { ambassadorId: string }) => {
      const cohortId = ctx.cohortOf(ambassadorId);
      const at = Date.now();
      return active(cohortId).filter((question) => isDue(ambassadorId, question.id, at)).length;
    },
  };
}
