import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';

let services: Services;
let close: () => void;
let cohortId: string;

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
  cohortId = testCohort(services, { name: 'Residential' }).id;
});
afterEach(() => close());

const rule = {
  id: 'cohort-scrounger',
  terms: ['scrounger'],
  why: 'It dehumanises people',
  alternatives: ['person'],
  source: 'Cohort agreement',
};

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('cohort language rules', () => {
  it('saves rules that then come back with defaults filled in', () => {
    services.languageRules.set(cohortId, [rule]);
    expect(services.languageRules.get(cohortId)).toEqual([
      expect.objectContaining({ id: 'cohort-scrounger', severity: 'warning', inflect: true }),
    ]);
  });

  // Only trainers may call it at all: the permission table (permissions.test.ts) checks that.
  it('refuses unknown cohorts and rules that clash with the built-in guide, writing nothing', () => {
    expect(refusal(() => services.languageRules.set(crypto.randomUUID(), [rule])).code).toBe('NOT_FOUND');
    const clash = refusal(() => services.languageRules.set(cohortId, [{ ...rule, id: 'swarm-metaphor' }]));
    expect(clash.code).toBe('VALIDATION');
    expect(clash.message).toMatch(/already used by the built-in guide/);
    expect(services.languageRules.get(cohortId)).toEqual([]);
  });
});
