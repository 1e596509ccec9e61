import { z } from 'zod';
import { idSchema } from '../../fields';

export const THEMES = ['light', 'dark', 'auto'] as const;

export const settingsSchema = z.strictObject({
  theme: z.enum(THEMES),
  /** Where a new window starts on a shared laptop: the last workspace opened that has no PIN. */
  currentAmbassadorId: idSchema.nullable(),
  currentCohortId: idSchema.nullable(),
  /** True once the first-run choice has been made; the welcome flow is not shown again. */
  onboarded: z.boolean(),
});
export type AppSettings = z.infer<typeof settingsSchema>;
export type Theme = AppSettings['theme'];

/** What a window may change directly; which workspace is open goes through access:enter. */
export const settingsPatchSchema = settingsSchema.omit({ currentAmbassadorId: true }).partial();
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
  currentAmbassadorId: null,
  currentCohortId: null,
  onboarded: false,
};
