import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_TAKE_SECONDS, type RehearsalSession, type Take } from '../../../../../shared/features/rehearsal/schemas';
import { useApi } from '../../../api/ApiProvider';
import { notifyError } from '../../../components/notify';
import type { MicProblem } from '../audio/microphone';
import { useTakeCapture } from '../audio/useTakeCapture';
import { useAnswerClock } from '../session/useAnswerClock';
import { prepareTake } from '../take/prepare-take';
import type { DeckEntry } from './deck';

/** ready: waiting to start the clock; answering: clock running or paused; saving; rating: the answer is saved. */
export type HotSeatPhase = 'ready' | 'answering' | 'saving' | 'rating';

const LIMIT = `That answer reached the ${MAX_TAKE_SECONDS / 60}-minute limit, so it was stopped and kept.`;
const SIZE = 'That recording reached the size limit, so it was stopped and kept.';

/**
 * The hot seat's running state: where in the deck we are, whether the current prompt is a follow-up, the
 * answer clock (per question time) and the recording; each stopped answer is saved at once as a take for the
 * ambassador, then waits for the trainer's rating.
 */
export function useHotSeatRun(session: RehearsalSession, deck: readonly DeckEntry[]) {
  const api = useApi();
  const [index, setIndex] = useState(0);
  const [phase, setPhase] = useState<HotSeatPhase>('ready');
  const [followUp, setFollowUp] = useState<{ text: string; seconds: number } | null>(null);
  const [record, setRecord] = useState(true);
  const [recording, setRecording] = useState(false);
  const [micProblem, setMicProblem] = useState<MicProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [take, setTake] = useState<Take | null>(null);
  const [saved, setSaved] = useState<Take[]>([]);
  const answering = useRef(false);
  const stopRef = useRef<(reason?: string) => void>(() => undefined);

  const entry = deck[index];
  const targetSeconds = followUp?.seconds ?? entry?.seconds ?? 30;
  const clock = useAnswerClock({ limitMs: MAX_TAKE_SECONDS * 1000, onLimit: () => stopRef.current(LIMIT) });
  const capture = useTakeCapture(() => stopRef.current(SIZE));

  const start = async () => {
    if (phase !== 'ready' || !entry) return;
    setNotice(null);
    let recordingNow = false;
    if (record) {
      const { micProblem: problem } = await capture.begin();
      setMicProblem(problem);
      recordingNow = problem === null;
      // Asking again for every question would only repeat the same refusal.
      if (problem) setRecord(false);
    }
    setRecording(recordingNow);
    clock.reset();
    clock.start();
    answering.current = true;
    setPhase('answering');
  };

  const togglePause = () => {
    if (phase !== 'answering') return;
    if (clock.running) {
      clock.pause();
      capture.pause();
    } else {
      clock.start();
      capture.resume();
    }
  };

  const stop = useCallback(
    async (reason?: string) => {
      if (!answering.current || !entry) return;
      answering.current = false;
      const durationMs = Math.min(Math.round(clock.elapsedNow()), MAX_TAKE_SECONDS * 1000);
      clock.pause();
      setPhase('saving');
      const prepared = await prepareTake(await capture.finish(), durationMs);
      setRecording(false);
      const result = await api['hotSeat:saveTake']({
        sessionId: session.id,
        questionId: entry.questionId,
        position: index,
        targetSeconds,
        durationMs,
        ...(followUp ? { followUp: followUp.text } : {}),
        ...(prepared.recording ? { recording: prepared.recording } : {}),
        ...(prepared.metrics ? { metrics: prepared.metrics } : {}),
      });
      const withoutAudio = prepared.recording ? null : 'Saved without a recording: the time and your rating are kept.';
      setNotice([reason, prepared.notice, withoutAudio].filter(Boolean).join(' ') || null);
      if (!result.ok) {
        notifyError(result.error, 'This answer was not saved');
        clock.reset();
        setPhase('ready');
        return;
      }
      setTake(result.value);
      setSaved((all) => [...all, result.value]);
      setPhase('rating');
    },
    [api, capture, clock, entry, followUp, index, session.id, targetSeconds],
  );
  useEffect(() => {
    stopRef.current = (reason) => void stop(reason);
  });

  /** After an answer: the same question again as a follow-up (its own take), with its own time. */
  const askFollowUp = (text: string, seconds: number) => {
    if (phase !== 'rating' || !text.trim()) return;
    setFollowUp({ text: text.trim(), seconds });
    setTake(null);
    clock.reset();
    setPhase('ready');
  };

  const next = () => {
    if (phase !== 'ready' && phase !== 'rating') return;
    setFollowUp(null);
    setTake(null);
    setNotice(null);
    clock.reset();
    setPhase('ready');
    setIndex((i) => i + 1);
  };

  const stopEverything = () => {
    answering.current = false;
    capture.discard();
    clock.pause();
  };

  const rated = (updated: Take) => {
    setTake(updated);
    setSaved((all) => all.map((t) => (t.id === updated.id ? updated : t)));
  };

  return {
    index,
    entry,
    isLast: index + 1 >= deck.length,
    phase,
    followUp,
    targetSeconds,
    clock,
    record,
    setRecord,
    recording,
    micProblem,
    notice,
    take,
    saved,
    start,
    togglePause,
    stop,
    askFollowUp,
    next,
    stopEverything,
    rated,
  };
}

export type HotSeatRun = ReturnType<typeof useHotSeatRun>;
