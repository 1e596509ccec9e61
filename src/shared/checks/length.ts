import { analyseEnglish } from './english';
import { looksEnglish } from './script';
import { countGraphemes, countWords, sentenceSpans } from './segment';
import type { Finding } from './types';

export type LengthKind = 'press' | 'soundbite' | 'social';

/** Character limits of a single post (as of late 2025). */
export const SOCIAL_PLATFORMS = {
  x: { label: 'X (Twitter)', limit: 280 },
  bluesky: { label: 'Bluesky', limit: 300 },
  threads: { label: 'Threads', limit: 500 },
  instagram: { label: 'an Instagram caption', limit: 2200 },
  linkedin: { label: 'LinkedIn', limit: 3000 },
  facebook: { label: 'Facebook', limit: 63206 },
} as const satisfies Record<string, { label: string; limit: number }>;
export type SocialPlatform = keyof typeof SOCIAL_PLATFORMS;
export const DEFAULT_SOCIAL_PLATFORM: SocialPlatform = 'x';

/** A relaxed speaking pace; DOMAIN.md gives about 3 words a second for broadcast. */
export const DEFAULT_WORDS_PER_SECOND = 2.5;

/** Press quotes: 20 words or fewer is ideal, 1-3 sentences (DOMAIN.md). */
export const PRESS_SOFT_WORDS = 20;
export const PRESS_STRONG_WORDS = 40;
export const PRESS_MAX_SENTENCES = 3;
/** Broadcast soundbites: about 15 s is a practical target; TV news often uses about 10 s. */
export const SOUNDBITE_TARGET_SECONDS = 15;
export const SOUNDBITE_WARN_SECONDS = 17;
export const SOUNDBITE_STRONG_SECONDS = 20;
export const SOUNDBITE_MAX_SENTENCES = 3;

export interface LengthOptions {
  kind: LengthKind;
  /** The ambassador's own pace; default 2.5 words a second. */
  wordsPerSecond?: number;
  /** For social posts: a platform from SOCIAL_PLATFORMS or a number of characters. Default: X (280). */
  platformLimit?: SocialPlatform | number;
}

export interface LengthStats {
  words: number;
  sentences: number;
  /** User-perceived characters (an emoji counts once). */
  characters: number;
  /** Estimated speaking time at the given pace, in seconds (one decimal). */
  seconds: number;
  wordsPerSecond: number;
  /** Social posts only: the character limit used. */
  limit: number | null;
}

export interface LengthResult {
  findings: Finding[];
  stats: LengthStats;
}

function counts(text: string): { words: number; sentences: number } {
  if (looksEnglish(text)) {
    const a = analyseEnglish(text);
    return { words: a.words, sentences: a.sentences.length };
  }
  return { words: countWords(text), sentences: sentenceSpans(text).length };
}

/** Paces outside this range are clamped (a typo should not give a soundbite of a million seconds). */
const MIN_WORDS_PER_SECOND = 0.5;
const MAX_WORDS_PER_SECOND = 10;

function pace(wordsPerSecond: number | undefined): number {
  if (typeof wordsPerSecond !== 'number' || !Number.isFinite(wordsPerSecond) || wordsPerSecond <= 0) {
    return DEFAULT_WORDS_PER_SECOND;
  }
  return Math.min(MAX_WORDS_PER_SECOND, Math.max(MIN_WORDS_PER_SECOND, wordsPerSecond));
}

function resolveLimit(platformLimit: LengthOptions['platformLimit']): { limit: number; label: string } {
  if (typeof platformLimit === 'number' && Number.isFinite(platformLimit) && platformLimit > 0) {
    return { limit: Math.floor(platformLimit), label: 'this platform' };
  }
  const platform =
    typeof platformLimit === 'string' && Object.hasOwn(SOCIAL_PLATFORMS, platformLimit)
      ? SOCIAL_PLATFORMS[platformLimit]
      : SOCIAL_PLATFORMS[DEFAULT_SOCIAL_PLATFORM];
  return { limit: platform.limit, label: platform.label };
}

function whole(id: string, severity: Finding['severity'], message: string, suggestion: string): Finding {
  return {
    id: `length:${id}:all`,
    kind: 'length',
    severity,
    message,
    suggestion,
    source: 'Ambassador Studio media guide',
  };
}

function pressFindings(words: number, sentences: number): Finding[] {
  const findings: Finding[] = [];
  if (words > PRESS_STRONG_WORDS) {
    findings.push(
      whole(
        'press-words',
        'strong',
        `This quote has ${words} words. Journalists rarely use a quote this long.`,
        `Keep the one feeling or detail that matters most, in ${PRESS_SOFT_WORDS} words or fewer.`,
      ),
    );
  } else if (words > PRESS_SOFT_WORDS) {
    findings.push(
      whole(
        'press-words',
        'warning',
        `This quote has ${words} words. Quotes of ${PRESS_SOFT_WORDS} words or fewer are easier to use.`,
        'Cut anything that repeats the facts. Keep the feeling, the opinion or the human detail.',
      ),
    );
  }
  if (sentences > PRESS_MAX_SENTENCES) {
    findings.push(
      whole(
        'press-sentences',
        'warning',
        `This quote has ${sentences} sentences. One to three works best.`,
        'Keep your strongest one to three sentences.',
      ),
    );
  }
  return findings;
}

function soundbiteFindings(seconds: number, sentences: number, wps: number): Finding[] {
  const findings: Finding[] = [];
  const targetWords = Math.round(SOUNDBITE_TARGET_SECONDS * wps);
  const aim = `Aim for about ${SOUNDBITE_TARGET_SECONDS} seconds: about ${targetWords} words at your pace, in one or two sentences.`;
  if (seconds > SOUNDBITE_STRONG_SECONDS) {
    findings.push(
      whole(
        'soundbite-time',
        'strong',
        `At your pace this takes about ${Math.round(seconds)} seconds. TV news often uses only about 10.`,
        aim,
      ),
    );
  } else if (seconds > SOUNDBITE_WARN_SECONDS) {
    findings.push(
      whole('soundbite-time', 'warning', `At your pace this takes about ${Math.round(seconds)} seconds.`, aim),
    );
  }
  if (sentences > SOUNDBITE_MAX_SENTENCES) {
    findings.push(
      whole(
        'soundbite-sentences',
        'info',
        `This soundbite has ${sentences} sentences. Editors usually keep one or two.`,
        'Put your main point in the first sentence, so it still works if the rest is cut.',
      ),
    );
  }
  return findings;
}

/**
 * Length of a press quote, broadcast soundbite or social post. All findings are about the whole text.
 * Social posts count user-perceived characters; X's own weighting (links as 23, CJK as 2) is not modelled.
 */
export function checkLength(text: string, options: LengthOptions): LengthResult {
  const { words, sentences } = counts(text);
  const wps = pace(options.wordsPerSecond);
  const seconds = Math.round((words / wps) * 10) / 10;
  const characters = countGraphemes(text.trim());
  let findings: Finding[] = [];
  let limit: number | null = null;
  switch (options.kind) {
    case 'press':
      findings = pressFindings(words, sentences);
      break;
    case 'soundbite':
      findings = soundbiteFindings(seconds, sentences, wps);
      break;
    case 'social': {
      const resolved = resolveLimit(options.platformLimit);
      limit = resolved.limit;
      if (characters > limit) {
        findings.push(
          whole(
            'social-characters',
            'strong',
            `This is ${characters} characters, and ${resolved.label} allows ${limit}.`,
            `Cut ${characters - limit} ${characters - limit === 1 ? 'character' : 'characters'}, or split it into two posts.`,
          ),
        );
      }
      break;
    }
  }
  return { findings, stats: { words, sentences, characters, seconds, wordsPerSecond: wps, limit } };
}
