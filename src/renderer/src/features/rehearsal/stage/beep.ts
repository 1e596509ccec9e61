import { CUE_SOUND, type TimerCue } from './cues';

export type Beeper = (cue: TimerCue) => void;

/**
 * Short sine beeps with WebAudio: made on the spot, so no sound file ships and nothing is fetched. The context
 * is created at the first cue (after the trainer has pressed something, so the browser lets it play) and kept.
 */
export function createWebAudioBeeper(): Beeper {
  let context: AudioContext | null = null;
  return (cue) => {
    if (typeof AudioContext === 'undefined') return;
    context ??= new AudioContext();
    void context.resume().catch(() => undefined);
    const { hz, beeps } = CUE_SOUND[cue];
    const start = context.currentTime + 0.02;
    for (let i = 0; i < beeps; i += 1) {
      const at = start + i * 0.25;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = hz;
      // A quick fade in and out: a click-free beep that does not startle the room.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.25, at + 0.02);
      gain.gain.linearRampToValueAtTime(0, at + 0.16);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.18);
    }
  };
}
