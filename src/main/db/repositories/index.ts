import type { Database } from 'better-sqlite3';
import { createAmbassadorRepository } from './ambassadors';
import { createCardRepository } from './cards';
import { createCohortRepository } from './cohorts';
import { createCommentRepository } from './comments';
import { createHouseRepository } from './houses';
import { createQuestionRepository } from './questions';
import { createQuoteRepository } from './quotes';
import { createRehearsalRepository } from './rehearsals';
import { createSearchRepository } from './search';
import { createMediaRepository } from './media';
import { createRevisionRepository } from './revisions';
import { createSettingRepository } from './settings';

export function createRepositories(db: Database) {
  return {
    cohorts: createCohortRepository(db),
    ambassadors: createAmbassadorRepository(db),
    media: createMediaRepository(db),
    revisions: createRevisionRepository(db),
    settings: createSettingRepository(db),
    houses: createHouseRepository(db),
    quotes: createQuoteRepository(db),
    comments: createCommentRepository(db),
    search: createSearchRepository(db),
    questions: createQuestionRepository(db),
    rehearsals: createRehearsalRepository(db),
    cards: createCardRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
