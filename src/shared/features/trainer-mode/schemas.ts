import { z } from 'zod';
import type { Role } from '../settings/schemas';

export interface RoleState {
  role: Role;
  /** True when trainer mode is protected by a PIN on this laptop. */
  pinSet: boolean;
}

/** A trainer PIN: 4 to 12 digits, so it is quick to type at a residential and hard to guess by looking. */
export const pinSchema = z.string().regex(/^\d{4,12}$/, { message: 'A PIN is 4 to 12 digits' });
