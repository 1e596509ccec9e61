import type { languageRuleChannels } from '../../../shared/features/language-rules/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';

export function languageRuleHandlers({
  services: { languageRules },
}: HandlerEnv): FeatureHandlers<typeof languageRuleChannels> {
  return {
    'languageRules:get': ({ cohortId }) => languageRules.get(cohortId),
    'languageRules:set': ({ cohortId, rules }) => languageRules.set(cohortId, rules),
  };
}
