/**
 * Laptops for bundle tests: each a real backend on its own data folder (its own device id), seeded through the
 * real services, plus what a test needs to prove that a refused import wrote nothing.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ImportReport } from '../../../shared/features/bundles/schemas';
import type { Quote } from '../../../shared/features/quotes/schemas';
import type { Services } from '../../backend/services';
import { seen } from '../../test-support/seen';
import { seedAmbassador, seedCohort, seedSettings } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';

export const PASSPHRASE = 'spring cohort passphrase';

export async function laptop(): Promise<TestStudio> {
  const studio = await createTestStudio();
  seedSettings(studio.services);
  return studio;
}

/** An ambassador in a cohort, with a house, ready to write quotes. */
export function seedPerson(services: Services, name = 'Amira Haddad', cohortName = 'Spring') {
  const cohort = seedCohort(services, { name: cohortName });
  const person = seedAmbassador(services, { cohortId: cohort.id, fullName: name, nameMode: 'full' });
  const house = services.houses.create(person.id, { umbrella: 'Migrants build the places we all call home' });
  return { cohort, person, house };
}

export function submittedQuote(services: Services, ambassadorId: string, text: string): Quote {
  const quote = services.quotes.create(ambassadorId, { text, consentNotes: 'Press release for the open day' });
  return services.quotes.transition(quote.id, 'submit', '');
}

/** A trainer's approval: every finding read, and the text as stored. */
export function approve(services: Services, id: string): Quote {
  const read = services.quotes.findings(id).map((f) => f.id);
  return services.quotes.transition(id, 'approve', 'Sam', read, seen(services, id));
}

export function sendBack(services: Services, id: string): Quote {
  return services.quotes.transition(id, 'sendBack', 'Sam', [], seen(services, id));
}

/** Exports with the service and imports the (only) file on the other laptop. */
export async function carry(
  file: { fileName: string; bytes: Uint8Array },
  to: TestStudio,
  options: { acceptOtherCohort?: boolean } = {},
): Promise<ImportReport> {
  return to.services.bundles.importBundle({
    file: { name: file.fileName, bytes: file.bytes },
    passphrase: PASSPHRASE,
    ...options,
  });
}

export function imported(report: ImportReport) {
  if (report.outcome !== 'imported') throw new Error(`refused: ${report.reason}`);
  return report;
}

/** The database as a copy of the disk would find it: sha256 of the file after a checkpoint, and rows per table. */
export function fingerprint(studio: TestStudio): { sha256: string; rows: Record<string, number> } {
  const db = studio.backend.db!;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const sha256 = createHash('sha256').update(readFileSync(db.name)).digest('hex');
  return { sha256, rows: rowCounts(db) };
}

export function rowCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all();
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare<[], number>(`SELECT COUNT(*) FROM "${t}"`).pluck().get() ?? 0]),
  );
}

/** Every row of every table the app keeps work in, as text: equal digests mean equal content. */
export function contentDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = ['cohort', 'ambassador', 'message_house', 'quote', 'comment', 'question', 'question_set'];
  for (const t of [...tables, 'rehearsal_session', 'take', 'review_card', 'media', 'search_doc', 'bundle_conflict']) {
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all(), bufferAsHex));
  }
  return hash.digest('hex');
}

function bufferAsHex(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value;
}

/** Nothing but 'unchanged' in an import report. */
export function onlyUnchanged(report: ImportReport): boolean {
  if (report.outcome !== 'imported') return false;
  return Object.values(report.tables).every((c) => c.added + c.updated + c.conflicts + c.deleted === 0);
}
