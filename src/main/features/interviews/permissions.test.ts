/**
 * Debrief privacy through the real dispatcher and sessions: the ambassador reads her own debrief; a trainer
 * window (even with her workspace open) gets only "wants a follow-up" unless she shared it; the cohort's
 * follow-up list is a trainer's and carries no words of any debrief.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { InterviewRequest } from '../../../shared/features/interviews/schemas';
import { debriefFields, interviewFields } from '../../test-support/interviews';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

const PRIVATE = 'My hands shook the whole time';

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function setup() {
  const studio = await createTestStudio();
  open.push(studio);
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', fullName: 'Amira Haddad', cohortId: cohort.id });
  // The test's own window is Amira's workspace; another window on the laptop has trainer mode unlocked.
  value(await studio.api['access:enter']({ ambassadorId: amira.id }));
  const ambassador = studio.api;
  const request = value(
    await ambassador['interview:create']({
      ambassadorId: amira.id,
      fields: interviewFields({ interviewDate: '2026-09-30' }),
    }),
  );
  value(
    await ambassador['interview:saveDebrief']({
      id: request.id,
      debrief: debriefFields({ wasHard: PRIVATE, feeling: 'low', wantsFollowUp: true }),
    }),
  );
  const trainer = studio.window();
  await unlockTrainer(trainer);
  return { studio, ambassador, trainer, amira, cohortId: cohort.id, request };
}

describe('interview permissions', () => {
  it('shows the ambassador her own debrief in full', async () => {
    const { ambassador, request } = await setup();
    const own = value(await ambassador['interview:get']({ id: request.id }));
    expect(own.debrief).toMatchObject({ wasHard: PRIVATE, feeling: 'low', withheld: false });
  });

  it('gives a trainer only the follow-up flag, even with the ambassador’s workspace open', async () => {
    const { trainer, amira, request } = await setup();
    const check = (seen: InterviewRequest) => {
      expect(seen.debrief).toEqual({
        wentWell: '',
        wasHard: '',
        feeling: 'okay',
        wantsFollowUp: true,
        shareWithTrainer: false,
        filedAt: expect.any(String),
        withheld: true,
      });
    };
    const texts: string[] = [];
    for (const workspace of [null, amira.id]) {
      if (workspace) value(await trainer['access:enter']({ ambassadorId: workspace }));
      const one = value(await trainer['interview:get']({ id: request.id }));
      const all = value(await trainer['interview:list']({ ambassadorId: amira.id }));
      check(one);
      check(all[0]!);
      texts.push(JSON.stringify([one, all]));
    }
    // Saving the request itself answers it too, and must not bring the words back.
    const updated = value(
      await trainer['interview:update']({
        id: request.id,
        fields: interviewFields({ interviewDate: '2026-09-30', outlet: 'City Paper' }),
      }),
    );
    check(updated);
    texts.push(JSON.stringify(updated));
    for (const text of texts) expect(text).not.toContain(PRIVATE);
  });

  it('shows a shared debrief to a trainer, and refuses other ambassadors', async () => {
    const { studio, ambassador, trainer, request, cohortId } = await setup();
    value(
      await ambassador['interview:saveDebrief']({
        id: request.id,
        debrief: debriefFields({ wasHard: PRIVATE, wantsFollowUp: true, shareWithTrainer: true }),
      }),
    );
    expect(value(await trainer['interview:get']({ id: request.id })).debrief).toMatchObject({
      wasHard: PRIVATE,
      withheld: false,
    });
    const olena = seedAmbassador(studio.services, { fullName: 'Olena K', cohortId }, { current: false });
    const other = studio.window();
    value(await other['access:enter']({ ambassadorId: olena.id }));
    expect(await other['interview:get']({ id: request.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await other['interview:followUps']({ cohortId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lists who asked for a follow-up to a trainer, without a word of the debrief', async () => {
    const { ambassador, trainer, request, cohortId, amira } = await setup();
    expect(await ambassador['interview:followUps']({ cohortId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const list = value(await trainer['interview:followUps']({ cohortId }));
    expect(list).toEqual([
      {
        interviewId: request.id,
        ambassadorId: amira.id,
        publicName: 'Amira',
        interviewDate: '2026-09-30',
        filedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(list)).not.toContain(PRIVATE);
  });
});
