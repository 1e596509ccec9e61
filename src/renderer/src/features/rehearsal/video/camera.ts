/**
 * Asking for the camera (with the microphone) for a camera take, and falling back to sound only when there is
 * no camera to use: the ambassador can always keep rehearsing. The camera is opened only when an answer starts.
 */
import { AUDIO_CONSTRAINTS, MicrophoneError, micProblemOf, openMicrophone, type MicProblem } from '../audio/microphone';

/** The same four things a person can do something about as for the microphone. */
export type CameraProblem = MicProblem;

const TURN_BACK_ON = 'then turn "Record on camera" back on.';

export const CAMERA_MESSAGES: Readonly<Record<CameraProblem, { title: string; text: string }>> = {
  denied: {
    title: 'The camera is blocked',
    text: `Ambassador Studio was not allowed to use the camera, so this answer is not filmed. You can keep practising without it. To see yourself on camera, allow the camera in your browser or system settings, ${TURN_BACK_ON}`,
  },
  missing: {
    title: 'No camera found',
    text: `We could not find a camera on this laptop, so this answer is not filmed. You can keep practising without it, or plug in a webcam, ${TURN_BACK_ON}`,
  },
  busy: {
    title: 'The camera is busy',
    text: `Another program is using the camera, so this answer is not filmed. Close the other program (a video call, perhaps), ${TURN_BACK_ON}`,
  },
  unavailable: {
    title: 'Filming is not available here',
    text: 'This window cannot record video, so this answer is not filmed. You can keep practising without it.',
  },
};

/**
 * 720p at up to 30 frames a second, facing the speaker: "ideal" rather than exact, so a camera that cannot do
 * 720p still gives its nearest picture instead of failing.
 */
export const VIDEO_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 1280 },
  height: { ideal: 720 },
  frameRate: { ideal: 30 },
  facingMode: 'user',
};

export interface OpenedInput {
  stream: MediaStream;
  /** True when the stream has the camera's picture as well as the voice. */
  video: boolean;
  /** Why there is no picture, when the camera was asked for and could not be had. */
  cameraProblem: CameraProblem | null;
}

/**
 * Camera and microphone together, or the microphone alone when the camera cannot be had (the reason comes back
 * with it). Throws MicrophoneError only when there is no microphone either.
 */
export async function openCameraOrMicrophone(): Promise<OpenedInput> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    throw new MicrophoneError('unavailable');
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: AUDIO_CONSTRAINTS, video: VIDEO_CONSTRAINTS });
    // A page whose Permissions-Policy forbids the camera gets the voice alone, without an error.
    if (stream.getVideoTracks().length > 0) return { stream, video: true, cameraProblem: null };
    return { stream, video: false, cameraProblem: 'unavailable' };
  } catch (error) {
    const cameraProblem = micProblemOf(error);
    return { stream: await openMicrophone(), video: false, cameraProblem };
  }
}
