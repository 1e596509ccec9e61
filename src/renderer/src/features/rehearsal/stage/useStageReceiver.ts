import { useEffect, useState } from 'react';
import { parseStageMessage, STAGE_CHANNEL, type StageMessage, type StageSnapshot } from './protocol';

export interface StageState {
  snapshot: StageSnapshot | null;
  /** Clock time on the stage, counted on from the last snapshot with the stage's own clock. */
  elapsedMs: number;
}

/**
 * The stage side of the link: says hello (so an already running session answers at once), then follows the
 * snapshots. Times are measured with this window's clock from the moment a snapshot arrives, so the two
 * windows never need synchronised clocks.
 */
export function useStageReceiver(tickMs = 200): StageState {
  const [received, setReceived] = useState<{ snapshot: StageSnapshot | null; at: number }>({ snapshot: null, at: 0 });
  const [elapsedMs, setElapsedMs] = useState(0);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(STAGE_CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      const message = parseStageMessage(event.data);
      if (!message || message.type === 'hello') return;
      const snapshot = message.type === 'snapshot' ? message.snapshot : null;
      setReceived({ snapshot, at: Date.now() });
      setElapsedMs(snapshot?.elapsedMs ?? 0);
    };
    channel.postMessage({ type: 'hello' } satisfies StageMessage);
    return () => channel.close();
  }, []);

  useEffect(() => {
    const { snapshot, at } = received;
    if (!snapshot?.running) return;
    const id = setInterval(() => setElapsedMs(snapshot.elapsedMs + Math.max(0, Date.now() - at)), tickMs);
    return () => clearInterval(id);
  }, [received, tickMs]);

  return { snapshot: received.snapshot, elapsedMs };
}
