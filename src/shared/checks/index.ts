/** Live checks for drafts (press quotes, soundbites, social posts, key messages). Pure and synchronous. */
export type { Finding, FindingKind, Severity } from './types';
export { FINDING_KINDS, SEVERITIES } from './types';
export { checkLanguage } from './language';
export { builtInLanguageGuide, builtInRules, mergeRules } from './language-guide';
export {
  languageGuideSchema,
  languageRuleSchema,
  languageRulesSchema,
  type LanguageGuide,
  type LanguageRule,
  type LanguageRuleInput,
} from './language-guide-schema';
export { checkReadability, type ReadabilityResult, type ReadabilityStats } from './readability';
export {
  checkLength,
  DEFAULT_WORDS_PER_SECOND,
  SOCIAL_PLATFORMS,
  type LengthKind,
  type LengthOptions,
  type LengthResult,
  type LengthStats,
  type SocialPlatform,
} from './length';
export { checkSafeguarding, UNHCR_ADVICE, type SafeguardingContext } from './safeguarding';
export { checkSelfIncrimination, SELF_INCRIMINATION_ADVICE, SELF_INCRIMINATION_SOURCE } from './self-incrimination';
export { runAllChecks, type CheckContext, type ChecksResult } from './run-all';
export { normaliseForMatch, type MatchText } from './normalise';
export { findTerm, prepareTerm, textContains, type Term, type TermOptions } from './term';
