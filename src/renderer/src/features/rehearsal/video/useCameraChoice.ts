import { useState } from 'react';
import { isCameraInterview } from '../../../../../shared/features/rehearsal/interview-types';
import type { InterviewTypeId } from '../../../../../shared/features/rehearsal/schemas';
import type { CameraProblem } from './camera';
import { useCameraScreenMark } from './camera-mark';

export interface CameraChoice {
  /** This interview type is rehearsed on camera (TV, video call). */
  available: boolean;
  /** The next answer is to be filmed: a camera type, "Record on camera" on, and answers being recorded. */
  wanted: boolean;
  /** The "Record on camera" switch: on by default for a camera type. */
  on: boolean;
  setOn(on: boolean): void;
  /** Why the last answer was not filmed, shown until the switch is turned back on. */
  problem: CameraProblem | null;
  /** After an answer starts: a camera that could not be had turns the switch off, so it is not asked for again. */
  report(problem: CameraProblem | null): void;
}

/** Whether answers in this session are filmed, and the page marked for the desktop app's camera permission. */
export function useCameraChoice(type: InterviewTypeId, recordingAnswers: boolean): CameraChoice {
  const available = isCameraInterview(type);
  const [on, setOnState] = useState(available);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const wanted = available && on && recordingAnswers;
  useCameraScreenMark(wanted);
  return {
    available,
    wanted,
    on: available && on,
    setOn: (next) => {
      setOnState(next);
      if (next) setProblem(null);
    },
    problem,
    report: (next) => {
      setProblem(next);
      if (next) setOnState(false);
    },
  };
}
