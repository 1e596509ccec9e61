import { useCallback, useEffect, useRef } from 'react';
import { stageViewUrl, STAGE_WINDOW_NAME } from './location';
import { parseStageMessage, STAGE_CHANNEL, type StageControl, type StageMessage, type StageSnapshot } from './protocol';

/**
 * The laptop side of the stage link. It posts the snapshot whenever `snapshot` changes (a new question,
 * start, pause) and answers a stage view that has just opened. The clock is not sent every second: the stage
 * counts on by itself from the last snapshot, so a busy laptop never makes the projector stutter. Keys pressed
 * at the stage window come back as controls (`onControl`), which the laptop applies as if pressed here.
 */
export function useStageSender(
  snapshot: StageSnapshot | null,
  onControl?: (action: StageControl) => void,
): { openStage(): void } {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const latest = useRef<StageSnapshot | null>(snapshot);
  const controlRef = useRef(onControl);

  useEffect(() => {
    latest.current = snapshot;
    controlRef.current = onControl;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(STAGE_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      const message = parseStageMessage(event.data);
      if (message?.type === 'control') controlRef.current?.(message.action);
      if (message?.type !== 'hello') return;
      const current = latest.current;
      channel.postMessage(
        current
          ? ({ type: 'snapshot', snapshot: current } satisfies StageMessage)
          : ({ type: 'idle' } satisfies StageMessage),
      );
    };
    return () => {
      channel.postMessage({ type: 'idle' } satisfies StageMessage);
      channel.close();
      channelRef.current = null;
    };
  }, []);

  useEffect(() => {
    const message: StageMessage = snapshot ? { type: 'snapshot', snapshot } : { type: 'idle' };
    channelRef.current?.postMessage(message);
  }, [snapshot]);

  const openStage = useCallback(() => {
    // In Electron the main process places this window on the second display; in a browser it is a new tab.
    const opened = window.open(stageViewUrl(), STAGE_WINDOW_NAME);
    opened?.focus();
  }, []);

  return { openStage };
}
