import type { AppStatus } from '../../../../shared/features/app/channels';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useAppStatus(): ChannelQuery<AppStatus> {
  return useChannelQuery('app:status', {});
}
