import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../backend/services';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import { createAgendaRepository, type AgendaRepository } from './repository';

let services: Services;
let close: () => void;
let repo: AgendaRepository;
let cohortId: string;
const NOW = '2026-10-01T09:00:00.000Z';
const block = { day: 1, startMinute: 600, durationMinutes: 30, title: 'B', exercise: null, notes: '' };

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
  repo = services.ctx.repo(createAgendaRepository);
  cohortId = testCohort(services).id;
  repo.insertHead(cohortId, NOW);
});
afterEach(() => close());

describe('agenda repository', () => {
  it('reads blocks by day, then start time, then title', () => {
    repo.insertBlock(cohortId, 'c', { ...block, day: 2, startMinute: 540 }, NOW);
    repo.insertBlock(cohortId, 'b', { ...block, title: 'Zebra' }, NOW);
    repo.insertBlock(cohortId, 'a', { ...block, title: 'Apple' }, NOW);
    repo.insertBlock(cohortId, 'd', { ...block, startMinute: 540, exercise: 'press-quotes' }, NOW);
    expect(repo.blocks(cohortId).map((b) => b.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(repo.blocks(cohortId)[0]).toEqual({ ...block, id: 'd', startMinute: 540, exercise: 'press-quotes' });
  });

  it('bumps the version once per change and only touches its own cohort', () => {
    const other = testCohort(services, { name: 'Other' }).id;
    repo.insertHead(other, NOW);
    repo.insertBlock(cohortId, 'mine', block, NOW);
    repo.insertBlock(other, 'theirs', block, NOW);
    repo.bumpVersion(cohortId, NOW);
    expect(repo.head(cohortId)).toEqual({ cohortId, startDate: '', version: 2 });
    expect(repo.head(other)?.version).toBe(1);
    expect(repo.deleteBlock(cohortId, 'theirs')).toBe(false);
    repo.deleteAllBlocks(cohortId);
    expect(repo.blocks(cohortId)).toEqual([]);
    expect(repo.blocks(other).map((b) => b.id)).toEqual(['theirs']);
  });

  it('has no head for a cohort that was never opened', () => {
    expect(repo.head(testCohort(services, { name: 'New' }).id)).toBeUndefined();
  });
});
