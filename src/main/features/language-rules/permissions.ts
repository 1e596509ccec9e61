import type { languageRuleChannels } from '../../../shared/features/language-rules/channels';
import type { FeaturePermissions } from '../../backend/permissions';

export const languageRulePermissions: FeaturePermissions<typeof languageRuleChannels> = {
  'languageRules:get': { allow: 'anyone' },
  'languageRules:set': { allow: { trainer: 'change the cohort’s language rules' } },
};
