/**
 * Seeding for tests, always through the real services: a quote that is "approved" here has walked the status
 * machine (draft, in review, approved by a trainer), so tests see what the app would really hold.
 */
import type { Ambassador, AmbassadorFields } from '../../shared/features/ambassadors/schemas';
import type { Cohort, CohortFields } from '../../shared/features/cohorts/schemas';
import type { Comment } from '../../shared/features/comments/schemas';
import type { HouseFields, MessageHouse } from '../../shared/features/key-messages/schemas';
import type { Quote, QuoteFields, QuoteStatus } from '../../shared/features/quotes/schemas';
import type { AppSettings } from '../../shared/features/settings/schemas';
import type { StudioApi } from '../../shared/contract';
import type { Services } from '../backend/services';
import { testCohort } from './temp-backend';
import { seen } from './seen';

/** Settings as after the first run; pass what the test needs on top. */
export function seedSettings(services: Services, settings: Partial<AppSettings> = {}): AppSettings {
  return services.settings.update({ onboarded: true, ...settings });
}

export function seedCohort(services: Services, fields: Partial<CohortFields> = {}): Cohort {
  return testCohort(services, fields);
}

/** An ambassador; with `current` (the default) the app opens on them, as after choosing them in the switcher. */
export function seedAmbassador(
  services: Services,
  fields: Partial<AmbassadorFields> = {},
  options: { current?: boolean } = {},
): Ambassador {
  const ambassador = services.ambassadors.create(fields);
  if (options.current ?? true) {
    seedSettings(services, { currentAmbassadorId: ambassador.id, currentCohortId: ambassador.cohortId });
  }
  return ambassador;
}

export function seedHouse(services: Services, ambassadorId: string, fields: Partial<HouseFields> = {}): MessageHouse {
  return services.houses.create(ambassadorId, fields);
}

/** What a seeded quote sent for review says about its use, unless the test says otherwise. */
export const SEEDED_CONSENT_NOTES = 'Press release and social media for International Migrants Day.';

/**
 * A quote in the given status, reached through the real transitions (approval by a trainer). Quotes sent for
 * review get consent notes unless the test gives its own (approval needs them); an approval is by a trainer who
 * has read every finding the quote has.
 */
export function seedQuote(
  services: Services,
  ambassadorId: string,
  fields: Partial<QuoteFields> = {},
  status: QuoteStatus = 'draft',
  approvedBy = 'Sam',
): Quote {
  const saysConsent = fields.consentNotes !== undefined || fields.consentUnrestricted !== undefined;
  const reviewed = status === 'in_review' || status === 'approved';
  let quote = services.quotes.create(
    ambassadorId,
    reviewed && !saysConsent ? { ...fields, consentNotes: SEEDED_CONSENT_NOTES } : fields,
  );
  if (status === 'draft') return quote;
  if (status === 'retired') return services.quotes.transition(quote.id, 'retire', '');
  quote = services.quotes.transition(quote.id, 'submit', '');
  if (status === 'in_review') return quote;
  // The services trust their caller; who may approve is checked by the permission table in front of them.
  const read = services.quotes.findings(quote.id).map((f) => f.id);
  return services.quotes.transition(quote.id, 'approve', approvedBy, read, seen(services, quote.id));
}

/** A comment by a trainer (give their name) or, with null, by the ambassador on their own work. */
export function seedComment(
  services: Services,
  target: { targetType: 'house' | 'quote'; targetId: string },
  field: string,
  body: string,
  trainerName: string | null = 'Sam',
): Comment {
  return services.comments.add({ ...target, field, body }, trainerName);
}

/** The trainer secret the test helpers set up: a 6-digit PIN, as the rules ask. */
export const TEST_TRAINER_SECRET = '246810';

/**
 * Unlocks trainer mode in this window through the real channels: sets up the laptop's first trainer when there
 * is none (which unlocks it), otherwise types the secret.
 */
export async function unlockTrainer(api: StudioApi, name = 'Sam'): Promise<void> {
  const state = await api['access:state']({});
  if (!state.ok) throw new Error(state.error.message);
  const result = state.value.trainerSecretSet
    ? await api['access:unlockTrainer']({ secret: TEST_TRAINER_SECRET })
    : await api['access:addTrainer']({ name, secret: TEST_TRAINER_SECRET });
  if (!result.ok) throw new Error(result.error.message);
}
