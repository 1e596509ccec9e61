/**
 * `npm run analyse -- <file.wav> [--json]`: the rehearsal speech measures for one WAV file, offline.
 * For trainers checking a recording and for us checking the analysis on real takes.
 * `npm run analyse -- --librivox` (or `--transcripts <file>`): the syllable estimate on real read speech against
 * transcripts, next to Praat's (analyse-read-speech.ts).
 *
 * Exit codes: 0 analysed; 1 the file is missing, unreadable, not a WAV we can decode; 2 wrong arguments.
 * Errors are one line on stderr; repairs made to a damaged file are reported as warnings (stderr) and the
 * analysis still runs on what was really there.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeWav, WavError, type DecodedWav } from '../../shared/audio/wav';
import { parseReadSpeechArgs, READ_SPEECH_FLAGS, runReadSpeech } from './analyse-read-speech';
import { analyseSpeech, describeSpeech, type SpeechDescription, type SpeechMetrics } from '../../shared/speech';

const USAGE = 'Usage: npm run analyse -- <file.wav> [--json] | --librivox [--json] | --transcripts <file> [--json]';

/** Refuse files no rehearsal take comes near (an hour of 48 kHz stereo 24-bit is ~1 GB) before reading them. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

interface Args {
  file: string;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args | null {
  let file: string | null = null;
  let json = false;
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-') && arg !== '-') return null;
    else if (file === null) file = arg;
    else return null;
  }
  return file === null ? null : { file, json };
}

/** A problem with the input file itself (missing, unreadable), reported like a WavError: one line, exit 1. */
class CliError extends Error {}

function readInput(file: string): Uint8Array {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new CliError('is a directory, not a WAV file');
    if (info.size > MAX_FILE_BYTES) throw new CliError('the file is larger than 1 GB; that is not a rehearsal take');
    const bytes = readFileSync(file);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('no such file');
    if (code === 'EISDIR') throw new CliError('is a directory, not a WAV file');
    if (code === 'EACCES' || code === 'EPERM') throw new CliError('permission denied');
    throw new CliError(`cannot be read (${code ?? (error as Error).message})`);
  }
}

function main(argv: readonly string[]): number {
  if (argv.some((arg) => (READ_SPEECH_FLAGS as readonly string[]).includes(arg))) {
    const readSpeech = parseReadSpeechArgs(argv);
    if (readSpeech) return runReadSpeech(readSpeech);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const args = parseArgs(argv);
  if (!args) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let wav: DecodedWav;
  try {
    wav = decodeWav(readInput(args.file));
  } catch (error) {
    if (error instanceof WavError || error instanceof CliError) {
      process.stderr.write(`analyse: ${args.file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  for (const warning of wav.warnings) process.stderr.write(`analyse: warning: ${args.file}: ${warning}\n`);

  const metrics = analyseSpeech(wav.samples, wav.sampleRate);
  const description = describeSpeech(metrics);
  process.stdout.write(
    args.json ? toJson(args.file, wav, metrics, description) : toTable(args.file, wav, metrics, description),
  );
  return 0;
}

function toJson(file: string, wav: DecodedWav, metrics: SpeechMetrics, description: SpeechDescription): string {
  const body = {
    file,
    format: {
      sampleRate: wav.sampleRate,
      channels: wav.channels,
      bitsPerSample: wav.bitsPerSample,
      encoding: wav.encoding,
      durationSeconds: wav.durationSeconds,
    },
    warnings: wav.warnings,
    metrics,
    description,
  };
  // Milliseconds (and hundredths of a dB) are the precision the method has; more digits would be noise.
  return `${JSON.stringify(body, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value), 2)}\n`;
}

function toTable(file: string, wav: DecodedWav, m: SpeechMetrics, d: SpeechDescription): string {
  const s = (seconds: number) => `${seconds.toFixed(1)} s`;
  const rows: [string, string][] = [
    ['File', `${basename(file)} (${wav.sampleRate} Hz, ${wav.channels} ch, ${wav.bitsPerSample}-bit ${wav.encoding})`],
    ['Duration', s(m.durationSeconds)],
    [
      'Speech span',
      m.firstSpeechSeconds === null || m.lastSpeechSeconds === null
        ? 'no speech found'
        : `${s(m.speechSpanSeconds)} (from ${s(m.firstSpeechSeconds)} to ${s(m.lastSpeechSeconds)})`,
    ],
    ['Speaking time', `${s(m.speakingSeconds)} (${Math.round(m.speakingShare * 100)} % of the speech span)`],
    [
      `Pauses (>= ${m.minPauseSeconds} s)`,
      m.longestPause
        ? `${m.pauseCount}, longest ${s(m.longestPause.duration)} at ${s(m.longestPause.start)}`
        : String(m.pauseCount),
    ],
    ...m.pauses.map((p): [string, string] => [
      '',
      `  ${p.start.toFixed(2)} s - ${p.end.toFixed(2)} s (${p.duration.toFixed(2)} s)`,
    ]),
    ['Syllables (estimated)', String(m.syllableCount)],
    ['Speech rate', `${m.syllablesPerSecond.toFixed(2)} syllables/s (pauses included)`],
    ['Articulation rate', `${m.articulationRate.toFixed(2)} syllables/s (speaking time only)`],
    [
      'Words per minute',
      d.pace.band === 'not-enough-speech'
        ? 'not enough speech'
        : `~${d.pace.wordsPerMinute} (${d.pace.band}; comfortable range ${d.pace.comfortable.min}-${d.pace.comfortable.max}; ` +
          `estimated at ${m.syllablesPerWord} syllables/word)`,
    ],
    [
      'Loudness',
      m.loudness
        ? `${d.loudness.band} (syllables spread ${m.loudness.spreadDb.toFixed(1)} dB, mean ${m.loudness.meanDbfs.toFixed(1)} dBFS)`
        : 'no voiced syllables',
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

process.exitCode = main(process.argv.slice(2));
