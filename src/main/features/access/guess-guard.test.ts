/** The wrong-try count in front of every secret check, with an in-memory stand-in for its table. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import type { AccessRepository } from './repository';
import { createGuessGuard } from './guess-guard';

function setup() {
  const rows = new Map<string, { failures: number; nextTryAt: string | null }>();
  const repo = {
    throttle: (target: string) => rows.get(target) ?? { failures: 0, nextTryAt: null },
    setThrottle: (target: string, failures: number, nextTryAt: string | null) => {
      rows.set(target, { failures, nextTryAt });
    },
  } as unknown as AccessRepository;
  let now = Date.parse('2026-10-01T09:00:00.000Z');
  const clock = { now: () => new Date(now).toISOString() };
  return { guard: createGuessGuard(repo, clock), rows, advance: (ms: number) => (now += ms) };
}

async function outcome(promise: Promise<void>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

const right = async () => true;
const wrong = async () => false;

describe('guess guard', () => {
  it('four wrong tries are refused plainly; the fifth starts a 30-second wait', async () => {
    const { guard, rows } = setup();
    for (let i = 1; i <= 4; i += 1) {
      expect(await outcome(guard.check('trainer', wrong, 'Not right.'))).toBe('FORBIDDEN: Not right.');
      expect(rows.get('trainer')).toEqual({ failures: i, nextTryAt: null });
    }
    expect(await outcome(guard.check('trainer', wrong, 'Not right.'))).toBe(
      'RATE_LIMITED: Not right. Too many wrong tries: try again in 30 seconds.',
    );
    expect(rows.get('trainer')).toEqual({ failures: 5, nextTryAt: '2026-10-01T09:00:30.000Z' });
  });

  it('during the wait even the right secret is not checked; after it, the right one clears the count', async () => {
    const { guard, rows, advance } = setup();
    rows.set('trainer', { failures: 5, nextTryAt: '2026-10-01T09:00:30.000Z' });
    let checked = false;
    const spy = async () => (checked = true);
    expect(await outcome(guard.check('trainer', spy, 'x'))).toBe(
      'RATE_LIMITED: Too many wrong tries. Try again in 30 seconds.',
    );
    expect(checked).toBe(false);
    advance(29_999);
    expect(await outcome(guard.check('trainer', right, 'x'))).toBe(
      'RATE_LIMITED: Too many wrong tries. Try again in 1 second.',
    );
    advance(1);
    expect(await outcome(guard.check('trainer', right, 'x'))).toBe('ok');
    expect(rows.get('trainer')).toEqual({ failures: 0, nextTryAt: null });
  });

  it('a right secret with no wrong tries before writes nothing; targets are counted apart', async () => {
    const { guard, rows } = setup();
    expect(await outcome(guard.check('workspace:a', right, 'x'))).toBe('ok');
    expect(rows.size).toBe(0);
    await outcome(guard.check('workspace:a', wrong, 'x'));
    expect(rows.get('workspace:a')?.failures).toBe(1);
    expect(rows.get('workspace:b')).toBeUndefined();
  });

  it('parallel tries on one target run one after another, so each sees the count the last one left', async () => {
    const { guard, rows } = setup();
    const results = await Promise.all(Array.from({ length: 6 }, () => outcome(guard.check('trainer', wrong, 'No.'))));
    expect(results.filter((r) => r === 'FORBIDDEN: No.')).toHaveLength(4);
    expect(results[4]).toBe('RATE_LIMITED: No. Too many wrong tries: try again in 30 seconds.');
    expect(results[5]).toBe('RATE_LIMITED: Too many wrong tries. Try again in 30 seconds.');
    expect(rows.get('trainer')?.failures).toBe(5);
  });
});
