import { describe, expect, it } from 'vitest';
import type { QuestionCategory } from '../question-bank/schemas';
import { READINESS_RULE, readinessOf } from './readiness';

const q = (id: string, category: QuestionCategory) => ({ id, category });
const QUESTIONS = [q('h1', 'hostile'), q('h2', 'hostile'), q('w1', 'work'), q('w2', 'work'), q('p1', 'policy')];

describe('readinessOf', () => {
  it('counts per category the questions rehearsed at least once and at least twice, leaving out empty categories', () => {
    const result = readinessOf(
      QUESTIONS,
      new Map([
        ['h1', 3],
        ['h2', 1],
        ['w1', 2],
      ]),
    );
    expect(result.categories).toEqual([
      { category: 'work', total: 2, once: 1, twice: 1 },
      { category: 'policy', total: 1, once: 0, twice: 0 },
      { category: 'hostile', total: 2, once: 2, twice: 1 },
    ]);
    expect(result.ready).toBe(false);
  });

  it('is ready when every hostile question has two rehearsals and every other category one', () => {
    const takes = new Map([
      ['h1', 2],
      ['h2', 2],
      ['w2', 1],
      ['p1', 1],
    ]);
    expect(readinessOf(QUESTIONS, takes).ready).toBe(true);
  });

  it('is not ready while one hostile question has only one rehearsal', () => {
    const takes = new Map([
      ['h1', 2],
      ['h2', 1],
      ['w2', 5],
      ['p1', 5],
    ]);
    expect(readinessOf(QUESTIONS, takes).ready).toBe(false);
  });

  it('is not ready while a category has never been rehearsed', () => {
    const takes = new Map([
      ['h1', 2],
      ['h2', 2],
      ['w1', 2],
    ]);
    expect(readinessOf(QUESTIONS, takes).ready).toBe(false);
  });

  it('is never ready with no questions in scope', () => {
    expect(readinessOf([], new Map())).toEqual({ categories: [], ready: false });
  });

  it('states the rule in words', () => {
    expect(READINESS_RULE).toMatch(/every hostile question rehearsed at least twice/);
  });
});
