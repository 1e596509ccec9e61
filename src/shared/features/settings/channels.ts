import { z } from 'zod';
import { command, query } from '../../channel';
import { idSchema, noInput } from '../../fields';
import { settingsPatchSchema, speakingPaceSchema, type AppSettings } from './schemas';

export const settingsChannels = {
  'settings:get': query<AppSettings>()(noInput, ['settings']),
  // A change of mode goes through the trainer-mode service, so the role may change too.
  'settings:update': command<AppSettings>()(z.strictObject({ patch: settingsPatchSchema }), ['settings', 'role']),
  'settings:pace': query<number>()(z.strictObject({ ambassadorId: idSchema }), ['settings']),
  'settings:setPace': command<number>()(
    z.strictObject({ ambassadorId: idSchema, wordsPerSecond: speakingPaceSchema }),
    ['settings'],
  ),
};
