import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_TOOLS_INSTALL_LINE } from '../../src/main/test-support/test-tools';

/** Three short sentences with a second of silence after each: real speech for Chromium's fake microphone. */
const SENTENCES = [
  'Migrants build the places we all call home.',
  'I came here to study and I stayed to teach.',
  'What matters most is that everyone can take part.',
];
/** Bump when SENTENCES or the recipe change, so a cached file is rebuilt. */
const VERSION = 1;

/**
 * A speech WAV (espeak-ng + sox, the tools of the analysis accuracy tests) for
 * `--use-file-for-fake-audio-capture`, so a recorded take has syllables, pauses and a pace to measure.
 * Built once into the temp folder and reused (the runner and each worker load the spec). Throws, with the
 * install line, when the tools are missing: the fake microphone's beep has no speech in it, so a journey run
 * with it would check nothing about the speech measures and must not pass as if it had (issue 15).
 */
export function speechWavForFakeMicrophone(): string {
  const dir = join(tmpdir(), 'ambassador-studio-e2e');
  const path = join(dir, `answer-v${VERSION}.wav`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(dir, 'build-'));
  try {
    const silence = join(work, 'silence.wav');
    execFileSync('sox', ['-n', '-r', '22050', '-c', '1', '-b', '16', silence, 'trim', '0', '1.0'], { stdio: 'ignore' });
    const parts = SENTENCES.flatMap((sentence, i) => {
      const part = join(work, `s${i}.wav`);
      execFileSync('espeak-ng', ['-v', 'en', '-s', '150', '-w', part, sentence], { stdio: 'ignore' });
      return [part, silence];
    });
    const built = join(work, 'answer.wav');
    execFileSync('sox', [...parts, '-r', '48000', '-b', '16', built], { stdio: 'ignore' });
    // Atomic, so a second process never reads a half-written file.
    renameSync(built, path);
    return path;
  } catch (error) {
    throw new Error(
      `Could not make speech for the fake microphone with espeak-ng and sox (${String(error)}). ` +
        `Install with: ${TEST_TOOLS_INSTALL_LINE}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
