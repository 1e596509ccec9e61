/** `describeWithTools`: the vitest side of test-tools.ts. */
import { describe, it } from 'vitest';
import { isCi, missingTools, missingToolsLine, type TestTool } from './test-tools';

export * from './test-tools';

/**
 * `describe` for tests that need system tools. All there: a normal describe. Something missing under CI: one test
 * that fails with the install line. Something missing elsewhere: the block is skipped and the line is printed as a
 * warning, so a local run can never look complete without saying so.
 */
export function describeWithTools(tools: readonly TestTool[], name: string, body: () => void): void {
  const line = missingToolsLine(missingTools(tools), `"${name}"`);
  if (line === null) {
    describe(name, body);
  } else if (isCi()) {
    describe(name, () => {
      it('has the system tools it needs', () => {
        throw new Error(line);
      });
    });
  } else {
    console.warn(`\n⚠ SKIPPED — ${line}\n`);
    describe.skip(name, body);
  }
}
