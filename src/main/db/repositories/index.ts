import type { Database } from 'better-sqlite3';
import { createAmbassadorRepository } from './ambassadors';
import { createCohortRepository } from './cohorts';
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
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
