/**
 * Descriptive ranges for the rehearsal report: where a take sits, not a score. DOMAIN.md asks for ranges
 * rather than a single ideal (pace), and warns against over-quantified feedback; pauses are good, only long
 * silences and rushing are worth coaching. The UI words these; the CLI prints the `summary` lines.
 */
import type { SpeechMetrics } from './types';

/** Comfortable pace, words per minute (Microsoft Speaker Coach's range, DOMAIN.md "Exercise 3"). */
export const COMFORTABLE_WPM: Readonly<{ min: number; max: number }> = Object.freeze({ min: 100, max: 165 });

/**
 * Below this much speech a rate means little (a handful of syllables): we say "not enough speech" instead.
 * 5 s is about two sentences.
 */
export const MIN_SPEAKING_SECONDS_FOR_RATES = 5;

/**
 * A silence this long reads as "dead air" in a broadcast interview rather than as a pause for effect.
 * A coaching heuristic, not a measured constant; shown as a count, never as a fault.
 */
export const LONG_SILENCE_SECONDS = 3;

/**
 * Syllable-to-syllable loudness spread (dB) bands. Heuristic starting points: synthetic speech reads ~2 dB,
 * lively natural speech a few dB more; beyond ~8 dB words are likely to be lost (trailing off, turning away
 * from the microphone).
 */
export const LOUDNESS_SPREAD_DB: Readonly<{ steady: number; varied: number }> = Object.freeze({ steady: 4, varied: 8 });

export type PaceBand = 'slow' | 'comfortable' | 'fast' | 'not-enough-speech';
export type LoudnessBand = 'steady' | 'varied' | 'uneven' | 'not-enough-speech';

export interface SpeechDescription {
  pace: { band: PaceBand; wordsPerMinute: number; comfortable: { min: number; max: number }; summary: string };
  pauses: { count: number; perMinute: number; longSilences: number; longestSeconds: number | null; summary: string };
  talk: { speakingSeconds: number; speakingShare: number; summary: string };
  loudness: { band: LoudnessBand; spreadDb: number | null; summary: string };
}

export function describeSpeech(m: SpeechMetrics): SpeechDescription {
  const enoughSpeech = m.speakingSeconds >= MIN_SPEAKING_SECONDS_FOR_RATES;
  const wpm = Math.round(m.wordsPerMinute);
  const pace = paceBand(m.wordsPerMinute, enoughSpeech);
  const range = `${COMFORTABLE_WPM.min}-${COMFORTABLE_WPM.max} wpm is comfortable`;
  const paceSummary =
    pace === 'not-enough-speech'
      ? 'Not enough speech to estimate a pace.'
      : `About ${wpm} words per minute (${pace}; ${range}).`;

  const spanMinutes = m.speechSpanSeconds / 60;
  const perMinute = spanMinutes > 0 ? m.pauseCount / spanMinutes : 0;
  const longSilences = m.pauses.filter((p) => p.duration >= LONG_SILENCE_SECONDS).length;
  const longest = m.longestPause ? m.longestPause.duration : null;
  const pauseSummary =
    m.pauseCount === 0
      ? `No pauses of ${m.minPauseSeconds} s or more.`
      : `${m.pauseCount} pause${m.pauseCount === 1 ? '' : 's'} (longest ${longest!.toFixed(1)} s)` +
        (longSilences > 0 ? `, ${longSilences} of ${LONG_SILENCE_SECONDS} s or more.` : '.');

  const loudnessBand = bandLoudness(m, enoughSpeech);
  const spread = m.loudness ? m.loudness.spreadDb : null;
  const loudnessSummary =
    loudnessBand === 'not-enough-speech'
      ? 'Not enough speech to judge loudness.'
      : `Loudness ${loudnessBand} (syllables vary by about ${spread!.toFixed(1)} dB).`;

  return {
    pace: { band: pace, wordsPerMinute: wpm, comfortable: { ...COMFORTABLE_WPM }, summary: paceSummary },
    pauses: { count: m.pauseCount, perMinute, longSilences, longestSeconds: longest, summary: pauseSummary },
    talk: {
      speakingSeconds: m.speakingSeconds,
      speakingShare: m.speakingShare,
      summary: `Speaking for ${m.speakingSeconds.toFixed(1)} s, ${Math.round(m.speakingShare * 100)} % of the take between first and last word.`,
    },
    loudness: { band: loudnessBand, spreadDb: spread, summary: loudnessSummary },
  };
}

export function paceBand(wordsPerMinute: number, enoughSpeech = true): PaceBand {
  if (!enoughSpeech || !(wordsPerMinute > 0)) return 'not-enough-speech';
  if (wordsPerMinute < COMFORTABLE_WPM.min) return 'slow';
  if (wordsPerMinute > COMFORTABLE_WPM.max) return 'fast';
  return 'comfortable';
}

function bandLoudness(m: SpeechMetrics, enoughSpeech: boolean): LoudnessBand {
  if (!enoughSpeech || !m.loudness || m.syllableCount < 10) return 'not-enough-speech';
  if (m.loudness.spreadDb <= LOUDNESS_SPREAD_DB.steady) return 'steady';
  if (m.loudness.spreadDb <= LOUDNESS_SPREAD_DB.varied) return 'varied';
  return 'uneven';
}
