import type { Migration } from './types';

/** A trainer's own language-guide rules for a cohort, validated by the same schema as the built-in guide. */
export const cohortLanguageRules: Migration = {
  version: 50,
  name: 'cohort-language-rules',
  up(db) {
    db.exec("ALTER TABLE cohort ADD COLUMN language_rules TEXT NOT NULL DEFAULT '[]'");
  },
};
