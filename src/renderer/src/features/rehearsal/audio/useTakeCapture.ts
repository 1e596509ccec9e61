import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { openCameraOrMicrophone, type CameraProblem, type OpenedInput } from '../video/camera';
import { micProblemOf, openMicrophone, type MicProblem } from './microphone';
import { AUDIO_FORMAT, startRecorder, VIDEO_FORMAT, type Recording, type TakeRecorder } from './recorder';

export interface CaptureStart {
  /** No microphone to use: the answer is timed but not recorded. */
  micProblem: MicProblem | null;
  /** The camera was asked for and could not be had: the answer is recorded as sound only (if at all). */
  cameraProblem: CameraProblem | null;
}

export interface TakeCapture {
  /**
   * Opens the microphone (with the camera when `camera` is set) and starts recording; says what could not be
   * had. Without the camera it records sound only; without the microphone, nothing.
   */
  begin(options?: { camera?: boolean }): Promise<CaptureStart>;
  pause(): void;
  resume(): void;
  /** Stops and returns the recording (null when nothing was recorded). */
  finish(): Promise<Recording | null>;
  /** Stops and throws the recording away. */
  discard(): void;
  /** The camera's live picture while a camera take is recording (for the self-view), else null. */
  selfView: MediaStream | null;
}

async function openInput(camera: boolean): Promise<OpenedInput> {
  if (camera) return openCameraOrMicrophone();
  return { stream: await openMicrophone(), video: false, cameraProblem: null };
}

/**
 * Microphone (and camera) and MediaRecorder for one take at a time. They are opened only when a recording
 * starts and released as soon as it stops, so the system's "microphone / camera in use" light is honest.
 */
export function useTakeCapture(onLimit: () => void): TakeCapture {
  const recorderRef = useRef<TakeRecorder | null>(null);
  const [selfView, setSelfView] = useState<MediaStream | null>(null);
  const onLimitRef = useRef(onLimit);
  useEffect(() => {
    onLimitRef.current = onLimit;
  });
  // Leaving the screen mid-answer must not leave the microphone or camera open.
  useEffect(() => () => recorderRef.current?.discard(), []);

  const drop = useCallback(() => {
    recorderRef.current?.discard();
    recorderRef.current = null;
    setSelfView(null);
  }, []);

  const begin = useCallback(
    async (options: { camera?: boolean } = {}): Promise<CaptureStart> => {
      drop();
      try {
        const input = await openInput(options.camera === true);
        const format = input.video ? VIDEO_FORMAT : AUDIO_FORMAT;
        recorderRef.current = startRecorder(input.stream, () => onLimitRef.current(), format);
        setSelfView(input.video ? input.stream : null);
        return { micProblem: null, cameraProblem: input.cameraProblem };
      } catch (error) {
        const micProblem = micProblemOf(error);
        // Without a microphone nothing is recorded, and the camera was not the reason.
        return { micProblem, cameraProblem: null };
      }
    },
    [drop],
  );

  const finish = useCallback(async (): Promise<Recording | null> => {
    const recorder = recorderRef.current;
    recorderRef.current = null;
    setSelfView(null);
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
      discard: drop,
      selfView,
    }),
    [begin, finish, drop, selfView],
  );
}
