import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../../shared/features/question-bank/schemas';
import { interviewType } from '../../../../../shared/features/rehearsal/interview-types';
import {
  addToDeck,
  clampSeconds,
  defaultSeconds,
  isHostile,
  moveInDeck,
  readyDeck,
  removeFromDeck,
  setSeconds,
} from './deck';

const question = (id: string, category: Question['category'], retired = false): Question => ({
  id,
  category,
  difficulty: 2,
  text: `Question ${id}`,
  bridgeHint: '',
  source: 'built-in',
  cohortId: null,
  retired,
});

describe('the hot-seat deck', () => {
  const radio = interviewType('live-radio');

  it('starts each question at the interview type’s time, quickfire ones shorter', () => {
    expect(defaultSeconds(question('a', 'work'), radio)).toBe(30);
    expect(defaultSeconds(question('b', 'quickfire'), radio)).toBe(15);
    expect(defaultSeconds(question('c', 'quickfire'), interviewType('doorstep'))).toBe(10);
  });

  it('adds each question once, leaves retired ones out, and keeps the order the trainer sets', () => {
    let deck = addToDeck([], [question('a', 'work'), question('b', 'hostile'), question('x', 'work', true)], radio);
    deck = addToDeck(deck, [question('a', 'work'), question('c', 'policy')], radio);
    expect(deck.map((e) => e.questionId)).toEqual(['a', 'b', 'c']);
    expect(moveInDeck(deck, 2, -1).map((e) => e.questionId)).toEqual(['a', 'c', 'b']);
    expect(moveInDeck(deck, 0, -1).map((e) => e.questionId)).toEqual(['a', 'b', 'c']);
    expect(removeFromDeck(deck, 1).map((e) => e.questionId)).toEqual(['a', 'c']);
  });

  it('keeps times between 5 seconds and 5 minutes', () => {
    expect(clampSeconds(2)).toBe(5);
    expect(clampSeconds(1000)).toBe(300);
    expect(clampSeconds(Number.NaN)).toBe(5);
    const typed = setSeconds([{ questionId: 'a', seconds: 30 }], 0, 2);
    expect(typed).toEqual([{ questionId: 'a', seconds: 2 }]);
    expect(readyDeck(setSeconds(typed, 0, 44.6))).toEqual([{ questionId: 'a', seconds: 45 }]);
    expect(readyDeck(typed)).toEqual([{ questionId: 'a', seconds: 5 }]);
  });

  it('marks hostile questions for the trainer', () => {
    expect(isHostile(question('a', 'hostile'))).toBe(true);
    expect(isHostile(question('a', 'curveball'))).toBe(false);
    expect(isHostile(undefined)).toBe(false);
  });
});
