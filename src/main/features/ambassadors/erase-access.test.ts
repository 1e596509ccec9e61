/** Who may delete a profile for good, and that a wrong typed name changes nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { unlockTrainer } from '../../test-support/seed';

let studio: TestStudio;
afterEach(() => studio.close());

const totalChanges = () => (studio.backend.db!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

describe('who may delete a profile for good', () => {
  it('on a shared laptop: a trainer, not the person’s own window', async () => {
    studio = await createTestStudio();
    const trainer = studio.window();
    await unlockTrainer(trainer);
    studio.services.access.sharedIfUndecided();
    const amina = studio.services.ambassadors.create({ fullName: 'Amina Yusuf' });
    const own = studio.window();
    await own['access:enter']({ ambassadorId: amina.id });

    const before = totalChanges();
    const refused = await own['ambassador:erase']({ id: amina.id, confirmName: 'Amina Yusuf' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: /only a trainer/ } });
    expect(totalChanges()).toBe(before);
    expect(studio.services.ambassadors.get(amina.id).fullName).toBe('Amina Yusuf');

    const done = await trainer['ambassador:erase']({ id: amina.id, confirmName: 'Amina Yusuf' });
    expect(done).toMatchObject({ ok: true, value: { rows: { ambassador: 1 } } });
    expect(studio.services.ambassadors.list({ includeArchived: true })).toEqual([]);
    expect(await own['access:state']({})).toMatchObject({ ok: true, value: { ambassadorId: null } });
  });

  it('on someone’s own laptop: its owner, from their own workspace, and nobody else’s', async () => {
    studio = await createTestStudio();
    const window = studio.window();
    expect(await window['access:setLaptopKind']({ kind: 'own' })).toMatchObject({ ok: true });
    const owner = studio.services.ambassadors.create({ fullName: 'Wei Zhang' });
    // The owner is the first profile made; a trainer added the second one later.
    studio.clock.advance(60_000);
    const friend = studio.services.ambassadors.create({ fullName: 'Olena Kovalenko' });
    expect(await window['access:enter']({ ambassadorId: owner.id })).toMatchObject({ ok: true });

    const other = await window['ambassador:erase']({ id: friend.id, confirmName: 'Olena Kovalenko' });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: /owner of this laptop/ } });
    expect(studio.services.ambassadors.get(friend.id).fullName).toBe('Olena Kovalenko');

    const mine = await window['ambassador:erase']({ id: owner.id, confirmName: 'wei zhang' });
    expect(mine, JSON.stringify(mine)).toMatchObject({ ok: true });
    expect(await window['access:state']({})).toMatchObject({ ok: true, value: { ambassadorId: null } });
  });
});

describe('the typed confirmation', () => {
  it('refuses a name that is not the person’s, says which to type, and changes nothing', async () => {
    studio = await createTestStudio();
    const trainer = studio.window();
    await unlockTrainer(trainer);
    const amina = studio.services.ambassadors.create({ fullName: 'Amina Yusuf', shortBio: 'Nurse' });
    studio.services.quotes.create(amina.id, { text: 'We build this town together.' });

    const before = totalChanges();
    for (const typed of ['Amina', 'Amina Yusuff', '', ' ']) {
      const refused = await trainer['ambassador:erase']({ id: amina.id, confirmName: typed });
      expect(refused, typed).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          issues: [
            {
              path: 'confirmName',
              message: /Type “Amina Yusuf” to delete this profile for good\. Nothing was deleted\./,
            },
          ],
        },
      });
    }
    expect(totalChanges()).toBe(before);
    expect(studio.services.ambassadors.get(amina.id).shortBio).toBe('Nurse');
    expect(studio.services.quotes.list(amina.id)).toHaveLength(1);

    const missing = await trainer['ambassador:erase']({ id: crypto.randomUUID(), confirmName: 'Amina Yusuf' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
