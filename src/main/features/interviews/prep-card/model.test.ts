import { describe, expect, it } from 'vitest';
import { interviewType } from '../../../../shared/features/rehearsal/interview-types';
import { AppError } from '../../../../shared/result';
import { STANDARD_BRIDGES } from './bridges';
import { suggestion, testAmbassador, testHouse, testRequest } from './fixtures.test-support';
import { mergeTopics, prepCardModel, type PrepCardInputs } from './model';
import { assertNothingPrivate, prepCardTexts } from './privacy';

const NOW = '2026-10-02T08:30:00.000Z';

function inputs(over: Partial<PrepCardInputs> = {}): PrepCardInputs {
  return {
    request: testRequest(),
    ambassador: testAmbassador(),
    house: testHouse(),
    suggested: [],
    paper: 'A4',
    now: NOW,
    ...over,
  };
}

function refusal(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('prepCardModel', () => {
  it('copies the request, the format’s rules and the primary house’s messages with one proof point each', () => {
    const model = prepCardModel(inputs());
    expect(model).toMatchObject({
      title: 'Prep card - Harbour FM',
      outlet: 'Harbour FM',
      journalist: 'Dana Price',
      interviewDate: '2026-10-14',
      broadcast: 'live',
      lengthMinutes: 8,
      format: { name: 'Live radio', rules: interviewType('live-radio').rules },
      hasHouse: true,
      umbrella: 'People who arrive here want to give back, and they do.',
      keyMessages: [
        {
          message: 'Volunteers keep the food bank open every Saturday.',
          proof: 'Forty volunteers, half of them newcomers.',
        },
        { message: 'Welcome works when towns plan for it.', proof: 'The library runs language cafés twice a week.' },
      ],
      bridges: [...STANDARD_BRIDGES],
      hardQuestions: [],
      preparedOn: '2026-10-02',
    });
  });

  it('names them as the request agreed, and says when that is less private than their profile', () => {
    expect(prepCardModel(inputs()).limits).toMatchObject({ namedAs: 'Amira', lessPrivateThanProfile: false });
    const full = prepCardModel(inputs({ request: testRequest({ nameMode: 'full' }) })).limits;
    expect(full).toMatchObject({ namedAs: 'Amira Haddad', nameMode: 'full', lessPrivateThanProfile: true });
    const pseudonym = prepCardModel(
      inputs({ request: testRequest({ nameMode: 'pseudonym' }), ambassador: testAmbassador({ pseudonym: 'Noor' }) }),
    ).limits;
    expect(pseudonym).toMatchObject({ namedAs: 'Noor', lessPrivateThanProfile: false });
  });

  it('lists the request’s topics off limits and then the profile’s declined ones, each once', () => {
    const model = prepCardModel(
      inputs({
        request: testRequest({ offLimits: ['My asylum case', ' my family ', ''] }),
        ambassador: testAmbassador({ topicsDeclined: ['My Family', 'Religion'] }),
      }),
    );
    expect(model.limits.offLimits).toEqual(['My asylum case', 'my family', 'Religion']);
    expect(mergeTopics([], [])).toEqual([]);
  });

  it('reminds them of the legal check only while it is not done', () => {
    expect(prepCardModel(inputs()).limits.legalCheckDue).toBe(true);
    for (const legalCheck of ['done', 'not-needed'] as const) {
      expect(prepCardModel(inputs({ request: testRequest({ legalCheck }) })).limits.legalCheckDue).toBe(false);
    }
  });

  it('takes up to three hostile suggested questions that come with a bridge hint', () => {
    const suggested = [
      suggestion({ questionId: 'a', text: 'Tell us about yourself.', category: 'warmup' }),
      suggestion({ questionId: 'b', text: 'Isn’t crossing the Channel illegal?', bridgeHint: '' }),
      suggestion({ questionId: 'c', text: 'Why don’t you go back?' }),
      suggestion({ questionId: 'd', text: 'What does this cost taxpayers?' }),
      suggestion({ questionId: 'e', text: 'Why don’t you go back?' }),
      suggestion({ questionId: 'f', text: 'Why should we believe your story?' }),
      suggestion({ questionId: 'g', text: 'One too many?' }),
    ];
    const questions = prepCardModel(inputs({ suggested })).hardQuestions.map((q) => q.question);
    expect(questions).toEqual([
      'Why don’t you go back?',
      'What does this cost taxpayers?',
      'Why should we believe your story?',
    ]);
  });

  it('prints the limits without messages when there is no primary house', () => {
    const model = prepCardModel(inputs({ house: null }));
    expect(model).toMatchObject({ hasHouse: false, umbrella: '', keyMessages: [] });
    expect(model.limits.offLimits.length).toBeGreaterThan(0);
  });

  it('never carries private details, the family name in first-name mode, bios or the request’s notes', () => {
    const ambassador = testAmbassador({
      shortBio: 'Bio text',
      longBio: 'Long bio text',
      privateDetails: [
        { kind: 'home_town', value: 'Aleppo' },
        { kind: 'employer', value: 'Northway Logistics' },
      ],
    });
    const json = JSON.stringify(prepCardModel(inputs({ ambassador })));
    for (const secret of ['Aleppo', 'Northway', 'Haddad', 'Bio text', 'arrive 20 minutes early']) {
      expect(json).not.toContain(secret);
    }
  });
});

describe('the prep card’s privacy check', () => {
  it('passes a card that gives nothing private away, and checks every printed text', () => {
    const model = prepCardModel(inputs({ suggested: [suggestion()] }));
    expect(() => assertNothingPrivate(model, testAmbassador())).not.toThrow();
    const fields = prepCardTexts(model).map((t) => t.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'outlet',
        'angle',
        'umbrella',
        'keyMessages.1',
        'proofs.0',
        'hardQuestions.0',
        'offLimits.1',
      ]),
    );
  });

  it('refuses a card whose request names a private detail, naming the field but never the detail', () => {
    const model = prepCardModel(inputs({ request: testRequest({ angle: 'Her journey from Aleppo to Harbourtown' }) }));
    const error = refusal(() => assertNothingPrivate(model, testAmbassador()));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(
      /^The prep card was not made: The angle \(interview request\) contains your home town\./,
    );
    expect(error.message).not.toContain('Aleppo');
    expect(error.issues).toEqual([{ path: 'angle', message: expect.stringContaining('home town') }]);
  });

  it('refuses a private detail in a topic off limits or a proof point', () => {
    const topic = prepCardModel(inputs({ request: testRequest({ offLimits: ['My family in aleppo'] }) }));
    expect(refusal(() => assertNothingPrivate(topic, testAmbassador())).message).toContain('Topic off limits 1');
    const proof = prepCardModel(
      inputs({
        house: testHouse({
          pillars: [
            {
              id: 'p',
              message: 'I cook.',
              proofs: [{ id: 'x', kind: 'story', text: 'At Aleppo Kitchen.', source: '' }],
            },
          ],
        }),
      }),
    );
    expect(refusal(() => assertNothingPrivate(proof, testAmbassador())).message).toContain(
      'proof point of key message 1',
    );
  });

  it('refuses the family name on a first-name card, and allows it when the request agreed the full name', () => {
    const angle = 'Amira Haddad on the food bank';
    const first = prepCardModel(inputs({ request: testRequest({ angle }) }));
    expect(refusal(() => assertNothingPrivate(first, testAmbassador())).message).toContain('your family name');
    const full = prepCardModel(inputs({ request: testRequest({ angle, nameMode: 'full' }) }));
    expect(() => assertNothingPrivate(full, testAmbassador())).not.toThrow();
  });
});
