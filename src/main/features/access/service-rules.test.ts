/**
 * The access service's rules one by one, called directly with each window's viewer: how the switcher names
 * people, who may open which workspace, what "Lock now" closes, and who may change the laptop's kind and
 * idle time. The permission table asks this service who is calling; these rules are what it answers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import type { Services } from '../../backend/services';
import { manualClock, tempServices } from '../../test-support/temp-backend';

const SECRET = '493817';
const PIN = '135790';

let services: Services;
let close: () => void;

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
});
afterEach(() => close());

const viewer = (clientId: string) => services.access.viewer(clientId);

async function refusal(fn: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: 'none', message: '' };
}

function people() {
  const amina = services.ambassadors.create({ fullName: 'Amina Yusuf', firstName: 'Amina', nameMode: 'first' });
  const olena = services.ambassadors.create({ fullName: 'Olena Kovalenko', firstName: 'Olena', nameMode: 'first' });
  return { amina: amina.id, olena: olena.id };
}

describe('the switcher', () => {
  it('an ambassador sees their own full name and others by their public name; a trainer sees full names', async () => {
    const { amina } = people();
    await services.access.enter(viewer('a'), amina);
    await services.access.setWorkspacePin(viewer('a'), PIN);
    expect(services.access.workspaces(viewer('a')).map((w) => [w.name, w.protected])).toEqual([
      ['Amina Yusuf', true],
      ['Olena', false],
    ]);
    await services.access.addTrainer(viewer('t'), 'Sam', SECRET);
    expect(services.access.workspaces(viewer('t')).map((w) => w.name)).toEqual(['Amina Yusuf', 'Olena Kovalenko']);
  });
});

describe('opening a workspace', () => {
  it('an archived profile is not opened from an ambassador’s window, but a trainer may open it', async () => {
    const { olena } = people();
    services.ambassadors.archive(olena, true);
    expect(await refusal(() => services.access.enter(viewer('a'), olena))).toEqual({
      code: 'NOT_FOUND',
      message: 'That ambassador is not on this laptop (or their profile is archived).',
    });
    await services.access.addTrainer(viewer('t'), 'Sam', SECRET);
    expect((await services.access.enter(viewer('t'), olena)).ambassadorId).toBe(olena);
  });

  it('a protected workspace: its own window re-enters without the PIN, a trainer too; new windows do not start there', async () => {
    const { amina, olena } = people();
    await services.access.enter(viewer('a'), amina);
    await services.access.setWorkspacePin(viewer('a'), PIN);
    await services.access.enter(viewer('o'), olena);
    expect(services.settings.get().currentAmbassadorId).toBe(olena);
    expect((await services.access.enter(viewer('a'), amina)).ambassadorId).toBe(amina);
    expect(await refusal(() => services.access.enter(viewer('b'), amina))).toEqual({
      code: 'FORBIDDEN',
      message: 'This workspace is protected. Type its PIN to open it.',
    });
    await services.access.addTrainer(viewer('t'), 'Sam', SECRET);
    expect((await services.access.enter(viewer('t'), amina)).ambassadorId).toBe(amina);
    // Opening a protected workspace never makes it where new windows start.
    expect(services.settings.get().currentAmbassadorId).toBe(olena);
  });

  it('"Lock now" closes a protected workspace but leaves an unprotected one open', async () => {
    const { amina, olena } = people();
    await services.access.enter(viewer('a'), amina);
    await services.access.setWorkspacePin(viewer('a'), PIN);
    expect(services.access.lock(viewer('a')).ambassadorId).toBeNull();
    await services.access.enter(viewer('o'), olena);
    expect(services.access.lock(viewer('o')).ambassadorId).toBe(olena);
  });

  it('a profile made in a window opens there, and becomes where new windows start unless protected', () => {
    const { amina } = people();
    services.access.opened(viewer('a'), amina);
    expect(viewer('a').ambassadorId).toBe(amina);
    expect(services.settings.get().currentAmbassadorId).toBe(amina);
  });
});

describe('the laptop’s kind and idle time', () => {
  it('before set-up anyone may choose the kind; "own" needs at most one person; after that only a trainer', async () => {
    const { amina } = people();
    expect(await refusal(() => services.access.setLaptopKind(viewer('a'), 'own'))).toEqual({
      code: 'CONFLICT',
      message: 'This laptop holds the work of 2 ambassadors, so it stays shared. Archive the others first.',
    });
    services.ambassadors.archive(amina, true);
    expect(services.access.setLaptopKind(viewer('a'), 'own').laptopKind).toBe('own');
    expect(await refusal(() => services.access.setLaptopKind(viewer('a'), 'shared'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Only a trainer can change what kind of laptop this is. Unlock trainer mode first.',
    });
  });

  it('on a shared laptop only a trainer sets the idle time; on their own laptop the owner may', async () => {
    const { amina, olena } = people();
    await services.access.enter(viewer('a'), amina);
    const refused = {
      code: 'FORBIDDEN',
      message: 'Only a trainer can change when windows lock. Unlock trainer mode first.',
    };
    expect(await refusal(() => services.access.setIdleMinutes(viewer('a'), 30))).toEqual(refused);
    services.ambassadors.archive(olena, true);
    services.access.setLaptopKind(viewer('a'), 'own');
    expect(services.access.setIdleMinutes(viewer('a'), 30).idleMinutes).toBe(30);
  });
});
