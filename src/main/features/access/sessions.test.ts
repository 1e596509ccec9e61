/** Per-window sessions: where a new window starts, what idling takes away, and how many are kept. */
import { describe, expect, it } from 'vitest';
import { createSessionStore, type SessionPolicy } from './sessions';

const IDLE = 10 * 60_000;

function store(options: { protectedIds?: string[]; start?: string | null } = {}) {
  let now = 1_000_000;
  const policy: SessionPolicy = {
    idleMs: () => IDLE,
    isProtected: (id) => (options.protectedIds ?? []).includes(id),
    startingWorkspace: () => options.start ?? null,
  };
  const sessions = createSessionStore(policy, () => now);
  return { sessions, advance: (ms: number) => (now += ms), now: () => now };
}

describe('session store', () => {
  it('a new window starts locked, in the starting workspace, and is remembered', () => {
    const { sessions, now } = store({ start: 'amina' });
    expect(sessions.touch('w1')).toEqual({ clientId: 'w1', ambassadorId: 'amina', trainerId: null, lastSeenMs: now() });
    sessions.touch('w1').trainerId = 'sam';
    expect(sessions.touch('w1').trainerId).toBe('sam');
    expect(sessions.all().map((s) => s.clientId)).toEqual(['w1']);
  });

  it('exactly the idle time keeps trainer mode; one millisecond more locks it and leaves a protected workspace', () => {
    const { sessions, advance } = store({ protectedIds: ['amina'] });
    const session = sessions.touch('w1');
    Object.assign(session, { trainerId: 'sam', ambassadorId: 'amina' });
    advance(IDLE);
    expect(sessions.touch('w1')).toMatchObject({ trainerId: 'sam', ambassadorId: 'amina' });
    advance(IDLE + 1);
    expect(sessions.touch('w1')).toMatchObject({ trainerId: null, ambassadorId: null });
  });

  it('idling keeps an unprotected workspace open', () => {
    const { sessions, advance } = store({ protectedIds: ['amina'] });
    Object.assign(sessions.touch('w1'), { trainerId: 'sam', ambassadorId: 'olena' });
    advance(IDLE + 1);
    expect(sessions.touch('w1')).toMatchObject({ trainerId: null, ambassadorId: 'olena' });
  });

  it('the idle time counts from the last call, not the first', () => {
    const { sessions, advance } = store();
    sessions.touch('w1').trainerId = 'sam';
    advance(IDLE - 1);
    sessions.touch('w1');
    advance(IDLE - 1);
    expect(sessions.touch('w1').trainerId).toBe('sam');
  });

  it('keeps at most 500 sessions, forgetting the longest-quiet one', () => {
    const { sessions, advance } = store();
    for (let i = 0; i < 500; i += 1) {
      sessions.touch(`w${i}`);
      advance(1);
    }
    sessions.touch('w0');
    advance(1);
    sessions.touch('new');
    const ids = new Set(sessions.all().map((s) => s.clientId));
    expect(ids.size).toBe(500);
    expect(ids.has('w0')).toBe(true);
    expect(ids.has('w1')).toBe(false);
    expect(ids.has('new')).toBe(true);
  });
});
