/**
 * A large cohort for the press pack tests and the CLI: `count` fictional ambassadors, each ready for a sheet
 * (a primary house whose proof points name their source, one approved quote), plus one who is not ready.
 */
import type { Services } from '../../backend/services';
import { approveQuote } from './service.test-support';

export interface LargeCohort {
  cohortId: string;
  /** Public names, in the order the pack lists them (alphabetical). */
  names: string[];
  notReadyId: string;
}

const FIRST = ['Ada', 'Bola', 'Chen', 'Dara', 'Emre', 'Farah', 'Goran', 'Hana', 'Ines', 'Jonas'];
const LAST = ['Okafor', 'Silva', 'Nowak', 'Haddad'];

export function seedLargeCohort(services: Services, count: number): LargeCohort {
  const cohort = services.cohorts.create({
    name: `Large cohort ${count}`,
    organisation: 'Harbour Voices',
    campaign: 'Every Voice Counts',
    hashtag: 'EveryVoiceCounts',
    mediaDate: '2026-12-18',
    pressContact: { name: 'Press desk', email: 'press@example.org', phone: '+44 20 0000 0000' },
  });
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${String(i + 1).padStart(2, '0')}`;
    const a = services.ambassadors.create({ fullName: name, nameMode: 'full', cohortId: cohort.id });
    services.ambassadors.update(a.id, { role: `Volunteer coordinator ${i + 1}`, pronouns: 'they/them' });
    const house = services.houses.create(a.id, {
      title: 'Main',
      umbrella: `Neighbours build the town together (${i + 1}).`,
      pillars: [1, 2, 3].map((n) => ({
        id: crypto.randomUUID(),
        message: `Key message ${n} of ambassador ${i + 1}.`,
        proofs: [
          {
            id: crypto.randomUUID(),
            kind: 'fact' as const,
            text: `Fact ${n}: forty people sing in the choir.`,
            source: `Choir register ${n}`,
          },
        ],
      })),
    });
    if (!house.isPrimary) services.houses.setPrimary(house.id);
    approveQuote(services, a.id, `A town is made by the people who turn up (${i + 1}).`, house.id);
    names.push(name);
  }
  const notReady = services.ambassadors.create({ fullName: 'Zed Waiting', nameMode: 'first', cohortId: cohort.id });
  return { cohortId: cohort.id, names: names.sort((x, y) => x.localeCompare(y)), notReadyId: notReady.id };
}
