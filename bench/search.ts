import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/main/db/open';
import { createServices } from '../src/main/backend/services';
import { randomIds, systemClock } from '../src/main/backend/context';
import type { Measurement } from './lib/report';
import { median, percentile, timeEach } from './lib/stats';

const DOCUMENTS = 10_000;
const QUERIES = ['home', 'choir', 'nurse hospital', 'neighbours together', 'footb', 'council', 'welcome', 'work'];
const WORDS = [
  'home',
  'choir',
  'nurse',
  'hospital',
  'neighbours',
  'together',
  'football',
  'council',
  'welcome',
  'work',
  'school',
  'children',
  'library',
  'bakery',
  'engineer',
  'volunteer',
  'community',
  'garden',
  'music',
  'language',
  'kitchen',
  'market',
  'bus',
  'station',
  'friend',
  'family',
  'dream',
  'future',
  'town',
  'city',
  'street',
  'care',
  'teacher',
];

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  let x = seed;
  for (let i = 0; i < length; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[x % WORDS.length]!);
  }
  return words.join(' ');
}

/** FTS5 search over 10,000 quotes and houses, as the Ctrl+K palette runs it. */
export async function runSearchBench(): Promise<Measurement[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  try {
    const dbPath = join(dir, 'search.sqlite');
    const { db } = await openDatabase({ path: dbPath, backupDir: join(dir, 'backups') });
    const services = createServices({
      db,
      clock: systemClock,
      ids: randomIds,
      paths: { dataDir: dir, dbPath, backupDir: dir },
    });
    const ambassadorIds = Array.from(
      { length: 12 },
      (_, i) => services.ambassadors.create({ fullName: `Person ${i}` }).id,
    );
    db.transaction(() => {
      for (let i = 0; i < DOCUMENTS; i += 1) {
        const ambassadorId = ambassadorIds[i % ambassadorIds.length]!;
        if (i % 2 === 0) services.quotes.create(ambassadorId, { text: sentence(i, 18) });
        else services.houses.create(ambassadorId, { umbrella: sentence(i, 12), goal: sentence(i + 7, 20) });
      }
    })();
    // As a trainer searches: everyone's work on the laptop.
    const everyone = { only: null, includeArchived: false };
    for (const q of QUERIES) services.search.query(q, everyone);
    const samples = await timeEach(400, (i) => {
      services.search.query(QUERIES[i % QUERIES.length]!, everyone);
    });
    db.close();
    return [
      {
        suite: 'search',
        name: `FTS search over ${DOCUMENTS.toLocaleString('en-GB')} quotes and houses, p95`,
        value: percentile(samples, 95),
        unit: 'ms',
        budget: { limit: 20, kind: 'max' },
        detail: { p50: median(samples), p95: percentile(samples, 95) },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
