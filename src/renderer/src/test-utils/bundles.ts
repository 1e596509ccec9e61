/**
 * Real bundles for the component tests: written by a second in-process backend (another "laptop"), through the
 * same channel the page uses, so the page under test imports exactly what an ambassador would send.
 */
import { seedAmbassador, seedCohort, seedHouse, seedQuote } from '../../../main/test-support/seed';
import type { TestStudio } from '../../../main/test-support/test-studio';
import { openStudio } from './studio';

export const PASSPHRASE = 'harbour lights 2026';

export interface SentWork {
  laptop: TestStudio;
  ambassadorId: string;
  cohortName: string;
  quoteIds: string[];
  /** The file as the page's file input hands it over. */
  file: File;
}

/** Amira's work on her own laptop (a house and three quotes in the Winter cohort), exported as a bundle. */
export async function amiraSendsWork(): Promise<SentWork> {
  const laptop = await openStudio();
  const cohort = seedCohort(laptop.services, { name: 'Winter cohort' });
  const amira = seedAmbassador(laptop.services, {
    cohortId: cohort.id,
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    nameMode: 'full',
  });
  seedHouse(laptop.services, amira.id, { title: 'Radio', umbrella: 'We build home together.' });
  const quoteIds = ['Home is what we build.', 'Neighbours make a town.', 'I came to learn and stayed to help.'].map(
    (text) => seedQuote(laptop.services, amira.id, { text }, 'in_review').id,
  );
  return {
    laptop,
    ambassadorId: amira.id,
    cohortName: cohort.name,
    quoteIds,
    file: await exportWork(laptop, amira.id),
  };
}

/** Exports an ambassador's work again from their laptop (as they would after editing). */
export async function exportWork(laptop: TestStudio, ambassadorId: string): Promise<File> {
  const made = await laptop.api['bundle:exportWork']({
    ambassadorId,
    includeRecordings: false,
    passphrase: PASSPHRASE,
  });
  if (!made.ok) throw new Error(made.error.message);
  const delivery = made.value.files[0];
  if (delivery?.mode !== 'download') throw new Error('expected the bundle to come back for download');
  return new File([delivery.bytes as Uint8Array<ArrayBuffer>], delivery.fileName);
}

/** Changes a quote's text straight in a laptop's database, as an edit there would (the triggers bump its version). */
export function editQuoteText(laptop: TestStudio, quoteId: string, text: string): void {
  laptop.backend.db?.prepare(`UPDATE quote SET fields = json_set(fields, '$.text', ?) WHERE id = ?`).run(text, quoteId);
}
