/**
 * Who is at the keyboard (DOMAIN.md: safeguarding). A laptop is either someone's own (one ambassador) or shared
 * (several ambassadors and trainers at a residential). Each window or tab is its own client: it works in one
 * ambassador's workspace and may unlock trainer mode; both lock again after idle time, on reload and on "Lock now".
 */
import { z } from 'zod';
import { text } from '../../fields';
import { LIMITS } from '../../limits';

export const LAPTOP_KINDS = ['own', 'shared'] as const;
export type LaptopKind = (typeof LAPTOP_KINDS)[number];

/** Minutes without a call from a window before its trainer mode and protected workspace lock again. */
export const DEFAULT_IDLE_MINUTES = 10;
export const idleMinutesSchema = z
  .number()
  .int()
  .min(1, { message: 'Lock after at least 1 minute' })
  .max(240, { message: 'Lock after at most 4 hours' });

const PIN = /^\d+$/u;
/**
 * A secret that resists guessing: a PIN of 6 or more digits, or a passphrase of 10 or more characters. Wrong
 * tries are slowed down by the backend as well, so a PIN this long cannot be run through in a day.
 */
export const secretSchema = z
  .string()
  .max(128, { message: 'A secret is at most 128 characters' })
  .refine((value) => (PIN.test(value) ? value.length >= 6 : value.trim().length >= 10), {
    message: 'Use a PIN of at least 6 digits, or a passphrase of at least 10 characters',
  });

/** What a secret is checked against when it is typed (no length rules: the stored one decides). */
export const secretAttemptSchema = z.string().min(1, { message: 'Type the PIN or passphrase' }).max(128);

export const trainerNameSchema = text(LIMITS.name, 'Trainer name').refine((value) => value.trim().length > 0, {
  message: 'Give your name: approvals are recorded with it',
});

/** A client's view of who it is; every screen decides what to offer from this, the backend decides what to allow. */
export interface AccessState {
  /** Null until the first run has chosen. */
  laptopKind: LaptopKind | null;
  /** This window's workspace: the ambassador whose work it shows, or null when none is open. */
  ambassadorId: string | null;
  /** This window's trainer mode: the unlocked trainer's name, or null when locked. */
  trainer: { id: string; name: string } | null;
  /** Whether any trainer secret exists on this laptop (trainer mode can be unlocked). */
  trainerSecretSet: boolean;
  /** Whether the open workspace is protected by its own PIN. */
  workspaceProtected: boolean;
  idleMinutes: number;
}

/** One person in the workspace switcher: others are shown only by their public name. */
export interface WorkspaceEntry {
  ambassadorId: string;
  name: string;
  protected: boolean;
  cohortId: string | null;
}

/** Who wrote something: the ambassador on their own work, or a trainer. */
export const ROLES = ['ambassador', 'trainer'] as const;
export type Role = (typeof ROLES)[number];
