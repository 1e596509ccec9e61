/** On-device speech analysis for interview rehearsal: pure functions over mono PCM samples. */
export { analyseSpeech, type AnalyseOptions } from './analyse';
export {
  describeSpeech,
  paceBand,
  COMFORTABLE_WPM,
  LONG_SILENCE_SECONDS,
  LOUDNESS_SPREAD_DB,
  MIN_SPEAKING_SECONDS_FOR_RATES,
  type LoudnessBand,
  type PaceBand,
  type SpeechDescription,
} from './describe';
export {
  DEFAULT_MIN_PAUSE_SECONDS,
  DEFAULT_SPEECH_PARAMS,
  DEFAULT_SYLLABLES_PER_WORD,
  type SpeechParams,
} from './params';
export type { LoudnessMetrics, Pause, SpeechMetrics, TimeSpan } from './types';
export {
  SOURCES as SYLLABLES_PER_WORD_SOURCES,
  SYLLABLES_PER_WORD,
  syllablesPerWordFor,
  wordsPerMinuteRange,
  type SourceKey,
  type SyllablesPerWord,
  type WordsPerMinuteRange,
} from './words-per-minute';
