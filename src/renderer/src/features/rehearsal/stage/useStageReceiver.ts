import { useCallback, useEffect, useRef, useState } from 'react';
import { parseStageMessage, STAGE_CHANNEL, type StageControl, type StageMessage, type StageSnapshot } from './protocol';

export interface StageState {
  snapshot: StageSnapshot | null;
  /** Clock time on the stage, counted on from the last snapshot with the stage's own clock. */
  elapsedMs: number;
  /** Asks the laptop to pause or resume, or to go on (a key pressed at the stage window). */
  control(action: StageControl): void;
}

/**
 * The stage side of the link: says hello (so an already running session answers at once), then follows the
 * snapshots. Times are measured with this window's clock from the moment a snapshot arrives, so the two
 * windows never need synchronised clocks.
 */
export function useStageReceiver(tickMs = 200): StageState {
  const [received, setReceived] = useState<{ snapshot: StageSnapshot | null; at: number }>({ snapshot: null, at: 0 });
  const [elapsedMs, setElapsedMs] = useState(0);
  const channelRef = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(STAGE_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      const message = parseStageMessage(event.data);
      if (!message || message.type === 'hello' || message.type === 'control') return;
      const snapshot = message.type === 'snapshot' ? message.snapshot : null;
      setReceived({ snapshot, at: Date.now() });
      setElapsedMs(snapshot?.elapsedMs ?? 0);
    };
    channel.postMessage({ type: 'hello' } satisfies StageMessage);
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, []);

  useEffect(() => {
    const { snapshot, at } = received;
    if (!snapshot?.running) return;
    const id = setInterval(() => setElapsedMs(snapshot.elapsedMs + Math.max(0, Date.now() - at)), tickMs);
    return () => clearInterval(id);
  }, [received, tickMs]);

  const control = useCallback((action: StageControl) => {
    channelRef.current?.postMessage({ type: 'control', action } satisfies StageMessage);
  }, []);

  return { snapshot: received.snapshot, elapsedMs, control };
}
