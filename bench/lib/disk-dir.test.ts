import { existsSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { diskBenchDir, memoryFilesystemOf, removeBenchDir } from './disk-dir';

const TMPFS = () => ({ type: 0x01021994 });
const EXT4 = () => ({ type: 0xef53 });

describe('the save benchmarks’ data folder', () => {
  const made: string[] = [];
  afterEach(() => {
    while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
  });

  it('names tmpfs and ramfs and lets a disk through', () => {
    expect(memoryFilesystemOf('/x', TMPFS)).toBe('tmpfs');
    expect(memoryFilesystemOf('/x', () => ({ type: 0x858458f6 }))).toBe('ramfs');
    expect(memoryFilesystemOf('/x', EXT4)).toBeNull();
  });

  it('refuses a folder in memory, saying how to point at a disk', () => {
    expect(() => diskBenchDir('bench-test-', TMPFS)).toThrow(/is tmpfs: fsync costs nothing.*BENCH_DATA_DIR/);
  });

  it('makes a fresh folder on a disk, and removes it', () => {
    const dir = diskBenchDir('bench-test-', EXT4);
    made.push(dir);
    expect(existsSync(dir)).toBe(true);
    removeBenchDir(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it.runIf(existsSync('/dev/shm'))('reads the real /dev/shm (a tmpfs on Linux) as memory', () => {
    expect(memoryFilesystemOf('/dev/shm')).toBe('tmpfs');
  });
});
