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
import type { Services } from '../backend/services';
import { testCohort } from './temp-backend';

/** Settings as after the first run; pass what the test needs on top. */
export function seedSettings(services: Services, settings: Partial<AppSettings> = {}): AppSettings {
  const { role, ...rest } = settings;
  if (role) services.roles.switchTo(role);
  return services.settings.update({ onboarded: true, ...rest });
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

/** Runs `work` in trainer mode, then returns to the mode the laptop was in. */
export function asTrainer<T>(services: Services, work: () => T): T {
  const before = services.roles.current();
  services.roles.switchTo('trainer');
  try {
    return work();
  } finally {
    if (before !== 'trainer') services.roles.switchTo(before);
  }
}

/** A quote in the given status, reached through the real transitions (approval by a trainer). */
export function seedQuote(
  services: Services,
  ambassadorId: string,
  fields: Partial<QuoteFields> = {},
  status: QuoteStatus = 'draft',
): Quote {
  let quote = services.quotes.create(ambassadorId, fields);
  if (status === 'draft') return quote;
  if (status === 'retired') return services.quotes.transition(quote.id, 'retire', '');
  quote = services.quotes.transition(quote.id, 'submit', '');
  if (status === 'in_review') return quote;
  const trainerName = services.settings.get().trainerName;
  return asTrainer(services, () => services.quotes.transition(quote.id, 'approve', trainerName));
}

/** A comment written by whoever the role says is at the keyboard (use asTrainer for a trainer's comment). */
export function seedComment(
  services: Services,
  target: { targetType: 'house' | 'quote'; targetId: string },
  field: string,
  body: string,
): Comment {
  return services.comments.add({ ...target, field, body });
}
