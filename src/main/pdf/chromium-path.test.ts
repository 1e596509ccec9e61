import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHROMIUM_ARGS,
  findChromium,
  isSandboxUnavailable,
  NO_SANDBOX_ENV,
  printLaunch,
  UNSANDBOXED_LAUNCH,
} from './chromium-path';
import { createChromiumPrinter } from './chromium-printer';
import { pdfInfo } from './pdf-inspect.test-support';

describe('printLaunch', () => {
  it('keeps the sandbox for an ordinary user', () => {
    expect(printLaunch(1000, {})).toEqual({ chromiumSandbox: true, args: [...CHROMIUM_ARGS] });
    expect(printLaunch(1000, {}).args).not.toContain('--no-sandbox');
    // Windows and macOS have no uid: the sandbox stays on there too.
    expect(printLaunch(undefined, {}).chromiumSandbox).toBe(true);
    expect(CHROMIUM_ARGS).not.toContain('--no-sandbox');
  });

  it('turns it off only as root, or where the environment says it cannot run', () => {
    expect(printLaunch(0, {})).toEqual({ chromiumSandbox: false, args: ['--no-sandbox', ...CHROMIUM_ARGS] });
    expect(printLaunch(1000, { [NO_SANDBOX_ENV]: '1' }).chromiumSandbox).toBe(false);
    expect(printLaunch(1000, { [NO_SANDBOX_ENV]: '0' }).chromiumSandbox).toBe(true);
    expect(printLaunch(1000, { [NO_SANDBOX_ENV]: 'yes please' }).chromiumSandbox).toBe(true);
    expect(UNSANDBOXED_LAUNCH).toEqual(printLaunch(0, {}));
  });
});

describe('isSandboxUnavailable', () => {
  it("recognises Chromium's own sandbox failures and nothing else", () => {
    expect(
      isSandboxUnavailable(new Error('[FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox! Update your kernel')),
    ).toBe(true);
    expect(isSandboxUnavailable(new Error('Running as root without --no-sandbox is not supported.'))).toBe(true);
    expect(
      isSandboxUnavailable(new Error('The SUID sandbox helper binary was found, but is not configured correctly.')),
    ).toBe(true);
    const userns =
      'Failed to move to new namespace: PID namespaces supported, but failed: errno = Operation not permitted';
    expect(isSandboxUnavailable(new Error(userns))).toBe(true);
    expect(isSandboxUnavailable(new Error('spawn /usr/bin/chromium ENOENT'))).toBe(false);
    expect(isSandboxUnavailable(new Error('Timeout 30000ms exceeded'))).toBe(false);
  });
});

describe.skipIf(process.getuid?.() !== 0 || findChromium() === null)('the printer’s launch', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts sandboxed for an ordinary user: as root Chromium refuses that, so the printer says so and prints unsandboxed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // As an ordinary user (uid 1000) the first launch has no --no-sandbox; root makes Chromium refuse it, which
    // proves the flag was really left out, and the printer falls back instead of failing the export.
    const printer = createChromiumPrinter({ idleMs: 0, uid: 1000 });
    try {
      const pdf = await printer.print('<!DOCTYPE html><title>Sandbox</title><p>x</p>', { paper: 'A4' });
      expect(pdfInfo(pdf).Title).toBe('Sandbox');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/sandbox cannot run here/));
    } finally {
      await printer.close();
    }
  }, 60_000);
});
