/**
 * `npm run analyse -- --transcripts <file>` and `--librivox`, end to end with tsx, as a user runs them: the
 * read-speech mode on a folder made here (always), and on Debian's LibriVox clips (needs pocketsphinx-testdata).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignal } from '../../shared/speech/test-signals';
import { describeWithTools } from '../test-support/required-tools';
import { runCli, wavBytes, type Outcome } from './analyse-cli.test-support';

const RATE = 16_000;
let dir = '';
const runs = new Map<string, Promise<Outcome>>();
const outcome = (name: string) => runs.get(name)!;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyse-read-speech-'));
  // A take of 30 synthetic syllables, with a 3-syllable "transcript": the numbers are easy to check.
  const take = buildSignal(RATE, [
    { kind: 'silence', seconds: 0.5 },
    { kind: 'syllables', count: 15 },
    { kind: 'silence', seconds: 1.5 },
    { kind: 'syllables', count: 15 },
    { kind: 'silence', seconds: 0.5 },
  ]);
  writeFileSync(join(dir, 'take.wav'), wavBytes(take, RATE));
  writeFileSync(join(dir, 'takes.transcription'), '<s> one two three </s> (take)\n');
  writeFileSync(join(dir, 'bad.transcription'), 'one two three (take)\n');
  const cases: Record<string, string[]> = {
    transcripts: ['--transcripts', join(dir, 'takes.transcription')],
    missing: ['--transcripts', join(dir, 'none.transcription')],
    bad: ['--transcripts', join(dir, 'bad.transcription')],
    librivox: ['--librivox', '--json'],
  };
  for (const [name, args] of Object.entries(cases)) runs.set(name, runCli(args));
});

afterAll(async () => {
  await Promise.all(runs.values());
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run analyse -- --transcripts', { timeout: 60_000 }, () => {
  it('--transcripts: estimate against transcript per clip, and the mean absolute error', async () => {
    const { code, stdout, stderr } = await outcome('transcripts');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^clip\s+seconds\s+transcript\s+estimate\s+error %\s+Praat\s+Praat error %$/m);
    expect(stdout).toMatch(/^take\s+9\.0\s+3\s+30\s+\+900\.0\s+-\s+-$/m);
    expect(stdout).toMatch(/^Mean absolute syllable error: 900\.0 %$/m);
  });

  it('--transcripts with a missing file: one line, exit 1', async () => {
    const { code, stdout, stderr } = await outcome('missing');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^analyse: .*none\.transcription: not found\n$/);
  });

  it('--transcripts with a line that is not a transcript line: one line naming it, exit 1', async () => {
    const { code, stdout, stderr } = await outcome('bad');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^analyse: bad\.transcription: line 1 is not/);
  });
});

describeWithTools(['pocketsphinx-testdata'], 'npm run analyse -- --librivox', () => {
  it(
    "reports the five LibriVox clips with Praat's figures, and a mean error at most Praat's",
    { timeout: 60_000 },
    async () => {
      const { code, stdout } = await outcome('librivox');
      expect(code).toBe(0);
      const body = JSON.parse(stdout) as {
        rows: { transcriptSyllables: number; praat: { syllables: number } | null }[];
        meanAbsErrorPct: number;
        praatMeanAbsErrorPct: number;
      };
      expect(body.rows.map((r) => [r.transcriptSyllables, r.praat?.syllables])).toEqual([
        [30, 29],
        [9, 9],
        [20, 20],
        [27, 25],
        [13, 11],
      ]);
      expect(body.praatMeanAbsErrorPct).toBeCloseTo(5.2, 1);
      expect(body.meanAbsErrorPct).toBeLessThanOrEqual(body.praatMeanAbsErrorPct);
    },
  );
});
