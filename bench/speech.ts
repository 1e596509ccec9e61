/**
 * Speech analysis budget (interview-rehearsal issue): analysing 60 s of 48 kHz mono speech must take at most
 * 200 ms (median of several runs) and run at least 300x faster than real time. The audio is espeak-ng English
 * at 160 wpm with pauses, tiled to exactly 60 s; without espeak-ng/sox, synthetic voiced syllables with pauses.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGLISH, GAP_CYCLE_SECONDS } from '../src/main/audio/speech-corpus';
import { buildSpeechCase, speechToolsMissing } from '../src/main/audio/speech-fixtures';
import { decodeWav } from '../src/shared/audio/wav';
import { analyseSpeech } from '../src/shared/speech';
import { buildSignal, type SignalPart } from '../src/shared/speech/test-signals';
import type { Measurement } from './lib/report';
import { median, timeEach } from './lib/stats';

const SUITE = 'speech';
const RATE = 48_000;
const SECONDS = 60;
const RUNS = 15;

async function speechAudio(): Promise<{ samples: Float32Array; source: string }> {
  const missing = speechToolsMissing();
  let clip: Float32Array;
  let source: string;
  if (missing) {
    const phrase: SignalPart[] = [
      { kind: 'syllables', count: 12 },
      { kind: 'silence', seconds: 0.8 },
    ];
    clip = buildSignal(RATE, Array.from({ length: 4 }, () => phrase).flat());
    source = `synthetic syllables (${missing})`;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'bench-speech-'));
    try {
      const spec = {
        id: 'bench',
        voice: 'en',
        wpm: 160,
        sentences: ENGLISH,
        gaps: GAP_CYCLE_SECONDS,
        leadSeconds: 0.5,
        tailSeconds: 0.5,
      };
      const built = await buildSpeechCase(spec, dir);
      clip = decodeWav(new Uint8Array(readFileSync(built.path))).samples;
      source = 'espeak-ng English, 160 wpm';
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const samples = new Float32Array(RATE * SECONDS);
  for (let at = 0; at < samples.length; at += clip.length) samples.set(clip.subarray(0, samples.length - at), at);
  return { samples, source };
}

export async function runSpeechBench(): Promise<Measurement[]> {
  const { samples, source } = await speechAudio();
  let syllables = 0;
  const first = await timeEach(1, () => {
    syllables = analyseSpeech(samples, RATE).syllableCount;
  });
  await timeEach(3, () => void analyseSpeech(samples, RATE)); // warm-up, not measured
  const runs = await timeEach(RUNS, () => void analyseSpeech(samples, RATE));
  const ms = median(runs);
  const detail = { source, runs: RUNS, firstRunMs: Math.round(first[0]! * 10) / 10, syllables };
  return [
    {
      suite: SUITE,
      name: `analyse ${SECONDS} s of ${RATE / 1000} kHz mono speech, median of ${RUNS}`,
      value: ms,
      cold: first[0]!,
      unit: 'ms',
      budget: { limit: 200, kind: 'max' },
      detail: { ...detail, min: Math.min(...runs), max: Math.max(...runs) },
    },
    {
      suite: SUITE,
      name: 'speech analysis real-time factor (audio time / analysis time)',
      value: (SECONDS * 1000) / ms,
      // The first analysis in a fresh process (before the JIT has warmed up): what the first take of a session meets.
      cold: (SECONDS * 1000) / first[0]!,
      unit: 'x',
      budget: { limit: 300, kind: 'min' },
      detail,
    },
  ];
}
