import { z } from 'zod';
import { command, query } from '../../channel';
import { noInput } from '../../fields';
import { ROLES } from '../settings/schemas';
import { pinSchema, type RoleState } from './schemas';

// Changing who is at the keyboard changes what every screen may show, so role commands touch the settings too.
export const trainerModeChannels = {
  'role:state': query<RoleState>()(noInput, ['role']),
  'role:switch': command<RoleState>()(z.strictObject({ role: z.enum(ROLES), pin: pinSchema.optional() }), [
    'role',
    'settings',
  ]),
  'role:setPin': command<RoleState>()(z.strictObject({ pin: pinSchema }), ['role', 'settings']),
  'role:clearPin': command<RoleState>()(z.strictObject({ pin: pinSchema }), ['role', 'settings']),
};
