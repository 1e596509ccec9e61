import { z } from 'zod';
import { command, query } from '../../channel';
import { idSchema, noInput } from '../../fields';
import {
  idleMinutesSchema,
  LAPTOP_KINDS,
  secretAttemptSchema,
  secretSchema,
  trainerNameSchema,
  type AccessState,
  type WorkspaceEntry,
} from './schemas';

/** Everything the screens show depends on who is at the keyboard, so access commands change every topic's view. */
const EVERYTHING = [
  'role',
  'settings',
  'ambassador',
  'house',
  'quote',
  'comment',
  'rehearsal',
  'sheet',
  'revision',
  // A debrief shows in full only to its ambassador: trainer mode must reload what the window holds of it.
  'interview',
] as const;

export const accessChannels = {
  'access:state': query<AccessState>()(noInput, ['role']),
  'access:workspaces': query<WorkspaceEntry[]>()(noInput, ['role', 'ambassador']),
  /** Opens an ambassador's workspace in this window; a protected one needs its PIN. */
  'access:enter': command<AccessState>()(
    z.strictObject({ ambassadorId: idSchema, pin: secretAttemptSchema.optional() }),
    EVERYTHING,
  ),
  'access:unlockTrainer': command<AccessState>()(z.strictObject({ secret: secretAttemptSchema }), EVERYTHING),
  /** "Lock now": trainer mode and a protected workspace lock at once. */
  'access:lock': command<AccessState>()(noInput, EVERYTHING),
  /** Leaves trainer mode but keeps the workspace. */
  'access:leaveTrainer': command<AccessState>()(noInput, EVERYTHING),
  /**
   * Adds a trainer (name and secret). The first one is set at the first run of a shared laptop (or when none
   * exists yet); after that only an unlocked trainer can add another.
   */
  // The first trainer set up is unlocked at once, which changes what every list may show.
  'access:addTrainer': command<AccessState>()(
    z.strictObject({ name: trainerNameSchema, secret: secretSchema }),
    EVERYTHING,
  ),
  /** The unlocked trainer changes their own name or secret; nobody else can. */
  'access:updateTrainer': command<AccessState>()(
    z.strictObject({ name: trainerNameSchema.optional(), secret: secretSchema.optional() }),
    ['role'],
  ),
  /** Protects (or, with null, unprotects) the open workspace; changing an existing PIN needs the old one. */
  'access:setWorkspacePin': command<AccessState>()(
    z.strictObject({ pin: secretSchema.nullable(), currentPin: secretAttemptSchema.optional() }),
    ['role', 'ambassador'],
  ),
  'access:setLaptopKind': command<AccessState>()(z.strictObject({ kind: z.enum(LAPTOP_KINDS) }), EVERYTHING),
  'access:setIdleMinutes': command<AccessState>()(z.strictObject({ minutes: idleMinutesSchema }), ['role']),
};
