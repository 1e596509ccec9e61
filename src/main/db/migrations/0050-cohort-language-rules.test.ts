import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0010-initial';
import { cohortLanguageRules } from './0050-cohort-language-rules';

describe('migration 0050 cohort language rules', () => {
  it('adds an empty rule list to existing cohorts', () => {
    const db = new Database(':memory:');
    initial.up(db);
    db.prepare("INSERT INTO cohort (id, name, created_at, updated_at) VALUES ('c', 'Existing', 'now', 'now')").run();
    cohortLanguageRules.up(db);
    expect(db.prepare("SELECT language_rules FROM cohort WHERE id = 'c'").get()).toEqual({ language_rules: '[]' });
  });
});
