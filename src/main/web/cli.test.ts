import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli';

describe('web CLI arguments', () => {
  it('reads port, data dir and --no-open', () => {
    expect(parseCliArgs(['--port', '4321', '--data-dir', '/tmp/x', '--no-open'], {})).toEqual({
      port: 4321,
      dataDir: '/tmp/x',
      open: false,
    });
  });

  it('defaults to a random port, the env data dir and opening the browser', () => {
    expect(parseCliArgs([], { AMBASSADOR_STUDIO_DATA_DIR: '/data/studio' })).toEqual({
      port: 0,
      dataDir: '/data/studio',
      open: true,
    });
  });

  it('explains a bad port and unknown flags', () => {
    expect(() => parseCliArgs(['--port', 'eighty'], {})).toThrow(/--port must be a number/);
    expect(() => parseCliArgs(['--colour'], {})).toThrow(/Unknown option/);
  });
});
