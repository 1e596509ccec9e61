import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/features/question-bank/schemas';
import { interviewFields } from '../../test-support/interviews';
import { BUILT_IN_QUESTIONS } from '../question-bank/built-in';
import { isLive, suggestQuestions, wordsOf } from './suggest';

const bank: readonly Question[] = BUILT_IN_QUESTIONS;
const byText = (text: string) => bank.find((q) => q.text === text)!;

describe('suggested questions for a request (the built-in bank)', () => {
  it('always starts with one hostile question and its bridge hint', () => {
    const [first] = suggestQuestions({ request: interviewFields(), declinedTopics: [], bank, count: 1 });
    expect(first).toMatchObject({ category: 'hostile', reason: expect.stringMatching(/hostile/i) });
    expect(first!.bridgeHint).not.toBe('');
  });

  it('picks the hostile question nearest the angle, and says which words matched', () => {
    const request = interviewFields({ angle: 'What does asylum cost taxpayers in our town?' });
    const [first] = suggestQuestions({ request, declinedTopics: [], bank, count: 3 });
    expect(first!.questionId).toBe(byText('What does this cost taxpayers?').id);
    expect(first!.reason).toContain('“taxpayer”');
  });

  it('adds a quickfire question when the interview is live, and none when it is recorded', () => {
    const live = suggestQuestions({
      request: interviewFields({ broadcast: 'live' }),
      declinedTopics: [],
      bank,
      count: 12,
    });
    expect(live[1]).toMatchObject({ category: 'quickfire', reason: expect.stringMatching(/^Live/) });
    const recorded = suggestQuestions({
      request: interviewFields({ format: 'podcast' }),
      declinedTopics: [],
      bank,
      count: 12,
    });
    expect(recorded.some((s) => s.category === 'quickfire')).toBe(false);
    expect(isLive({ broadcast: 'not-sure', format: 'live-radio' })).toBe(true);
    expect(isLive({ broadcast: 'recorded', format: 'live-radio' })).toBe(false);
  });

  it('gives one "practise saying no" question per topic off limits and per declined topic, once each', () => {
    const request = interviewFields({ offLimits: ['my family back home', 'religion'] });
    const list = suggestQuestions({ request, declinedTopics: ['Religion', 'where I live'], bank, count: 12 });
    const declined = list.filter((s) => s.category === 'declined');
    expect(declined.map((s) => s.questionId)).toEqual([
      byText('What happened to your family back home?').id,
      byText("What's your religion?").id,
      byText('Where exactly do you live now?').id,
    ]);
    expect(declined[0]!.reason).toBe('“my family back home” is off limits: practise saying no and moving on.');
    expect(declined[2]!.reason).toMatch(/^Your profile declines “where I live”/);
  });

  it('adds questions sharing words with the angle, then the usual ones for the format, up to the count', () => {
    const request = interviewFields({ angle: 'Why people feel welcome here', format: 'print' });
    const list = suggestQuestions({ request, declinedTopics: [], bank, count: 6 });
    expect(list).toHaveLength(6);
    expect(list[0]).toMatchObject({
      category: 'hostile',
      reason: 'Hostile, about your angle (“feel”): practise the bridge.',
    });
    expect(list[1]).toMatchObject({
      text: 'Yes or no: do you feel welcome here?',
      reason: 'Matches the angle: “feel”, “welcome”.',
    });
    // Print: warm-up and work questions, one of each per round, in the bank's order.
    const usual = list.filter((s) => s.reason.startsWith('A usual'));
    expect(usual.map((s) => s.category)).toEqual(['warmup', 'work', 'warmup']);
    expect(usual[0]!.reason).toBe('A usual warm-up and personal story question for this kind of interview.');
    expect(list.slice(-3)).toEqual(usual);
    expect(new Set(list.map((s) => s.questionId)).size).toBe(6);
  });

  it('answers the same list for the same request, and leaves out what is not in the bank given', () => {
    const input = {
      request: interviewFields({ angle: 'Nurses', broadcast: 'live' as const }),
      declinedTopics: [],
      count: 8,
    };
    expect(suggestQuestions({ ...input, bank })).toEqual(suggestQuestions({ ...input, bank }));
    const withoutHostile = bank.filter((q) => q.category !== 'hostile');
    expect(suggestQuestions({ ...input, bank: withoutHostile }).some((s) => s.category === 'hostile')).toBe(false);
  });

  it('reads words the simple way: lower case, four letters or more, a final s dropped, common words left out', () => {
    expect([...wordsOf('Refugees’ jobs: what about the NHS and nurses?')]).toEqual(['refugee', 'nurse']);
  });
});
