import type { interviewChannels } from '../../../../shared/features/interviews/channels';
import type { FeatureHandlers, HandlerEnv } from '../../../backend/handler-types';
import { deliver } from '../../message-sheet/handlers';

type PrepCardChannels = Pick<typeof interviewChannels, 'interview:prepCard'>;

/**
 * The prep card's one channel, spread into the interviews handlers. Like the sheet and the agenda, the desktop app
 * saves the PDF through its own dialog and browser mode gets the bytes back to download.
 */
export function prepCardHandlers({
  services: { prepCards },
  capabilities,
}: HandlerEnv): FeatureHandlers<PrepCardChannels> {
  return {
    'interview:prepCard': async ({ id, paper }) => deliver(await prepCards.print(id, paper), capabilities),
  };
}
