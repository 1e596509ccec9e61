import { builtInRules, mergeRules } from '../../../shared/checks/language-guide';
import { languageRulesSchema, type LanguageRule } from '../../../shared/checks/language-guide-schema';
import { AppError } from '../../../shared/result';
import { createCohortRepository } from '../cohorts/repository';
import type { ServiceContext } from '../../backend/context';

/** A trainer's extra language-guide rules for one cohort, checked against the built-in guide. */
export function createLanguageRuleService(ctx: ServiceContext) {
  const cohorts = ctx.repo(createCohortRepository);
  const requireJson = (cohortId: string): string => {
    const json = cohorts.languageRulesJson(cohortId);
    if (json === undefined) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
    return json;
  };

  return {
    get(cohortId: string): LanguageRule[] {
      try {
        const parsed = languageRulesSchema.safeParse(JSON.parse(requireJson(cohortId)));
        return parsed.success ? parsed.data : [];
      } catch (error) {
        if (error instanceof AppError) throw error;
        return [];
      }
    },
    set(cohortId: string, rules: unknown): LanguageRule[] {
      requireJson(cohortId);
      const merged = mergeRules(builtInRules(), rules);
      if (!merged.ok) throw new AppError(merged.error.code, merged.error.message, merged.error.issues);
      const own = merged.value.slice(builtInRules().length);
      cohorts.setLanguageRules(cohortId, JSON.stringify(own), ctx.clock.now());
      return own;
    },
  };
}

export type LanguageRuleService = ReturnType<typeof createLanguageRuleService>;
