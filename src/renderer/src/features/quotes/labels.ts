import { SOCIAL_PLATFORMS as LIMITS } from '../../../../shared/checks';
import { SOCIAL_PLATFORMS, type QuoteStatus } from '../../../../shared/features/quotes/schemas';

const PLATFORM_NAMES: Record<(typeof SOCIAL_PLATFORMS)[number], string> = {
  x: 'X (Twitter)',
  bluesky: 'Bluesky',
  threads: 'Threads',
  instagram: 'Instagram caption',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

export const PLATFORM_OPTIONS = SOCIAL_PLATFORMS.map((p) => ({
  value: p,
  label: `${PLATFORM_NAMES[p]}, up to ${LIMITS[p].limit.toLocaleString()} characters`,
}));

export function isPlatform(value: string): value is (typeof SOCIAL_PLATFORMS)[number] {
  return (SOCIAL_PLATFORMS as readonly string[]).includes(value);
}

/** Badge colours: dark enough shades to carry white text (or a light variant) in both themes. */
export const STATUS_COLORS: Record<QuoteStatus, string> = {
  draft: 'gray.7',
  in_review: 'yellow.4',
  approved: 'teal.9',
  retired: 'dark.4',
};

export function excerpt(text: string, length = 60): string {
  const clean = text.trim().replace(/\s+/gu, ' ');
  if (!clean) return 'Empty draft';
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}
