/**
 * The real Chromium and a real database for the prep card's PDF tests: one Chromium for the file, a fresh
 * database per card, cleaned up after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { AmbassadorFields } from '../../../../shared/features/ambassadors/schemas';
import type { InterviewFields } from '../../../../shared/features/interviews/schemas';
import { AppError } from '../../../../shared/result';
import { createServices, type Services } from '../../../backend/services';
import { openDatabase } from '../../../db/open';
import { createChromiumPrinter } from '../../../pdf/chromium-printer';
import type { PdfPrinter } from '../../../pdf/printer';
import { manualClock } from '../../../test-support/temp-backend';
import { houseFields, suggestion, testRequest } from './fixtures.test-support';
import { createPrepCardService, type PrepCardService } from './service';

export const LONG = 90_000;

export const AMIRA: Partial<AmbassadorFields> = {
  fullName: 'Amira Haddad',
  firstName: 'Amira',
  nameMode: 'first',
  topicsDeclined: ['My family'],
  privateDetails: [
    { kind: 'home_town', value: 'Aleppo' },
    { kind: 'employer', value: 'Northway Logistics' },
  ],
};

/** Registers the hooks; call once at the top of a test file. */
export function usePrepCardPdfEnv() {
  let chromium: PdfPrinter;
  const cleanups: Array<() => void> = [];
  beforeAll(() => {
    chromium = createChromiumPrinter({ idleMs: 0 });
  });
  afterEach(() => {
    while (cleanups.length > 0) cleanups.pop()?.();
  });
  afterAll(async () => {
    await chromium.close();
  });

  async function openServices(): Promise<Services> {
    const dir = mkdtempSync(join(tmpdir(), 'studio-prep-card-'));
    const dbPath = join(dir, 'test.sqlite');
    const { db } = await openDatabase({ path: dbPath, backupDir: join(dir, 'backups') });
    const services = createServices({
      db,
      clock: manualClock(),
      ids: () => crypto.randomUUID(),
      paths: { dataDir: dir, dbPath, backupDir: dir },
      printer: () => ({ print: (html, options) => chromium.print(html, options), close: async () => undefined }),
    });
    cleanups.push(() => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return services;
  }

  /** A real profile and primary house in the database; the request is handed over as the interviews service would. */
  async function cardFor(
    profile: Partial<AmbassadorFields>,
    request: Partial<InterviewFields>,
    house = houseFields(),
  ): Promise<{ cards: PrepCardService; id: string }> {
    const services = await openServices();
    const ambassador = services.ambassadors.create(profile);
    services.houses.create(ambassador.id, house);
    const stored = { ...testRequest(request, ambassador.id), id: 'req-9' };
    const cards = createPrepCardService(services.ctx, {
      get: (id) => {
        if (id !== stored.id) throw new AppError('NOT_FOUND', 'That interview request does not exist or was deleted.');
        return stored;
      },
      suggest: () => [suggestion()],
    });
    return { cards, id: stored.id };
  }

  return { cardFor };
}
