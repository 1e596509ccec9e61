/**
 * "Explore with sample data" as the first-run screen calls it (the `sample:load` channel, before the laptop is
 * set up): afterwards every exercise screen's own query answers with something to show, and loading it again
 * adds nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';

let studio: TestStudio | null = null;
afterEach(() => {
  studio?.close();
  studio = null;
});

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('sample:load', () => {
  it('fills every exercise screen for the first sample ambassador, and the trainer’s review queue', async () => {
    studio = await createTestStudio();
    const { api } = studio;
    const { cohortId, ambassadorIds } = ok(await api['sample:load']({}));
    const [amira, olena, lin] = ambassadorIds;
    if (!amira || !olena || !lin) throw new Error('three sample people expected');
    // The first-run click opens Amira's workspace in this window.
    expect(ok(await api['access:state']({}))).toMatchObject({ ambassadorId: amira });

    // Key messages, Press quotes, Interview practice and Message sheet, as Amira sees them.
    const houses = ok(await api['house:list']({ ambassadorId: amira }));
    expect(houses).toHaveLength(2);
    const primary = houses.find((h) => h.isPrimary)!;
    expect(ok(await api['comment:list']({ targetType: 'house', targetId: primary.id })).length).toBeGreaterThan(1);
    const quotes = ok(await api['quote:list']({ ambassadorId: amira }));
    expect(new Set(quotes.map((q) => q.status)).size).toBe(4);
    const sessions = ok(await api['rehearsal:list']({ ambassadorId: amira }));
    expect(sessions.flatMap((s) => s.takes).length).toBeGreaterThanOrEqual(9);
    expect(ok(await api['rehearsal:dueCount']({ ambassadorId: amira }))).toBeGreaterThan(0);
    expect(ok(await api['questionSet:list']({ cohortId }))).toHaveLength(1);
    const sheet = ok(await api['sheet:preview']({ ambassadorId: amira, options: {} }));
    expect(sheet.blocked).toBe(false);
    expect(sheet.model.quotes.length).toBeGreaterThanOrEqual(1);
    expect(sheet.model.umbrella).toBe(primary.umbrella);

    // The trainer's review queue holds the quotes waiting, with their comments.
    await unlockTrainer(api);
    const queue = ok(await api['review:queue']({ cohortId, status: 'in_review' }));
    expect(queue.total).toBe(3);
    expect(queue.comments.length).toBeGreaterThanOrEqual(3);
  });

  it('loads once: a trainer loading it again from Settings gets the same cohort, nothing doubled and no protected workspace opened', async () => {
    studio = await createTestStudio();
    const { api } = studio;
    const first = ok(await api['sample:load']({}));
    expect(first.added).toBe(true);
    // Meanwhile Amira protects her workspace; loading again must not open it without her PIN.
    const amira = first.ambassadorIds[0]!;
    const hers = studio.window();
    ok(await hers['access:enter']({ ambassadorId: amira }));
    ok(await hers['access:setWorkspacePin']({ pin: '731946' }));
    const trainerWindow = studio.window();
    await unlockTrainer(trainerWindow);
    const again = ok(await trainerWindow['sample:load']({}));
    expect(again).toEqual({ ...first, added: false });
    expect(studio.services.ambassadors.list()).toHaveLength(3);
    expect(ok(await trainerWindow['access:state']({})).ambassadorId).toBeNull();
  });
});
