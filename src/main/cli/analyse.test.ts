/**
 * `npm run analyse` end to end: the real entry point run with tsx, as a user runs it. The runs start
 * together in beforeAll (each costs ~0.5 s of tsx start-up) and the tests check their outcomes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignal } from '../../shared/speech/test-signals';
import { runCli, wavBytes, type Outcome } from './analyse-cli.test-support';

const RATE = 16_000;
const take = buildSignal(RATE, [
  { kind: 'silence', seconds: 0.5 },
  { kind: 'syllables', count: 15 },
  { kind: 'silence', seconds: 1.5 },
  { kind: 'syllables', count: 15 },
  { kind: 'silence', seconds: 0.5 },
]);

let dir = '';
const runs = new Map<string, Promise<Outcome>>();
const outcome = (name: string) => runs.get(name)!;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyse-cli-'));
  const good = join(dir, 'take.wav');
  writeFileSync(good, wavBytes(take, RATE));
  const truncated = join(dir, 'truncated.wav');
  writeFileSync(truncated, wavBytes(take, RATE).subarray(0, 44 + RATE * 2 * 3 + 1));
  const text = join(dir, 'notes.wav');
  writeFileSync(text, 'These are my notes, not audio.\n');
  const alaw = join(dir, 'alaw.wav');
  const alawBytes = wavBytes(take, RATE);
  alawBytes.writeUInt16LE(6, 20);
  writeFileSync(alaw, alawBytes);
  const empty = join(dir, 'empty.wav');
  writeFileSync(empty, wavBytes(new Float32Array(0), RATE));

  const cases: Record<string, string[]> = {
    table: [good],
    json: [good, '--json'],
    truncated: [truncated, '--json'],
    noArgs: [],
    badFlag: [good, '--verbose'],
    twoFiles: [good, good],
    missing: [join(dir, 'nope.wav')],
    directory: [dir],
    text: [text],
    alaw: [alaw],
    empty: [empty],
    transcriptsNoFile: ['--transcripts'],
  };
  for (const [name, args] of Object.entries(cases)) runs.set(name, runCli(args));
});

afterAll(async () => {
  await Promise.all(runs.values());
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Generous: the eleven runs share two cores with the rest of the suite.
describe('npm run analyse', { timeout: 60_000 }, () => {
  it('prints a readable table of the metrics', async () => {
    const { code, stdout, stderr } = await outcome('table');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^File\s+take\.wav \(16000 Hz, 1 ch, 16-bit pcm\)$/m);
    expect(stdout).toMatch(/^Syllables \(estimated\)\s+30$/m);
    expect(stdout).toMatch(/^Pauses \(>= 0\.7 s\)\s+1, longest 1\.5 s/m);
    expect(stdout).toMatch(/^Words per minute\s+~\d+ \((slow|comfortable|fast);/m);
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await outcome('json');
    expect(code).toBe(0);
    const body = JSON.parse(stdout) as {
      format: { sampleRate: number };
      metrics: { syllableCount: number; pauseCount: number };
      description: { pace: { band: string } };
    };
    expect(body.format.sampleRate).toBe(RATE);
    expect(body.metrics).toMatchObject({ syllableCount: 30, pauseCount: 1 });
    expect(typeof body.description.pace.band).toBe('string');
  });

  it('analyses what is there in a truncated file, with a warning on stderr', async () => {
    const { code, stdout, stderr } = await outcome('truncated');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^analyse: warning: .*truncated\.wav: The header promises/m);
    expect((JSON.parse(stdout) as { format: { durationSeconds: number } }).format.durationSeconds).toBe(3);
  });

  it.each(['noArgs', 'badFlag', 'twoFiles', 'transcriptsNoFile'])(
    '%s: prints the usage line and exits 2',
    async (name) => {
      const { code, stdout, stderr } = await outcome(name);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'Usage: npm run analyse -- <file.wav> [--json] | --librivox [--json] | --transcripts <file> [--json]\n',
      );
    },
  );

  it.each([
    ['missing', /no such file/],
    ['directory', /is a directory, not a WAV file/],
    ['text', /This is not a WAV file\. Convert it to a PCM WAV/],
    ['alaw', /holds A-law audio, which cannot be analysed/],
    ['empty', /contains no audio/],
  ])('%s: one clear error line on stderr, exit 1', async (name, message) => {
    const { code, stdout, stderr } = await outcome(name);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^analyse: /);
    expect(stderr).toMatch(message);
  });
});
