/**
 * Builds speech recordings with a known truth for the accuracy tests and the speech bench: each sentence is
 * synthesised with espeak-ng, resampled to 48 kHz and trimmed with sox, then the clips are joined with
 * silences of known length. Test support only (it shells out to espeak-ng and sox).
 *
 * The truth, and how it is measured:
 * - Speaking time = the sum of the trimmed clip durations. Each clip is trimmed with sox's `silence` effect
 *   at -50 dBFS at both ends (espeak leaves ~0.1-0.3 s of digital silence around a sentence); the short
 *   silences espeak leaves inside a sentence (word boundaries, ~0.2 s before "and") stay in, as they would
 *   for a person. The threshold hardly matters: espeak's onsets are sharp (-40 vs -55 dBFS moves a clip
 *   edge by under 10 ms).
 * - Pauses = the inserted silences, exactly where we put them (sample counts, not estimates).
 * - Syllables = the hand counts in speech-corpus.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeWav } from '../../shared/audio/wav';
import type { CorpusSentence } from './speech-corpus';

const run = promisify(execFile);

export const FIXTURE_RATE = 48_000;
/** Clip edges: the first and last sample louder than this are where the speech starts and ends. */
const TRIM_THRESHOLD = '-50d';

/** Null when espeak-ng and sox can both be run; otherwise a sentence saying what is missing. */
export function speechToolsMissing(): string | null {
  const missing = [
    ['espeak-ng', '--version'],
    ['sox', '--version'],
  ].filter(([cmd, arg]) => {
    try {
      execFileSync(cmd!, [arg!], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return null;
  return `${missing.map(([cmd]) => cmd).join(' and ')} not installed (Debian: apt-get install espeak-ng sox)`;
}

export interface SpeechCaseSpec {
  id: string;
  /** espeak-ng voice, e.g. "en", "es", "de". */
  voice: string;
  /** espeak-ng speed in words per minute (-s). */
  wpm: number;
  sentences: readonly CorpusSentence[];
  /** Silence between sentence i and i+1 is gaps[i % gaps.length]. */
  gaps: readonly number[];
  leadSeconds: number;
  tailSeconds: number;
  /** Optional pink noise under the whole recording (a fan, a room): amplitude as sox `vol` on full-scale pink noise. */
  noiseVolume?: number;
}

export interface TruthSpan {
  start: number;
  end: number;
}

export interface BuiltSpeechCase {
  spec: SpeechCaseSpec;
  path: string;
  syllables: number;
  speakingSeconds: number;
  durationSeconds: number;
  /** Every inserted silence between sentences, with where it really is in the file. */
  gaps: (TruthSpan & { inserted: number })[];
  /** The inserted silences of at least minPauseSeconds: the pauses that must be found. */
  pauses: (TruthSpan & { inserted: number })[];
  /** With noise: RMS of the speech (clips only) over RMS of the noise, in dB. */
  snrDb: number | null;
}

export async function buildSpeechCase(
  spec: SpeechCaseSpec,
  dir: string,
  minPauseSeconds = 0.7,
): Promise<BuiltSpeechCase> {
  const clips = await Promise.all(
    spec.sentences.map((s, i) => synthesiseClip(spec, s.text, join(dir, `${spec.id}-${i}`))),
  );
  const silence = async (seconds: number) => {
    const file = join(dir, `${spec.id}-silence-${Math.round(seconds * 1000)}ms.wav`);
    await run('sox', ['-n', '-r', String(FIXTURE_RATE), '-c', '1', '-b', '16', file, 'trim', '0.0', String(seconds)]);
    return file;
  };

  const parts: string[] = [await silence(spec.leadSeconds)];
  const gaps: BuiltSpeechCase['gaps'] = [];
  let cursor = samplesOf(spec.leadSeconds);
  for (let i = 0; i < clips.length; i += 1) {
    parts.push(clips[i]!.path);
    cursor += clips[i]!.frames;
    if (i < clips.length - 1) {
      const inserted = spec.gaps[i % spec.gaps.length]!;
      parts.push(await silence(inserted));
      gaps.push({ start: cursor / FIXTURE_RATE, end: (cursor + samplesOf(inserted)) / FIXTURE_RATE, inserted });
      cursor += samplesOf(inserted);
    }
  }
  parts.push(await silence(spec.tailSeconds));
  const clean = join(dir, `${spec.id}-clean.wav`);
  await run('sox', [...parts, clean]);
  const durationSeconds = (cursor + samplesOf(spec.tailSeconds)) / FIXTURE_RATE;

  let path = clean;
  let snrDb: number | null = null;
  if (spec.noiseVolume !== undefined) {
    // -R: repeatable noise, so the test sees the same recording every run. -v 1 on each input: sox -m would
    // otherwise halve both.
    const noise = join(dir, `${spec.id}-noise.wav`);
    await run('sox', [
      '-R',
      '-n',
      '-r',
      String(FIXTURE_RATE),
      '-c',
      '1',
      '-b',
      '16',
      noise,
      'synth',
      String(durationSeconds),
      'pinknoise',
      'vol',
      String(spec.noiseVolume),
    ]);
    path = join(dir, `${spec.id}.wav`);
    await run('sox', ['-R', '-m', '-v', '1', clean, '-v', '1', noise, '-b', '16', path]);
    const speechRms = rms(
      await Promise.all(clips.map(async (c) => decodeWav(new Uint8Array(await readFile(c.path))).samples)),
    );
    const noiseRms = rms([decodeWav(new Uint8Array(await readFile(noise))).samples]);
    snrDb = 20 * Math.log10(speechRms / noiseRms);
  }

  const speakingFrames = clips.reduce((sum, c) => sum + c.frames, 0);
  return {
    spec,
    path,
    syllables: spec.sentences.reduce((sum, s) => sum + s.syllables, 0),
    speakingSeconds: speakingFrames / FIXTURE_RATE,
    durationSeconds,
    gaps,
    pauses: gaps.filter((g) => g.inserted >= minPauseSeconds),
    snrDb,
  };
}

/** One sentence: espeak-ng (22.05 kHz) -> trim the silence at both ends -> 48 kHz 16-bit mono. */
async function synthesiseClip(
  spec: SpeechCaseSpec,
  text: string,
  base: string,
): Promise<{ path: string; frames: number }> {
  const raw = `${base}-raw.wav`;
  const path = `${base}.wav`;
  await run('espeak-ng', ['-v', spec.voice, '-s', String(spec.wpm), '-w', raw, text]);
  // silence 1 ...: drop leading silence; reverse, drop again, reverse back: drops the trailing silence.
  const trim = ['silence', '1', '0.005', TRIM_THRESHOLD];
  await run('sox', [
    raw,
    '-r',
    String(FIXTURE_RATE),
    '-c',
    '1',
    '-b',
    '16',
    path,
    ...trim,
    'reverse',
    ...trim,
    'reverse',
  ]);
  const decoded = decodeWav(new Uint8Array(await readFile(path)));
  return { path, frames: decoded.samples.length };
}

function rms(signals: Float32Array[]): number {
  let sum = 0;
  let n = 0;
  for (const s of signals) {
    for (const x of s) sum += x * x;
    n += s.length;
  }
  return Math.sqrt(sum / Math.max(1, n));
}

function samplesOf(seconds: number): number {
  return Math.round(seconds * FIXTURE_RATE);
}
