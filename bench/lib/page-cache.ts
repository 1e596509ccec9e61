/**
 * A truly cold first run reads the app from disk, not from the OS page cache. Linux lets root drop that cache
 * (`/proc/sys/vm/drop_caches`); elsewhere the first run is only "first in this process", and the result says so.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

export function dropPageCache(): 'dropped' | 'not permitted' {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3\n');
    return 'dropped';
  } catch {
    return 'not permitted';
  }
}
