/**
 * From the on-device analysis to what is stored with a take (TakeMetrics), and from a stored take to the
 * words people read. Ranges and plain descriptions only: DOMAIN.md warns against scores, and a pause is
 * not a fault.
 */
import type { TakeMetrics } from '../../../../shared/features/rehearsal/schemas';
import {
  COMFORTABLE_WPM,
  DEFAULT_MIN_PAUSE_SECONDS,
  LONG_SILENCE_SECONDS,
  LOUDNESS_SPREAD_DB,
  MIN_SPEAKING_SECONDS_FOR_RATES,
  paceBand,
  type SpeechMetrics,
} from '../../../../shared/speech';
import { describePaceRange, paceRange, syllablesPerSecondOf } from './report/pace-range';
import { formatSeconds } from './session/timer';

const clamp = (value: number, min: number, max: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
const round1 = (value: number) => Math.round(value * 10) / 10;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The summary kept with a take, clamped to the contract's ranges so an odd recording can never be refused. */
export function toTakeMetrics(m: SpeechMetrics): TakeMetrics {
  return {
    durationSeconds: round1(clamp(m.durationSeconds, 0, 3600)),
    speakingSeconds: round1(clamp(m.speakingSeconds, 0, 3600)),
    speakingShare: Math.round(clamp(m.speakingShare, 0, 1) * 1000) / 1000,
    pauseCount: Math.round(clamp(m.pauseCount, 0, 10_000)),
    longestPauseSeconds: round1(clamp(m.longestPause?.duration ?? 0, 0, 3600)),
    syllableCount: Math.round(clamp(m.syllableCount, 0, 1_000_000)),
    wordsPerMinute: Math.round(clamp(m.wordsPerMinute, 0, 1000)),
    articulationRate: round1(clamp(m.articulationRate, 0, 100)),
    loudnessSpreadDb: round1(clamp(m.loudness?.spreadDb ?? 0, 0, 200)),
  };
}

export type Tone = 'good' | 'neutral' | 'coach';

export interface MetricLine {
  id: 'length' | 'pace' | 'pauses' | 'speaking' | 'loudness';
  label: string;
  /** The measure itself, e.g. "38 seconds (target 30 seconds)". */
  value: string;
  /** What it means, in kind words. */
  note: string;
  tone: Tone;
}

/** How a take's answer time sits against the interview type's target. */
export function describeLength(durationMs: number, targetSeconds: number): MetricLine {
  const seconds = durationMs / 1000;
  const over = seconds - targetSeconds;
  const value = `${formatSeconds(seconds)} (target ${formatSeconds(targetSeconds)})`;
  if (over > 0.5) {
    return {
      id: 'length',
      label: 'Answer time',
      value,
      note: `${formatSeconds(over)} over. Try landing your key message sooner.`,
      tone: 'coach',
    };
  }
  if (seconds < targetSeconds * 0.4) {
    return {
      id: 'length',
      label: 'Answer time',
      value,
      note: 'Well within time. There was room to add a short example.',
      tone: 'neutral',
    };
  }
  return { id: 'length', label: 'Answer time', value, note: 'Within time.', tone: 'good' };
}

/** The measured lines for one take: answer time always; speech measures when there was a recording. */
export function describeTake(input: {
  durationMs: number;
  targetSeconds: number;
  metrics: TakeMetrics | null;
  /** BCP-47 code of the take's language, for the words-a-minute range (default English). */
  language?: string;
}): MetricLine[] {
  const lines: MetricLine[] = [describeLength(input.durationMs, input.targetSeconds)];
  const m = input.metrics;
  if (!m) return lines;

  const enough = m.speakingSeconds >= MIN_SPEAKING_SECONDS_FOR_RATES;
  const language = input.language ?? 'en';
  const pace = paceRange(syllablesPerSecondOf(m.wordsPerMinute), language);
  const band = paceBand(m.wordsPerMinute, enough) === 'not-enough-speech' ? 'not-enough-speech' : pace.band;
  const range = `${COMFORTABLE_WPM.min} to ${COMFORTABLE_WPM.max} is comfortable`;
  if (band === 'not-enough-speech') {
    lines.push({
      id: 'pace',
      label: 'Pace',
      value: 'Not enough speech to tell',
      note: `Speak for at least ${MIN_SPEAKING_SECONDS_FOR_RATES} seconds to get a pace.`,
      tone: 'neutral',
    });
  } else {
    const notes = {
      slow: 'A calm, slow pace. Make sure the energy stays up.',
      comfortable: 'A comfortable pace for listeners.',
      fast: 'On the fast side. A short pause after your key message helps it land.',
    } as const;
    lines.push({
      id: 'pace',
      label: 'Pace',
      value: `${capitalise(describePaceRange(pace, language))} (${band}; ${range})`,
      note: notes[band],
      tone: band === 'comfortable' ? 'good' : 'coach',
    });
  }

  const longest = m.longestPauseSeconds;
  const pauseValue =
    m.pauseCount === 0
      ? `No pauses of ${DEFAULT_MIN_PAUSE_SECONDS} seconds or more`
      : `${m.pauseCount} pause${m.pauseCount === 1 ? '' : 's'}, longest ${longest.toFixed(1)} seconds`;
  const longSilence = longest >= LONG_SILENCE_SECONDS;
  lines.push({
    id: 'pauses',
    label: 'Pauses',
    value: pauseValue,
    note: longSilence
      ? `A silence of ${LONG_SILENCE_SECONDS} seconds or more can feel long on air. A short pause works just as well.`
      : m.pauseCount === 0
        ? 'Short pauses are good: they give people time to take in what you said.'
        : 'Pauses help listeners take in what you said.',
    tone: longSilence ? 'coach' : m.pauseCount === 0 ? 'neutral' : 'good',
  });

  lines.push({
    id: 'speaking',
    label: 'Speaking time',
    value: `${formatSeconds(m.speakingSeconds)} of speech in a ${formatSeconds(m.durationSeconds)} recording`,
    note:
      m.speakingSeconds < 1
        ? 'We could hardly hear any speech. Check the microphone is close enough.'
        : 'Time with your voice in it, pauses inside sentences included.',
    tone: m.speakingSeconds < 1 ? 'coach' : 'neutral',
  });

  if (enough && m.syllableCount >= 10) {
    const spread = m.loudnessSpreadDb;
    const loudness =
      spread <= LOUDNESS_SPREAD_DB.steady
        ? { value: 'Steady', note: 'Your voice stayed at an even loudness.', tone: 'good' as const }
        : spread <= LOUDNESS_SPREAD_DB.varied
          ? { value: 'Lively', note: 'Your loudness varied, which keeps people listening.', tone: 'good' as const }
          : {
              value: 'Uneven',
              note: 'Some words were much quieter. Keep your voice up to the end of sentences.',
              tone: 'coach' as const,
            };
    lines.push({ id: 'loudness', label: 'Loudness', ...loudness });
  }
  return lines;
}
