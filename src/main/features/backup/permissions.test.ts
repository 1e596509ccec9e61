import { afterEach, describe, expect, it } from 'vitest';
import { seedAmbassador } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

describe('who may manage backups on someone’s own laptop', () => {
  it('the owner from their own workspace; a window without it is told why', async () => {
    const s = await createTestStudio();
    open.push(s);
    expect((await s.api['access:setLaptopKind']({ kind: 'own' })).ok).toBe(true);
    const owner = seedAmbassador(s.services, { fullName: 'Amira Haddad' }, { current: false });
    const mine = s.window();
    expect((await mine['access:enter']({ ambassadorId: owner.id })).ok).toBe(true);
    expect(await mine['backup:create']({})).toMatchObject({ ok: true, value: { reason: 'manual' } });
    expect(await mine['backup:list']({})).toMatchObject({ ok: true });

    // With a PIN on the owner's workspace, a new window starts in none.
    expect((await mine['access:setWorkspacePin']({ pin: '135790' })).ok).toBe(true);
    const nobody = s.window();
    expect(await nobody['backup:list']({})).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Only the owner of this laptop can manage its backups, from their own workspace.',
      },
    });
  });
});
