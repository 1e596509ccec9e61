import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AGENDA_TEMPLATE } from '../../../shared/features/agenda/template';
import { AGENDA_LIMITS, EXERCISES, type BlockFields } from '../../../shared/features/agenda/schemas';
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

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected a refusal');
}

const extra: BlockFields = {
  day: 2,
  startMinute: 17 * 60,
  durationMinutes: 30,
  title: 'Farewell dinner',
  exercise: null,
  notes: 'Book the room',
};

describe('the agenda template', () => {
  it('covers the two days of a residential with every exercise, safeguarding first and a wrap-up last', () => {
    const titles = AGENDA_TEMPLATE.map((b) => b.title.toLowerCase());
    for (const topic of [
      'safeguarding',
      'key messages',
      'press quotes',
      'interview skills',
      'digital storytelling',
      'mock interviews',
      'wrap-up',
    ]) {
      expect(
        titles.some((t) => t.includes(topic)),
        topic,
      ).toBe(true);
    }
    expect(new Set(AGENDA_TEMPLATE.map((b) => b.day))).toEqual(new Set([1, 2]));
    for (const exercise of EXERCISES)
      expect(
        AGENDA_TEMPLATE.some((b) => b.exercise === exercise),
        exercise,
      ).toBe(true);
    expect(AGENDA_TEMPLATE[0]!.title).toMatch(/safeguarding/i);
    expect(AGENDA_TEMPLATE.at(-1)!.title).toMatch(/wrap-up/i);
  });

  it('has no overlapping blocks on a day', () => {
    for (const day of [1, 2]) {
      const blocks = AGENDA_TEMPLATE.filter((b) => b.day === day);
      for (let i = 1; i < blocks.length; i += 1) {
        expect(blocks[i]!.startMinute).toBeGreaterThanOrEqual(
          blocks[i - 1]!.startMinute + blocks[i - 1]!.durationMinutes,
        );
      }
    }
  });
});

describe('agenda service', () => {
  it('makes the agenda from the template on first open, once', () => {
    const first = services.agenda.get(cohortId);
    expect(first).toMatchObject({ cohortId, startDate: '', version: 1, notesHidden: false });
    expect(first.blocks.map(({ id: _id, ...fields }) => fields)).toEqual(AGENDA_TEMPLATE);
    expect(services.agenda.get(cohortId).blocks.map((b) => b.id)).toEqual(first.blocks.map((b) => b.id));
  });

  it('keeps each cohort’s agenda apart', () => {
    const other = testCohort(services, { name: 'Spring' }).id;
    const a = services.agenda.get(cohortId);
    services.agenda.removeBlock(other, 1, services.agenda.get(other).blocks[0]!.id);
    expect(services.agenda.get(cohortId).blocks).toEqual(a.blocks);
    expect(services.agenda.get(other).blocks).toHaveLength(a.blocks.length - 1);
  });

  it('refuses a cohort that does not exist', () => {
    expect(refusal(() => services.agenda.get(crypto.randomUUID())).code).toBe('NOT_FOUND');
  });

  it('adds, edits and removes blocks, in day and time order, a version at a time', () => {
    const start = services.agenda.get(cohortId);
    const added = services.agenda.addBlock(cohortId, 1, extra);
    expect(added.version).toBe(2);
    expect(added.blocks.at(-1)).toMatchObject(extra);
    const id = added.blocks.at(-1)!.id;

    const early = services.agenda.updateBlock(cohortId, 2, id, { day: 1, startMinute: 8 * 60 });
    expect(early.blocks[0]).toMatchObject({ id, day: 1, startMinute: 480, title: 'Farewell dinner' });
    expect(early.version).toBe(3);

    const removed = services.agenda.removeBlock(cohortId, 3, id);
    expect(removed.blocks).toEqual(start.blocks);
    expect(removed.version).toBe(4);
  });

  it('refuses an edit based on an older version, and changes nothing', () => {
    const { blocks } = services.agenda.get(cohortId);
    services.agenda.updateBlock(cohortId, 1, blocks[0]!.id, { title: 'Welcome' });
    const stale = refusal(() => services.agenda.updateBlock(cohortId, 1, blocks[1]!.id, { title: 'Lost edit' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/changed in another window/);
    expect(services.agenda.get(cohortId)).toMatchObject({ version: 2 });
    expect(services.agenda.get(cohortId).blocks.map((b) => b.title)).not.toContain('Lost edit');
  });

  it('refuses a block that would run past midnight, or a block of another cohort', () => {
    const { blocks } = services.agenda.get(cohortId);
    const late = refusal(() => services.agenda.updateBlock(cohortId, 1, blocks[0]!.id, { startMinute: 23 * 60 + 50 }));
    expect(late).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/midnight/) });
    const other = testCohort(services, { name: 'Spring' }).id;
    services.agenda.get(other);
    expect(refusal(() => services.agenda.removeBlock(other, 1, blocks[0]!.id)).code).toBe('NOT_FOUND');
    expect(services.agenda.get(cohortId).blocks).toEqual(blocks);
  });

  it(`stops at ${AGENDA_LIMITS.blocks} blocks`, () => {
    let version = services.agenda.get(cohortId).version;
    while (services.agenda.get(cohortId).blocks.length < AGENDA_LIMITS.blocks) {
      version = services.agenda.addBlock(cohortId, version, extra).version;
    }
    expect(refusal(() => services.agenda.addBlock(cohortId, version, extra)).code).toBe('TOO_LARGE');
  });

  it('moves a block earlier: it takes its neighbour’s start and the neighbour follows it', () => {
    const { blocks } = services.agenda.get(cohortId);
    const [welcome, houses] = [blocks[0]!, blocks[1]!];
    const moved = services.agenda.moveBlock(cohortId, 1, houses.id, 'earlier');
    expect(moved.blocks[0]).toMatchObject({ id: houses.id, startMinute: welcome.startMinute });
    expect(moved.blocks[1]).toMatchObject({
      id: welcome.id,
      startMinute: welcome.startMinute + houses.durationMinutes,
    });
    const back = services.agenda.moveBlock(cohortId, 2, houses.id, 'later');
    expect(back.blocks.slice(0, 2).map((b) => [b.id, b.startMinute])).toEqual([
      [welcome.id, welcome.startMinute],
      [houses.id, welcome.startMinute + welcome.durationMinutes],
    ]);
  });

  it('does not move the first block of a day earlier, or the last one later', () => {
    const { blocks } = services.agenda.get(cohortId);
    expect(refusal(() => services.agenda.moveBlock(cohortId, 1, blocks[0]!.id, 'earlier')).message).toMatch(
      /already the first block of day 1/,
    );
    const lastOfDay1 = blocks.filter((b) => b.day === 1).at(-1)!;
    expect(refusal(() => services.agenda.moveBlock(cohortId, 1, lastOfDay1.id, 'later')).code).toBe('CONFLICT');
  });

  it('sets the date of day 1 and puts the template back on reset', () => {
    const { blocks } = services.agenda.get(cohortId);
    services.agenda.removeBlock(cohortId, 1, blocks[0]!.id);
    const dated = services.agenda.setStartDate(cohortId, 2, '2026-10-13');
    expect(dated).toMatchObject({ startDate: '2026-10-13', version: 3 });
    const reset = services.agenda.reset(cohortId, 3);
    expect(reset.blocks.map(({ id: _id, ...f }) => f)).toEqual(AGENDA_TEMPLATE);
    expect(reset).toMatchObject({ startDate: '2026-10-13', version: 4 });
  });
});
