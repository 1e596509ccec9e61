import { useCallback, useEffect, useMemo, useRef } from 'react';
import { micProblemOf, openMicrophone, type MicProblem } from './microphone';
import { startRecorder, type Recording, type TakeRecorder } from './recorder';

export interface TakeCapture {
  /** Opens the microphone and starts recording; resolves with the problem when there is no microphone to use. */
  begin(): Promise<MicProblem | null>;
  pause(): void;
  resume(): void;
  /** Stops and returns the recording (null when nothing was recorded). */
  finish(): Promise<Recording | null>;
  /** Stops and throws the recording away. */
  discard(): void;
}

/**
 * Microphone and MediaRecorder for one take at a time. The microphone is opened only when a recording starts
 * and released as soon as it stops, so the system's "microphone in use" light is honest.
 */
export function useTakeCapture(onLimit: () => void): TakeCapture {
  const recorderRef = useRef<TakeRecorder | null>(null);
  const onLimitRef = useRef(onLimit);
  useEffect(() => {
    onLimitRef.current = onLimit;
  });
  // Leaving the screen mid-answer must not leave the microphone open.
  useEffect(() => () => recorderRef.current?.discard(), []);

  const begin = useCallback(async (): Promise<MicProblem | null> => {
    recorderRef.current?.discard();
    recorderRef.current = null;
    try {
      const stream = await openMicrophone();
      recorderRef.current = startRecorder(stream, () => onLimitRef.current());
      return null;
    } catch (error) {
      return micProblemOf(error);
    }
  }, []);

  const finish = useCallback(async (): Promise<Recording | null> => {
    const recorder = recorderRef.current;
    recorderRef.current = null;
    if (!recorder) return null;
    try {
      return await recorder.stop();
    } catch {
      return null;
    }
  }, []);

  return useMemo(
    () => ({
      begin,
      finish,
      pause: () => recorderRef.current?.pause(),
      resume: () => recorderRef.current?.resume(),
      discard: () => {
        recorderRef.current?.discard();
        recorderRef.current = null;
      },
    }),
    [begin, finish],
  );
}
