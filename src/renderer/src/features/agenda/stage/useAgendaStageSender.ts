import { useCallback, useEffect, useRef } from 'react';
import { AGENDA_STAGE_WINDOW_NAME, agendaStageUrl } from './location';
import {
  AGENDA_STAGE_CHANNEL,
  parseAgendaStageMessage,
  type AgendaStageMessage,
  type AgendaStageSnapshot,
} from './protocol';

/**
 * The laptop side of the agenda's projector link: posts the snapshot when what is on changes and answers a
 * projector view that has just opened. The countdown is not sent every second; the projector counts down
 * itself from the last snapshot.
 */
export function useAgendaStageSender(snapshot: AgendaStageSnapshot | null): { openStage(): void } {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const latest = useRef<AgendaStageSnapshot | null>(snapshot);

  useEffect(() => {
    latest.current = snapshot;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(AGENDA_STAGE_CHANNEL);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent) => {
      if (parseAgendaStageMessage(event.data)?.type !== 'hello') return;
      const current = latest.current;
      channel.postMessage(
        current
          ? ({ type: 'snapshot', snapshot: current } satisfies AgendaStageMessage)
          : ({ type: 'idle' } satisfies AgendaStageMessage),
      );
    };
    // Leaving the agenda (another tab or screen) leaves the projector as it is: its countdown runs against the
    // same clock, and the agenda sends the latest again when it is back.
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, []);

  useEffect(() => {
    const message: AgendaStageMessage = snapshot ? { type: 'snapshot', snapshot } : { type: 'idle' };
    channelRef.current?.postMessage(message);
  }, [snapshot]);

  const openStage = useCallback(() => {
    // A new window (Electron) or tab (browser) the trainer drags to the projector.
    const opened = window.open(agendaStageUrl(), AGENDA_STAGE_WINDOW_NAME);
    opened?.focus();
  }, []);

  return { openStage };
}
