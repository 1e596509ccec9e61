import { DEFAULT_SETTINGS, settingsSchema, type AppSettings, type SettingsPatch } from '../../../shared/features/settings/schemas';
import { createSettingRepository } from './repository';
import type { ServiceContext } from '../../backend/context';

export function createSettingsService(ctx: ServiceContext) {
  const repo = ctx.repo(createSettingRepository);
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
    update(patch: SettingsPatch): AppSettings {
      return ctx.db.transaction(() => {
        const now = ctx.clock.now();
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined) repo.set(key, value, now);
        }
        return get();
      })();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
