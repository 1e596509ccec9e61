import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppSettings, SettingsPatch } from '../../../../shared/features/settings/schemas';
import { useApi } from '../../api/ApiProvider';
import { channelKey, useChannelQuery, type ChannelQuery } from '../../api/channel-query';
import type { Result } from '../../api/result';

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export interface SettingsQuery extends ChannelQuery<AppSettings> {
  settings: AppSettings | undefined;
  update(patch: SettingsPatch): Promise<Result<AppSettings>>;
}

export function useSettings(): SettingsQuery {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useChannelQuery('settings:get', {});
  const update = useCallback(
    async (patch: SettingsPatch) => {
      // Optimistic: controls (radios, the switcher) follow the click at once; a refusal puts the old value back.
      const key = channelKey('settings:get', {});
      const before = queryClient.getQueryData<AppSettings>(key);
      if (before) queryClient.setQueryData(key, { ...before, ...definedOnly(patch) });
      const result = await api['settings:update']({ patch });
      if (!result.ok && before) queryClient.setQueryData(key, before);
      return result;
    },
    [api, queryClient],
  );
  return { ...query, settings: query.data, update };
}
