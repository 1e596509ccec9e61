import { z } from 'zod';
import { idSchema, text } from '../../fields';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const ROLES = ['ambassador', 'trainer'] as const;

export const settingsSchema = z.strictObject({
  theme: z.enum(THEMES),
  role: z.enum(ROLES),
  currentAmbassadorId: idSchema.nullable(),
  currentCohortId: idSchema.nullable(),
  /** True once the first-run choice has been made; the welcome flow is not shown again. */
  onboarded: z.boolean(),
  /** Shown on approvals and trainer comments. */
  trainerName: text(120, 'Trainer name'),
});
export type AppSettings = z.infer<typeof settingsSchema>;
export type Role = AppSettings['role'];
export type Theme = AppSettings['theme'];

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * An ambassador's own speaking pace in words a second, for speaking-time estimates. Kept with the laptop's
 * data per ambassador (not in the browser, whose storage changes with every browser-mode launch).
 */
export const MIN_PACE = 1;
export const MAX_PACE = 5;
export const speakingPaceSchema = z
  .number()
  .min(MIN_PACE, { message: `A pace is at least ${MIN_PACE} word a second` })
  .max(MAX_PACE, { message: `A pace is at most ${MAX_PACE} words a second` });

export const DEFAULT_SETTINGS: AppSettings = {
  theme: 'auto',
  role: 'ambassador',
  currentAmbassadorId: null,
  currentCohortId: null,
  onboarded: false,
  trainerName: '',
};
