/**
 * Vitest global setup of the unit project: says in one line, before any test runs, which system tools are missing
 * for the suite, and fails the whole run under CI instead of letting tests skip (issue 15, "no silent skips").
 */
import { isCi, missingTools, missingToolsLine, type TestTool } from './test-tools';

const SUITE_TOOLS: readonly TestTool[] = ['espeak-ng', 'sox', 'poppler-utils', 'chromium', 'pocketsphinx-testdata'];

export default function checkTestTools(): void {
  const line = missingToolsLine(missingTools(SUITE_TOOLS), 'some speech, PDF and printing tests');
  if (line === null) return;
  if (isCi()) throw new Error(`CI=true and ${line}`);
  console.warn(`\n⚠ ${line}\n`);
}
