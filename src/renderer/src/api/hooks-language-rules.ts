import type { LanguageRule } from '../../../shared/checks/language-guide-schema';
import { useQuery, type Query } from './hooks';

export const LANGUAGE_RULE_KEYS = {
  cohort: (cohortId: string) => `languageRules:${cohortId}`,
} as const;

/** A cohort's own language-guide rules (the built-in guide is bundled with the checks). */
export function useCohortLanguageRules(cohortId: string | null): Query<LanguageRule[]> {
  return useQuery(cohortId ? LANGUAGE_RULE_KEYS.cohort(cohortId) : null, (api) =>
    api['languageRules:get']({ cohortId: cohortId ?? '' }),
  );
}
