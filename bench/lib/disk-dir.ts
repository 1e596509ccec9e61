/**
 * Where the save benchmarks keep their database. A save's cost is mostly fsync; on tmpfs or ramfs fsync costs
 * nothing, so a budget "met" there says nothing about a laptop's disk. These benchmarks refuse such a folder
 * (issue 15) and say how to point them at a disk.
 */
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** statfs(2) magic numbers of the file systems that live in memory. */
const MEMORY_FILESYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x01021994, 'tmpfs'],
  [0x858458f6, 'ramfs'],
]);

/** 'tmpfs' or 'ramfs' when the folder lives in memory; null on a disk (or where statfs cannot tell). */
export function memoryFilesystemOf(
  path: string,
  statfs: (path: string) => { type: number } = statfsSync,
): string | null {
  try {
    return MEMORY_FILESYSTEMS.get(statfs(path).type) ?? null;
  } catch {
    return null;
  }
}

/**
 * A fresh folder for a save benchmark, on `BENCH_DATA_DIR` or the system temp folder, refused when that is in memory.
 * `statfs` is a parameter so the refusal can be tested without a tmpfs mount.
 */
export function diskBenchDir(prefix: string, statfs?: (path: string) => { type: number }): string {
  const base = process.env.BENCH_DATA_DIR ?? tmpdir();
  const memory = memoryFilesystemOf(base, statfs);
  if (memory !== null) {
    throw new Error(
      `${base} is ${memory}: fsync costs nothing there, so save timings would flatter the app. ` +
        'Run with BENCH_DATA_DIR set to a folder on a disk, e.g. BENCH_DATA_DIR=$HOME/.cache npm run bench.',
    );
  }
  return mkdtempSync(join(base, prefix));
}

export function removeBenchDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
