/** Public types of the speech analysis (see analyse.ts). All times are in seconds from the start of the input. */

export interface TimeSpan {
  start: number;
  end: number;
  duration: number;
}

/** A silence between two stretches of speech that lasted at least `minPauseSeconds`. */
export type Pause = TimeSpan;

export interface LoudnessMetrics {
  /** Mean intensity of the syllable nuclei in dB relative to full scale (0 dBFS = a full-scale square wave). */
  meanDbfs: number;
  /** Standard deviation of the nucleus intensities in dB: how much the voice's loudness varies syllable to syllable. */
  spreadDb: number;
  /**
   * Coefficient of variation (standard deviation / mean) of the nucleus amplitudes on a linear scale.
   * Same information as spreadDb, on the scale people mean by "steady": 0 is perfectly even.
   */
  variation: number;
}

export interface SpeechMetrics {
  /** Length of the input. */
  durationSeconds: number;
  /**
   * Time with speech activity: the speech segments, short gaps inside them (stop closures, word boundaries)
   * included. A sounding stretch with no voiced syllable (a cough, a door, fan noise) is not speech.
   */
  speakingSeconds: number;
  /** Start of the first and end of the last speech segment; null when no speech was found. */
  firstSpeechSeconds: number | null;
  lastSpeechSeconds: number | null;
  /** lastSpeech - firstSpeech: the take as a listener hears it, without the silence before and after. */
  speechSpanSeconds: number;
  /** speakingSeconds / speechSpanSeconds, in 0..1 (0 when there is no speech). */
  speakingShare: number;
  /** The speech segments found (shorter silent gaps, by default under 0.3 s, are inside a segment). */
  segments: TimeSpan[];
  /** Silences of at least minPauseSeconds between speech; silence before the first and after the last speech is not a pause. */
  pauses: Pause[];
  pauseCount: number;
  /** The minimum pause length used (default 0.7 s), so a report can say what counted as a pause. */
  minPauseSeconds: number;
  longestPause: Pause | null;
  /** Estimated syllables (voiced intensity peaks, after de Jong & Wempe 2009). */
  syllableCount: number;
  /** Times of the detected syllable nuclei, for plotting. */
  syllableTimes: number[];
  /** Syllables per second over the speech span (pauses included): the "speech rate" of de Jong & Wempe. */
  syllablesPerSecond: number;
  /** Syllables per second of speaking time (pauses excluded): the "articulation rate". */
  articulationRate: number;
  /** Estimated words per minute over the speech span: syllables / syllablesPerWord / minutes. */
  wordsPerMinute: number;
  /** The syllables-per-word constant used for wordsPerMinute. */
  syllablesPerWord: number;
  /** Null when no syllable nuclei were found (nothing voiced to measure). */
  loudness: LoudnessMetrics | null;
}
