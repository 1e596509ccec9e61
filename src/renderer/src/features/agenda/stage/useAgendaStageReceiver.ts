import { useEffect, useState } from 'react';
import {
  AGENDA_STAGE_CHANNEL,
  parseAgendaStageMessage,
  type AgendaStageMessage,
  type AgendaStageSnapshot,
} from './protocol';

export interface AgendaStageState {
  snapshot: AgendaStageSnapshot | null;
  /** Left in the current block by this window's clock (negative once it runs over). */
  remainingMs: number;
}

/** The projector side: says hello, then follows the snapshots and counts down between them. */
export function useAgendaStageReceiver(tickMs = 250): AgendaStageState {
  const [snapshot, setSnapshot] = useState<AgendaStageSnapshot | null>(null);
  const [nowMs, setNowMs] = useState(() => Date.now());

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(AGENDA_STAGE_CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      const message = parseAgendaStageMessage(event.data);
      if (!message || message.type === 'hello') return;
      setSnapshot(message.type === 'snapshot' ? message.snapshot : null);
      setNowMs(Date.now());
    };
    channel.postMessage({ type: 'hello' } satisfies AgendaStageMessage);
    return () => channel.close();
  }, []);

  const running = snapshot?.now != null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNowMs(Date.now()), tickMs);
    return () => clearInterval(id);
  }, [running, tickMs]);

  return { snapshot, remainingMs: snapshot?.now ? snapshot.now.endsAtMs - nowMs : 0 };
}
