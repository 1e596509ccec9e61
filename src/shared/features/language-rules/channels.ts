import { z } from 'zod';
import { command, query } from '../../channel';
import { languageRuleSchema, type LanguageRule } from '../../checks/language-guide-schema';
import { idSchema } from '../../fields';

export const languageRuleChannels = {
  'languageRules:get': query<LanguageRule[]>()(z.strictObject({ cohortId: idSchema }), ['languageRules']),
  'languageRules:set': command<LanguageRule[]>()(
    z.strictObject({
      cohortId: idSchema,
      rules: z.array(languageRuleSchema).max(100, { message: 'A cohort can have at most 100 rules' }),
    }),
    ['languageRules'],
  ),
};
