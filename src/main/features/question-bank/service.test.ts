import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES } from '../../../shared/features/question-bank/schemas';
import { AppError } from '../../../shared/result';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { BUILT_IN_QUESTIONS } from './built-in';

let services: Services;
let close: () => void;
let cohortId: string;

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
  cohortId = testCohort(services, { name: 'Residential', mediaDate: '2026-12-18' }).id;
});
afterEach(() => close());

const pack = (questions: unknown[]) =>
  JSON.stringify({ format: 'ambassador-studio/question-pack', version: 1, name: 'Test pack', questions });
const question = (id: string, text = 'What do you do?') => ({
  id,
  category: 'work',
  difficulty: 2,
  text,
  bridgeHint: '',
});
const customCount = () => services.questions.forCohort(cohortId).filter((q) => q.source === 'custom').length;

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('built-in question bank', () => {
  it('has at least 60 questions across every category, with difficulties 1-3 and bridge hints', () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    for (const category of QUESTION_CATEGORIES) {
      expect(BUILT_IN_QUESTIONS.filter((q) => q.category === category).length, category).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(BUILT_IN_QUESTIONS.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3]));
    expect(BUILT_IN_QUESTIONS.every((q) => q.bridgeHint.length > 10)).toBe(true);
    expect(new Set(BUILT_IN_QUESTIONS.map((q) => q.id)).size).toBe(BUILT_IN_QUESTIONS.length);
  });

  it('includes the hostile questions DOMAIN.md names', () => {
    const texts = BUILT_IN_QUESTIONS.map((q) => q.text);
    for (const expected of [
      "Why don't you go back?",
      "Isn't crossing the Channel illegal?",
      'What does this cost taxpayers?',
      'Why should we believe your story?',
    ]) {
      expect(texts).toContain(expected);
    }
  });
});

describe('cohort questions and packs', () => {
  it('adds, edits and retires questions for a cohort only', () => {
    const q = services.questions.add(cohortId, {
      category: 'hostile',
      difficulty: 3,
      text: 'Why you?',
      bridgeHint: '',
    });
    services.questions.edit(q.id, {
      category: 'hostile',
      difficulty: 2,
      text: 'Why you, of all people?',
      bridgeHint: 'Calm',
    });
    services.questions.setRetired(cohortId, q.id, true);
    services.questions.setRetired(cohortId, BUILT_IN_QUESTIONS[0]!.id, true);
    const active = services.questions.active(cohortId).map((x) => x.id);
    expect(active).not.toContain(q.id);
    expect(active).not.toContain(BUILT_IN_QUESTIONS[0]!.id);
    expect(services.questions.active(null).map((x) => x.id)).toContain(BUILT_IN_QUESTIONS[0]!.id);
    expect(
      refusal(() =>
        services.questions.edit(BUILT_IN_QUESTIONS[1]!.id, {
          category: 'work',
          difficulty: 1,
          text: 'x',
          bridgeHint: '',
        }),
      ).code,
    ).toBe('CONFLICT');
  });

  it('exports and re-imports a pack, merging by id and never doubling', () => {
    services.questions.add(cohortId, { category: 'work', difficulty: 1, text: 'First', bridgeHint: '' });
    const exported = JSON.stringify(services.questions.exportFile(cohortId));
    expect(services.questions.importFile(cohortId, exported)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const id = crypto.randomUUID();
    expect(services.questions.importFile(cohortId, pack([question(id), question(id)]))).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(services.questions.importFile(cohortId, pack([question(id, 'Changed text')]))).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
    });
    expect(customCount()).toBe(2);
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    [
      'the wrong format',
      JSON.stringify({ format: 'something-else', version: 1, name: 'x', questions: [] }),
      /not a valid question pack/,
    ],
    ['an oversize field', pack([question(crypto.randomUUID(), 'x'.repeat(501))]), /too long/],
    [
      'a bad entry among good ones',
      pack([question(crypto.randomUUID()), { ...question(crypto.randomUUID()), difficulty: 7 }]),
      /not a valid question pack/,
    ],
    [
      '10,000 entries',
      pack(Array.from({ length: 10_000 }, () => question(crypto.randomUUID()))),
      /more than 2000 questions/,
    ],
  ])('refuses a pack with %s and imports nothing', (_label, text, message) => {
    const before = customCount();
    const error = refusal(() => services.questions.importFile(cohortId, text));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(message);
    expect(customCount()).toBe(before);
  });
});
