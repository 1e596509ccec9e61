/**
 * `npm run analyse -- --librivox [--json]` and `npm run analyse -- --transcripts <file> [--json]`: the syllable
 * estimate on real read speech against the transcripts, clip by clip, with Praat's figure where it is known
 * (src/main/audio/read-speech.ts says how transcript syllables are counted). For checking a change to the
 * analysis on real voices, not only on synthetic ones.
 */
import { basename, dirname } from 'node:path';
import {
  evaluateReadSpeech,
  LIBRIVOX,
  readSpeechAvailable,
  type ReadSpeechReport,
  type ReadSpeechSet,
} from '../audio/read-speech';

export const READ_SPEECH_FLAGS = ['--librivox', '--transcripts'] as const;

export interface ReadSpeechArgs {
  set: ReadSpeechSet;
  json: boolean;
}

/** The read-speech arguments, or null when they do not form a read-speech command (the caller prints usage). */
export function parseReadSpeechArgs(argv: readonly string[]): ReadSpeechArgs | null {
  let set: ReadSpeechSet | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--librivox' && set === null) set = LIBRIVOX;
    else if (arg === '--transcripts' && set === null && argv[i + 1] !== undefined) {
      const file = argv[(i += 1)]!;
      set = { name: basename(dirname(file)) || file, dir: dirname(file), transcription: basename(file) };
    } else return null;
  }
  return set === null ? null : { set, json };
}

export function runReadSpeech(args: ReadSpeechArgs): number {
  if (!readSpeechAvailable(args.set)) {
    process.stderr.write(
      `analyse: ${args.set.dir}/${args.set.transcription}: not found` +
        (args.set === LIBRIVOX ? ' (install it with: sudo apt-get install pocketsphinx-testdata)\n' : '\n'),
    );
    return 1;
  }
  let report: ReadSpeechReport;
  try {
    report = evaluateReadSpeech(args.set);
  } catch (error) {
    process.stderr.write(`analyse: ${args.set.transcription}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(args.json ? `${JSON.stringify(report, rounded, 2)}\n` : readSpeechTable(report));
  return 0;
}

const rounded = (_key: string, value: unknown) => (typeof value === 'number' ? Math.round(value * 100) / 100 : value);

const signed = (pct: number) => `${pct > 0 ? '+' : ''}${pct.toFixed(1)}`;

export function readSpeechTable(report: ReadSpeechReport): string {
  const header = ['clip', 'seconds', 'transcript', 'estimate', 'error %', 'Praat', 'Praat error %'];
  const rows = report.rows.map((r) => [
    r.id,
    r.durationSeconds.toFixed(1),
    String(r.transcriptSyllables),
    String(r.estimatedSyllables),
    signed(r.errorPct),
    r.praat ? String(r.praat.syllables) : '-',
    r.praat ? signed(r.praat.errorPct) : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const praat =
    report.praatMeanAbsErrorPct === null
      ? ''
      : ` (Praat's syllable-nuclei script: ${report.praatMeanAbsErrorPct.toFixed(1)} %)`;
  return [
    `Syllables on real read speech: ${report.set} (transcript syllables counted word by word with the "syllable" package)`,
    line(header),
    ...rows.map(line),
    `Mean absolute syllable error: ${report.meanAbsErrorPct.toFixed(1)} %${praat}`,
    '',
  ].join('\n');
}
