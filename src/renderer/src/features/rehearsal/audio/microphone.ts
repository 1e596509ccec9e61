/**
 * Asking for the microphone, and saying clearly what went wrong when we cannot have it. The microphone is
 * only requested when a recording starts; without it, rehearsal carries on with the timer alone.
 */

export type MicProblem = 'denied' | 'missing' | 'busy' | 'unavailable';

export const MIC_MESSAGES: Readonly<Record<MicProblem, { title: string; text: string }>> = {
  denied: {
    title: 'The microphone is blocked',
    text: 'Ambassador Studio was not allowed to use the microphone, so this answer is timed but not recorded. You can keep practising. To record, allow the microphone in your browser or system settings, then try again.',
  },
  missing: {
    title: 'No microphone found',
    text: 'We could not find a microphone on this laptop, so this answer is timed but not recorded. You can keep practising, or plug in a headset and try again.',
  },
  busy: {
    title: 'The microphone is busy',
    text: 'Another program is using the microphone, so this answer is timed but not recorded. Close the other program (a video call, perhaps) and try again.',
  },
  unavailable: {
    title: 'Recording is not available here',
    text: 'This window cannot record sound, so this answer is timed but not recorded. You can keep practising.',
  },
};

export class MicrophoneError extends Error {
  constructor(readonly problem: MicProblem) {
    super(MIC_MESSAGES[problem].title);
  }
}

/** Maps getUserMedia's DOMException names to the four things a person can do something about. */
export function micProblemOf(error: unknown): MicProblem {
  if (error instanceof MicrophoneError) return error.problem;
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'busy';
  return 'unavailable';
}

/**
 * The raw voice, one channel. Echo cancellation, noise suppression and automatic gain reshape loudness and
 * gate quiet syllables: the pause and loudness measures were built on the unprocessed signal.
 */
export const AUDIO_CONSTRAINTS: MediaTrackConstraints = {
  channelCount: 1,
  echoCancellation: false,
  noiseSuppression: false,
  autoGainControl: false,
};

export async function openMicrophone(): Promise<MediaStream> {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
    throw new MicrophoneError('unavailable');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: AUDIO_CONSTRAINTS, video: false });
  } catch (error) {
    throw new MicrophoneError(micProblemOf(error));
  }
}
