import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { DEFAULT_WORDS_PER_SECOND } from '../../../../shared/checks';
import { MAX_PACE, MIN_PACE } from '../../../../shared/features/settings/schemas';
import { useApi } from '../../api/ApiProvider';
import { channelKey, useChannelQuery } from '../../api/channel-query';
import { notifyError } from '../../components/notify';

export { MAX_PACE, MIN_PACE };

/**
 * The ambassador's own speaking pace (words per second), used for speaking-time estimates. Stored with the
 * laptop's data (settings:pace), so it survives restarts and browser-mode launches. The slider follows at
 * once; a refused save puts the stored value back.
 */
export function usePace(ambassadorId: string | null): [number, (next: number) => void] {
  const api = useApi();
  const queryClient = useQueryClient();
  const query = useChannelQuery('settings:pace', ambassadorId ? { ambassadorId } : null);
  const setPace = useCallback(
    (next: number) => {
      if (!ambassadorId || !Number.isFinite(next)) return;
      const wordsPerSecond = Math.min(MAX_PACE, Math.max(MIN_PACE, next));
      const key = channelKey('settings:pace', { ambassadorId });
      const before = queryClient.getQueryData<number>(key);
      queryClient.setQueryData(key, wordsPerSecond);
      void api['settings:setPace']({ ambassadorId, wordsPerSecond }).then((result) => {
        if (result.ok) return;
        queryClient.setQueryData(key, before);
        notifyError(result.error, 'Your speaking pace was not saved');
      });
    },
    [ambassadorId, api, queryClient],
  );
  return [query.data ?? DEFAULT_WORDS_PER_SECOND, setPace];
}
