import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DirectApi } from '../../../../main/test-support/direct-client';
import { seedAmbassador, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { IDLE_CHECK_EVERY_MS, IdleLock } from './IdleLock';
import { ModeBadge } from './ModeSwitch';

const MINUTE = 60_000;

async function stateOf(api: DirectApi) {
  const state = await api['access:state']({});
  if (!state.ok) throw new Error(state.error.message);
  return state.value;
}

/** The page's clock (timers and Date.now, as IdleLock sees them) moves `ms`. */
const pageTime = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Both clocks move together, a check at a time: the backend's (which idles sessions out) and the page's. */
async function time(studio: TestStudio, ms: number) {
  for (let left = ms; left > 0; left -= IDLE_CHECK_EVERY_MS) {
    const step = Math.min(left, IDLE_CHECK_EVERY_MS);
    studio.clock.advance(step);
    await pageTime(step);
  }
}

/**
 * Amina's workspace in this window, and the page on the test's clock. By default Sam has unlocked trainer mode
 * here; with `pin`, instead, Amina has protected her workspace.
 */
async function setup(options: { pin?: string } = {}): Promise<{ studio: TestStudio }> {
  const studio = await openStudio();
  seedSettings(studio.services);
  seedAmbassador(studio.services, { firstName: 'Amina' });
  if (options.pin) await studio.api['access:setWorkspacePin']({ pin: options.pin });
  else await unlockTrainer(studio.api);
  // The page's timers and Date.now are the test's from here; promises and the backend still run on their own.
  vi.useFakeTimers({ shouldAdvanceTime: true });
  renderWithStudio(
    <>
      <IdleLock />
      <ModeBadge />
    </>,
    studio,
  );
  expect(await screen.findByText(options.pin ? 'Ambassador mode' : 'Trainer mode: Sam')).toBeInTheDocument();
  return { studio };
}

describe('Idle lock', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks trainer mode after the idle minutes without use, and the backend answers locked', async () => {
    const { studio } = await setup();
    await pageTime(9 * MINUTE);
    expect(screen.getByText('Trainer mode: Sam')).toBeInTheDocument();
    expect(studio.api.callsTo('access:lock')).toHaveLength(0);

    // Checked every 15 seconds: locked at the check 10 minutes after the unlock.
    await pageTime(MINUTE);
    expect(await screen.findByText('Ambassador mode')).toBeInTheDocument();
    expect(screen.getByText('Locked after 10 minutes without use.')).toBeInTheDocument();
    expect(studio.api.callsTo('access:lock')).toHaveLength(1);
    expect((await stateOf(studio.api)).trainer).toBeNull();
  });

  it('closes a workspace that has its own PIN, after the idle minutes', async () => {
    const { studio } = await setup({ pin: '97531864' });
    expect((await stateOf(studio.api)).ambassadorId).not.toBeNull();
    await time(studio, 10 * MINUTE);
    expect(studio.api.callsTo('access:lock')).toHaveLength(1);
    expect(await screen.findByText('Locked after 10 minutes without use.')).toBeInTheDocument();
    expect(await stateOf(studio.api)).toMatchObject({ trainer: null, ambassadorId: null });
  });

  it('keeps trainer mode while someone is using the window, and tells the backend, which would lock otherwise', async () => {
    const { studio } = await setup();
    await time(studio, 6 * MINUTE);
    // Reading and scrolling: use of the page, but no call to the backend.
    fireEvent.wheel(document.body);
    await time(studio, 6 * MINUTE);

    expect(screen.getByText('Trainer mode: Sam')).toBeInTheDocument();
    expect(studio.api.callsTo('access:lock')).toHaveLength(0);
    // 12 minutes after the unlock, 6 after the last use: the backend heard of it and kept the session.
    expect((await stateOf(studio.api)).trainer).toMatchObject({ name: 'Sam' });
  });

  it('follows the backend when it locked first (the laptop slept through the checks)', async () => {
    const { studio } = await setup();
    studio.clock.advance(11 * MINUTE);
    fireEvent.keyDown(document.body, { key: 'a' });
    await pageTime(15_000);
    expect(await screen.findByText('Ambassador mode')).toBeInTheDocument();
    expect(studio.api.callsTo('access:lock')).toHaveLength(1);
  });
});
