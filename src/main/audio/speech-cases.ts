/**
 * The synthetic speech cases of the accuracy test, split in two (issue 15 point 3):
 *
 * - TUNING_CASES: the five recordings the analysis parameters were chosen on (smoothing and dip; see
 *   src/shared/speech/params.ts). A pass here is a regression check, not evidence that the method works.
 * - HELD_OUT_CASES: recordings the parameters never saw: other languages, voices (female, US English, Latin
 *   American Spanish, other German voices), speeds outside the tuning ones (110, 130, 240 wpm) and background
 *   noise. Chosen to differ from the tuning set in one or two ways each, so a failure points at what broke.
 *   This is the validation: the accuracy bounds are asserted on it (and on real read speech, speech-real.test.ts).
 *
 * Nothing in HELD_OUT_CASES may be used to choose a parameter. A parameter change that needs a held-out case to
 * pass moves that case to the tuning set and adds a new held-out case in its place, and says so in params.ts.
 */
import { ENGLISH, GAP_CYCLE_SECONDS, GERMAN, SPANISH, UKRAINIAN } from './speech-corpus';
import type { SpeechCaseSpec } from './speech-fixtures';

const layout = { gaps: GAP_CYCLE_SECONDS, leadSeconds: 1.5, tailSeconds: 2 };

export const TUNING_CASES: readonly SpeechCaseSpec[] = [
  { id: 'en-120wpm', voice: 'en', wpm: 120, sentences: ENGLISH, ...layout },
  { id: 'en-160wpm', voice: 'en', wpm: 160, sentences: ENGLISH, ...layout },
  { id: 'en-200wpm', voice: 'en', wpm: 200, sentences: ENGLISH, ...layout },
  { id: 'es-160wpm', voice: 'es', wpm: 160, sentences: SPANISH, ...layout },
  { id: 'de-160wpm', voice: 'de', wpm: 160, sentences: GERMAN, ...layout },
];

export const HELD_OUT_CASES: readonly SpeechCaseSpec[] = [
  // A language not in the tuning set, at a tuning speed and a slower one.
  { id: 'uk-160wpm', voice: 'uk', wpm: 160, sentences: UKRAINIAN, ...layout },
  { id: 'uk-130wpm', voice: 'uk', wpm: 130, sentences: UKRAINIAN, ...layout },
  // Robustness: the 160 wpm English take with pink noise (a fan, a busy room) under the whole recording.
  { id: 'en-160wpm+noise', voice: 'en', wpm: 160, sentences: ENGLISH, ...layout, noiseVolume: 0.1 },
  // Other English voices and speeds: US English slower than any tuning case, a female voice faster than any.
  { id: 'en-us-110wpm', voice: 'en-us', wpm: 110, sentences: ENGLISH, ...layout },
  { id: 'en-f3-240wpm', voice: 'en+f3', wpm: 240, sentences: ENGLISH, ...layout },
  { id: 'en-us-f2-160wpm', voice: 'en-us+f2', wpm: 160, sentences: ENGLISH, ...layout },
  // Spanish and German with other voices, slower and faster than the tuning cases.
  { id: 'es-419-120wpm', voice: 'es-419', wpm: 120, sentences: SPANISH, ...layout },
  { id: 'es-419-f4-200wpm', voice: 'es-419+f4', wpm: 200, sentences: SPANISH, ...layout },
  { id: 'de-f2-120wpm', voice: 'de+f2', wpm: 120, sentences: GERMAN, ...layout },
  { id: 'de-m3-200wpm', voice: 'de+m3', wpm: 200, sentences: GERMAN, ...layout },
];
