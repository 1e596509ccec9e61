import type { LanguageRule } from '../../../../shared/checks/language-guide-schema';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** A cohort's own language-guide rules (the built-in guide is bundled with the checks). */
export function useCohortLanguageRules(cohortId: string | null): ChannelQuery<LanguageRule[]> {
  return useChannelQuery('languageRules:get', cohortId ? { cohortId } : null);
}
