import { DEFAULT_WORDS_PER_SECOND } from '../../../shared/checks';
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  speakingPaceSchema,
  type AppSettings,
} from '../../../shared/features/settings/schemas';
import { AppError } from '../../../shared/result';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createSettingRepository } from './repository';
import type { ServiceContext } from '../../backend/context';

export function createSettingsService(ctx: ServiceContext) {
  const repo = ctx.repo(createSettingRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const paceKey = (ambassadorId: string) => `speakingPace.${ambassadorId}`;
  const get = (): AppSettings => {
    const stored = repo.all();
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    // Keep each stored value only if it is still valid on its own, so one bad key cannot reset the rest.
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof AppSettings>) {
      if (!(key in stored)) continue;
      const candidate = settingsSchema.shape[key].safeParse(stored[key]);
      if (candidate.success) merged[key] = candidate.data;
    }
    return settingsSchema.parse(merged);
  };

  return {
    get,
    /** Changes settings; the channel lets a window change only some of them (settingsPatchSchema). */
    update(patch: Partial<AppSettings>): AppSettings {
      return ctx.db.transaction(() => {
        const now = ctx.clock.now();
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined) repo.set(key, value, now);
        }
        return get();
      })();
    },
    /** The ambassador's speaking pace, or the default when none is set (or the stored one is damaged). */
    pace(ambassadorId: string): number {
      const stored = speakingPaceSchema.safeParse(repo.get(paceKey(ambassadorId)));
      return stored.success ? stored.data : DEFAULT_WORDS_PER_SECOND;
    },
    setPace(ambassadorId: string, wordsPerSecond: number): number {
      if (!ambassadors.get(ambassadorId))
        throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
      repo.set(paceKey(ambassadorId), speakingPaceSchema.parse(wordsPerSecond), ctx.clock.now());
      return wordsPerSecond;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
