/**
 * The system tools the test suite needs besides Node: speech synthesis for the analysis tests, poppler for reading
 * PDFs back, Chromium for printing, and the real read speech of Debian's pocketsphinx-testdata. A test that needs a
 * missing tool must never pass by quietly skipping: under CI it fails with the install line; on a developer's machine
 * it is skipped with one loud line that says what is missing and how to get it (issue 15).
 * No vitest import here: the global setup runs this before any test worker exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../pdf/chromium-path';

export type TestTool = 'espeak-ng' | 'sox' | 'poppler-utils' | 'chromium' | 'pocketsphinx-testdata';

/** The one line that installs everything the tests use (Debian/Ubuntu package names). */
export const TEST_TOOLS_INSTALL_LINE =
  'sudo apt-get install -y chromium poppler-utils espeak-ng sox pocketsphinx-testdata fonts-noto-core fonts-noto-cjk';

/** Where Debian's pocketsphinx-testdata puts its LibriVox clips and transcripts (read speech from Sense and Sensibility). */
export const POCKETSPHINX_TESTDATA_DIR = '/usr/share/pocketsphinx/test/data/librivox';

function runs(command: string, arg: string): boolean {
  try {
    execFileSync(command, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const PROBES: Record<TestTool, () => boolean> = {
  'espeak-ng': () => runs('espeak-ng', '--version'),
  sox: () => runs('sox', '--version'),
  'poppler-utils': () => runs('pdfinfo', '-v'),
  chromium: () => findChromium() !== null,
  'pocketsphinx-testdata': () => existsSync(POCKETSPHINX_TESTDATA_DIR),
};

const found = new Map<TestTool, boolean>();

/** The tools of the list that are not installed (each probed once per process). */
export function missingTools(
  tools: readonly TestTool[],
  probe: (tool: TestTool) => boolean = defaultProbe,
): TestTool[] {
  return tools.filter((tool) => !probe(tool));
}

function defaultProbe(tool: TestTool): boolean {
  let ok = found.get(tool);
  if (ok === undefined) {
    ok = PROBES[tool]();
    found.set(tool, ok);
  }
  return ok;
}

/** True when the run is CI's: there, a missing tool is a broken machine, not a reason to skip. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** The one line a run prints (or fails with) when tools are missing; null when nothing is. */
export function missingToolsLine(missing: readonly TestTool[], what: string): string | null {
  if (missing.length === 0) return null;
  return `${missing.join(', ')} not installed: ${what} cannot run. Install with: ${TEST_TOOLS_INSTALL_LINE}`;
}
