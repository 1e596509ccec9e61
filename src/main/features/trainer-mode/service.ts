import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Role } from '../../../shared/features/settings/schemas';
import { AppError } from '../../../shared/result';
import { createSettingRepository } from '../settings/repository';
import type { ServiceContext } from '../../backend/context';
import type { SettingsService } from '../settings/service';

const PIN_KEY = 'security.trainerPin';
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

const storedPinSchema = z.object({ salt: z.string(), hash: z.string(), N: z.number(), r: z.number(), p: z.number() });
type StoredPin = z.infer<typeof storedPinSchema>;

function hashPin(pin: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(pin.normalize('NFKC'), salt, SCRYPT.keylen, { N: params.N, r: params.r, p: params.p });
}

export interface RoleState {
  role: Role;
  pinSet: boolean;
}

/**
 * Who is at the keyboard. With a trainer PIN set, trainer mode must be unlocked with it in every session
 * (it is never restored from disk), so a shared laptop cannot be used to approve one's own quote.
 * Every approving service call asks `requireTrainer()`: the main process enforces the role, not the UI.
 */
export function createRoleService(ctx: ServiceContext, settings: SettingsService) {
  const repo = ctx.repo(createSettingRepository);
  let unlocked = false;

  const storedPin = (): StoredPin | null => {
    const parsed = storedPinSchema.safeParse(repo.all()[PIN_KEY]);
    return parsed.success ? parsed.data : null;
  };

  const current = (): Role => {
    if (storedPin()) return unlocked ? 'trainer' : 'ambassador';
    return settings.get().role;
  };

  const verify = (pin: string): boolean => {
    const stored = storedPin();
    if (!stored) return true;
    const expected = Buffer.from(stored.hash, 'base64');
    const actual = hashPin(pin, Buffer.from(stored.salt, 'base64'), stored);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };

  const state = (): RoleState => ({ role: current(), pinSet: storedPin() !== null });

  return {
    current,
    state,
    requireTrainer(action: string): void {
      if (current() !== 'trainer') {
        throw new AppError('FORBIDDEN', `Only a trainer can ${action}. Switch to Trainer mode first.`);
      }
    },
    switchTo(role: Role, pin?: string): RoleState {
      if (role === 'trainer' && storedPin()) {
        if (!pin || !verify(pin)) throw new AppError('FORBIDDEN', 'That PIN is not right. Trainer mode stays locked.');
        unlocked = true;
      }
      if (role === 'ambassador') unlocked = false;
      settings.update({ role });
      return state();
    },
    setPin(pin: string): RoleState {
      if (storedPin()) this.requireTrainer('change the trainer PIN');
      const salt = randomBytes(16);
      const hash = hashPin(pin, salt, SCRYPT);
      repo.set(
        PIN_KEY,
        { salt: salt.toString('base64'), hash: hash.toString('base64'), N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p },
        ctx.clock.now(),
      );
      unlocked = true;
      return state();
    },
    clearPin(pin: string): RoleState {
      if (!storedPin()) return state();
      if (!verify(pin)) throw new AppError('FORBIDDEN', 'That PIN is not right, so it was not removed.');
      repo.set(PIN_KEY, null, ctx.clock.now());
      return state();
    },
  };
}

export type RoleService = ReturnType<typeof createRoleService>;
