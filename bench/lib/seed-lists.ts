import { join } from 'node:path';
import { randomIds, systemClock } from '../../src/main/backend/context';
import { DB_FILE_NAME } from '../../src/main/backend/backend';
import { createServices } from '../../src/main/backend/services';
import { openDatabase } from '../../src/main/db/open';

const OPENINGS = [
  'I came here with one suitcase',
  'Our choir sings in nine languages',
  'The night bus taught me this town',
  'My neighbours brought soup when my son was born',
  'I fix the boilers that keep the school warm',
  'People arriving here are not a swarm',
  'Learning the language took three winters',
  'The library was the first place that said welcome',
];
const ENDINGS = [
  'and now I want to give something back.',
  'and every Saturday we cook for whoever comes.',
  'so I coach the under-twelves on Sundays.',
  'and that is why I stay.',
  'and my daughter translates for her teacher.',
];

/** A different, plausible quote for each number, some with words the language checks flag. */
export function quoteText(i: number): string {
  return `${OPENINGS[i % OPENINGS.length]}, ${ENDINGS[(i * 7) % ENDINGS.length]} (${i})`;
}

export interface SeededLists {
  ambassadorId: string;
  quotes: number;
  inReview: number;
  houses: number;
}

/**
 * One ambassador with `quotes` quotes (`inReview` of them sent for review, a few retired, the rest drafts) and
 * `houses` Message Houses, written through the real services into the data folder browser mode will open.
 */
export async function seedLists(dataDir: string, counts: Omit<SeededLists, 'ambassadorId'>): Promise<SeededLists> {
  const dbPath = join(dataDir, DB_FILE_NAME);
  const { db } = await openDatabase({ path: dbPath, backupDir: join(dataDir, 'backups') });
  try {
    const services = createServices({
      db,
      clock: systemClock,
      ids: randomIds,
      paths: { dataDir, dbPath, backupDir: dataDir },
    });
    const { id: ambassadorId } = services.ambassadors.create({ firstName: 'Amina', fullName: 'Amina Yusuf' });
    services.settings.update({ onboarded: true, currentAmbassadorId: ambassadorId });
    db.transaction(() => {
      for (let i = 0; i < counts.houses; i += 1) {
        services.houses.create(ambassadorId, {
          title: `Audience ${i + 1}`,
          audience: 'People who listen to local radio in the morning.',
          umbrella: 'Everyone deserves a safe home and the chance to give back.',
        });
      }
      for (let i = 0; i < counts.quotes; i += 1) {
        const quote = services.quotes.create(ambassadorId, {
          text: quoteText(i),
          outlet: i % 3 === 0 ? 'Radio Leeds' : '',
          consentNotes: 'Press release for International Migrants Day.',
        });
        if (i < counts.inReview) services.quotes.transition(quote.id, 'submit', '');
        else if (i % 20 === 0) services.quotes.transition(quote.id, 'retire', '');
      }
    })();
    return { ambassadorId, ...counts };
  } finally {
    db.close();
  }
}
