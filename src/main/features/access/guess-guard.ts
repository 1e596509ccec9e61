/**
 * Checks a typed secret with the wrong-try count of its target ("trainer", "workspace:<id>"). Tries for one
 * target run one after another, so a burst of parallel guesses cannot slip past the count.
 */
import { AppError } from '../../../shared/result';
import type { AccessRepository } from './repository';
import { tryAgainIn, waitAfter } from './throttle';

export function createGuessGuard(repo: AccessRepository, clock: { now(): string }) {
  const queues = new Map<string, Promise<unknown>>();

  const attempt = async (target: string, check: () => Promise<boolean>, wrong: string): Promise<void> => {
    const now = Date.parse(clock.now());
    const { failures, nextTryAt } = repo.throttle(target);
    const waitMs = nextTryAt ? Date.parse(nextTryAt) - now : 0;
    if (waitMs > 0) {
      throw new AppError('RATE_LIMITED', `Too many wrong tries. Try again in ${tryAgainIn(waitMs)}.`);
    }
    if (await check()) {
      if (failures > 0) repo.setThrottle(target, 0, null, clock.now());
      return;
    }
    const count = failures + 1;
    const wait = waitAfter(count);
    repo.setThrottle(target, count, wait > 0 ? new Date(now + wait).toISOString() : null, clock.now());
    throw new AppError(
      wait > 0 ? 'RATE_LIMITED' : 'FORBIDDEN',
      wait > 0 ? `${wrong} Too many wrong tries: try again in ${tryAgainIn(wait)}.` : wrong,
    );
  };

  return {
    check(target: string, check: () => Promise<boolean>, wrong: string): Promise<void> {
      const previous = queues.get(target) ?? Promise.resolve();
      const run = previous.catch(() => undefined).then(() => attempt(target, check, wrong));
      const settled = run.catch(() => undefined);
      queues.set(target, settled);
      void settled.then(() => {
        if (queues.get(target) === settled) queues.delete(target);
      });
      return run;
    },
  };
}
