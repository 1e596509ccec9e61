import type { Database } from 'better-sqlite3';
import type { Cohort, CohortFields } from '../../../shared/features/cohorts/schemas';
import { pressContactSchema } from '../../../shared/features/cohorts/schemas';
import { readJson } from '../../db/json-column';

interface CohortRow {
  id: string;
  name: string;
  organisation: string;
  campaign: string;
  hashtag: string;
  media_date: string;
  press_contact: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS =
  'id, name, organisation, campaign, hashtag, media_date, press_contact, archived_at, created_at, updated_at';

function toCohort(row: CohortRow): Cohort {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    campaign: row.campaign,
    hashtag: row.hashtag,
    mediaDate: row.media_date,
    pressContact: readJson(row.press_contact, pressContactSchema, { name: '', email: '', phone: '' }),
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createCohortRepository(db: Database) {
  const statements = {
    list: db.prepare<[], CohortRow>(
      `SELECT ${COLUMNS} FROM cohort WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY name COLLATE NOCASE`,
    ),
    listAll: db.prepare<[], CohortRow>(
      `SELECT ${COLUMNS} FROM cohort WHERE deleted_at IS NULL ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE`,
    ),
    get: db.prepare<[string], CohortRow>(`SELECT ${COLUMNS} FROM cohort WHERE id = ? AND deleted_at IS NULL`),
    insert: db.prepare(
      `INSERT INTO cohort (id, name, organisation, campaign, hashtag, media_date, press_contact, created_at, updated_at)
       VALUES (@id, @name, @organisation, @campaign, @hashtag, @mediaDate, @pressContact, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE cohort SET name = @name, organisation = @organisation, campaign = @campaign, hashtag = @hashtag,
       media_date = @mediaDate, press_contact = @pressContact, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
    ),
    setArchived: db.prepare(
      'UPDATE cohort SET archived_at = @archivedAt, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
    ),
    languageRules: db.prepare<[string], { language_rules: string }>(
      'SELECT language_rules FROM cohort WHERE id = ? AND deleted_at IS NULL',
    ),
    setLanguageRules: db.prepare(
      'UPDATE cohort SET language_rules = @rules, updated_at = @now WHERE id = @id AND deleted_at IS NULL',
    ),
  };

  const params = (id: string, fields: CohortFields, now: string) => ({
    id,
    name: fields.name,
    organisation: fields.organisation,
    campaign: fields.campaign,
    hashtag: fields.hashtag,
    mediaDate: fields.mediaDate,
    pressContact: JSON.stringify(fields.pressContact),
    now,
  });

  return {
    list(includeArchived = false): Cohort[] {
      return (includeArchived ? statements.listAll : statements.list).all().map(toCohort);
    },
    get(id: string): Cohort | undefined {
      const row = statements.get.get(id);
      return row ? toCohort(row) : undefined;
    },
    insert(id: string, fields: CohortFields, now: string): void {
      statements.insert.run(params(id, fields, now));
    },
    update(id: string, fields: CohortFields, now: string): void {
      statements.update.run(params(id, fields, now));
    },
    setArchived(id: string, archivedAt: string | null, now: string): void {
      statements.setArchived.run({ id, archivedAt, now });
    },
    /** The cohort's own language rules as stored JSON text (validated by the service), or undefined. */
    languageRulesJson(id: string): string | undefined {
      return statements.languageRules.get(id)?.language_rules;
    },
    setLanguageRules(id: string, json: string, now: string): void {
      statements.setLanguageRules.run({ id, rules: json, now });
    },
  };
}

export type CohortRepository = ReturnType<typeof createCohortRepository>;
