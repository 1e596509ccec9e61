import type { Trashed } from '../trash/schemas';
import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema, text } from '../../fields';
import {
  questionContentSchema,
  questionFileTextSchema,
  type Question,
  type QuestionFile,
  type QuestionImportReport,
  type QuestionSet,
} from './schemas';

export const questionBankChannels = {
  'question:list': query<Question[]>()(z.strictObject({ cohortId: idSchema.nullable() }), ['question']),
  'question:add': command<Question>()(z.strictObject({ cohortId: idSchema, content: questionContentSchema }), [
    'question',
  ]),
  'question:edit': command<Question>()(z.strictObject({ id: idSchema, content: questionContentSchema }), ['question']),
  'question:retire': command<null>()(
    z.strictObject({ cohortId: idSchema, questionId: idSchema, retired: z.boolean() }),
    ['question'],
  ),
  /** One of the cohort's own questions (built-in ones are retired instead). */
  'question:delete': command<Trashed>()(byId, ['question', 'trash']),
  'question:exportFile': command<QuestionFile>()(z.strictObject({ cohortId: idSchema }), []),
  'question:importFile': command<QuestionImportReport>()(
    z.strictObject({ cohortId: idSchema, fileText: questionFileTextSchema }),
    ['question'],
  ),
  'questionSet:list': query<QuestionSet[]>()(z.strictObject({ cohortId: idSchema }), ['question']),
  'questionSet:save': command<QuestionSet>()(
    z.strictObject({
      id: idSchema.optional(),
      cohortId: idSchema,
      name: text(120, 'Set name').refine((v) => v.trim().length > 0, { message: 'Give the set a name' }),
      questionIds: z.array(idSchema).min(1, { message: 'Choose at least one question' }).max(200),
    }),
    ['question'],
  ),
  'questionSet:delete': command<Trashed>()(byId, ['question', 'trash']),
};
