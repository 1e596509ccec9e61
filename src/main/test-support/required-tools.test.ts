import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCi, missingTools, missingToolsLine, TEST_TOOLS_INSTALL_LINE } from './test-tools';

describe('required test tools', () => {
  it('lists exactly the tools the probe cannot find', () => {
    const installed = new Set(['sox', 'chromium']);
    expect(missingTools(['espeak-ng', 'sox', 'chromium', 'poppler-utils'], (t) => installed.has(t))).toEqual([
      'espeak-ng',
      'poppler-utils',
    ]);
    expect(missingTools(['sox'], () => true)).toEqual([]);
  });

  it('says what is missing and how to install it, in one line', () => {
    expect(missingToolsLine([], 'x')).toBeNull();
    const line = missingToolsLine(['espeak-ng', 'sox'], 'the speech tests')!;
    expect(line).toBe(
      `espeak-ng, sox not installed: the speech tests cannot run. Install with: ${TEST_TOOLS_INSTALL_LINE}`,
    );
    expect(line).not.toContain('\n');
    for (const pkg of ['espeak-ng', 'sox', 'poppler-utils', 'chromium']) expect(TEST_TOOLS_INSTALL_LINE).toContain(pkg);
  });

  it('reads CI the way CI services set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({})).toBe(false);
  });

  /** Runs the unit project's global setup in a process whose PATH has node and nothing else, so espeak-ng is "missing". */
  function globalSetupWithoutTools(ci: boolean): { failed: boolean; output: string } {
    const env = { PATH: dirname(process.execPath), CI: ci ? 'true' : '', CHROMIUM_PATH: '/nonexistent/chromium' };
    const script = join(__dirname, 'global-tools-check.ts');
    const tsx = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const code = `import(${JSON.stringify(script)}).then((m) => m.default.default ? m.default.default() : m.default())`;
    const run = spawnSync(process.execPath, [tsx, '-e', code], { env, encoding: 'utf8' });
    return { failed: run.status !== 0, output: `${run.stdout}${run.stderr}` };
  }

  it('fails the run under CI=true when espeak-ng is missing, naming the install line', () => {
    const run = globalSetupWithoutTools(true);
    expect(run.failed).toBe(true);
    expect(run.output).toContain('espeak-ng');
    expect(run.output).toContain(TEST_TOOLS_INSTALL_LINE);
  }, 30_000);

  it('warns in one line and carries on when not under CI', () => {
    const run = globalSetupWithoutTools(false);
    expect(run.failed).toBe(false);
    const lines = run.output.split('\n').filter((l) => l.includes('not installed'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('espeak-ng');
  }, 30_000);
});
