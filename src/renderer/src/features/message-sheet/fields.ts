import { isCohortField } from '../../../../shared/features/message-sheet/gate';
import type { ScreenId } from '../../app/screens';

/** Where the text of a sheet field is written, so "Edit" can take the person there. */
export function fieldScreen(field: string): { screen: ScreenId; name: string } {
  // The cohort's details (campaign, hashtag, organisation, press contact) are a trainer's to change.
  if (isCohortField(field)) return { screen: 'trainer', name: 'the Trainer screen (cohort details)' };
  if (field === 'umbrella' || field.startsWith('keyMessages.')) return { screen: 'key-messages', name: 'Key messages' };
  if (field.startsWith('quotes.')) return { screen: 'press-quotes', name: 'Press quotes' };
  return { screen: 'profile', name: 'Profile' };
}

/** The position of a quote field (`quotes.1` -> 1), or null for other fields. */
export function quoteIndex(field: string): number | null {
  const match = /^quotes\.(\d+)$/.exec(field);
  return match ? Number(match[1]) : null;
}
