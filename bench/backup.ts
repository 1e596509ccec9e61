import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomIds, systemClock } from '../src/main/backend/context';
import { createServices } from '../src/main/backend/services';
import { sha256Hex } from '../src/main/db/media';
import { openDatabase } from '../src/main/db/open';
import { diskBenchDir } from './lib/disk-dir';
import type { Measurement } from './lib/report';
import { median, timeEach } from './lib/stats';

const TARGET_BYTES = 100 * 1024 * 1024;
/** About 40 s of Opus speech: random bytes, because compressed audio does not compress further either. */
const RECORDING_BYTES = 640 * 1024;
const RUNS = 3;

/**
 * "Back up now" on a 100 MB data file: 12 ambassadors with 5,000 quotes and 1,000 message houses written through
 * the services (so the search index and history are there too), and recordings as media blobs until the file
 * holds 100 MB. Timed through the backup service, as the Settings button runs it (online backup, then the copy
 * is made self-contained, synced, renamed, and the keep-last-N rule applied).
 */
export async function runBackupBench(): Promise<Measurement[]> {
  const dir = diskBenchDir('bench-backup-');
  try {
    const dbPath = join(dir, 'ambassador-studio.sqlite');
    const backupDir = join(dir, 'backups');
    const { db } = await openDatabase({ path: dbPath, backupDir });
    const services = createServices({
      db,
      clock: systemClock,
      ids: randomIds,
      paths: { dataDir: dir, dbPath, backupDir },
    });
    const people = Array.from({ length: 12 }, (_, i) => services.ambassadors.create({ fullName: `Person ${i}` }).id);
    db.transaction(() => {
      for (let i = 0; i < 5000; i += 1) {
        services.quotes.create(people[i % 12]!, {
          text: `Quote ${i}: we built this street together, one door at a time.`,
        });
      }
      for (let i = 0; i < 1000; i += 1)
        services.houses.create(people[i % 12]!, { umbrella: `House ${i}`, goal: 'Change one mind' });
    })();
    const insert = db.prepare(
      `INSERT INTO media (id, kind, mime, size, sha256, bytes, created_at, updated_at)
       VALUES (?, 'audio', 'audio/webm;codecs=opus', ?, ?, ?, ?, ?)`,
    );
    const pageBytes = () =>
      (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    while (pageBytes() < TARGET_BYTES) {
      db.transaction(() => {
        for (let i = 0; i < 10; i += 1) {
          const bytes = randomBytes(RECORDING_BYTES);
          const now = new Date().toISOString();
          insert.run(randomIds(), bytes.length, sha256Hex(bytes), bytes, now, now);
        }
      })();
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(dbPath).size;
    let backupSize = 0;
    const samples = await timeEach(RUNS, async () => {
      const made = await services.backup.create('manual');
      backupSize = made.size;
    });
    db.close();
    return [
      {
        suite: 'backup',
        name: `Back up now: ${(size / 1024 / 1024).toFixed(0)} MB data file, median of ${RUNS}`,
        value: median(samples),
        unit: 'ms',
        budget: { limit: 2000, kind: 'max' },
        detail: { runs: samples.map((s) => s.toFixed(0)).join(', '), dataBytes: size, backupBytes: backupSize },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
