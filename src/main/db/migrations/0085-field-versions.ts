import type { Migration } from './types';

/**
 * Field-level conflicts for the documents people edit in several windows at once (quotes, houses, profiles). `field_versions` records,
 * per field of a quote, message house or profile, the row version at which it last changed (see
 * `src/main/db/field-versions.ts` for the rule); `{}` means "nothing known per field", and then any change since
 * an editor's base version counts as a conflict. `approved_hash` binds a quote's approval to the exact text the
 * trainer saw.
 */
export const fieldVersions: Migration = {
  version: 85,
  name: 'field-versions',
  up(db) {
    db.exec(`
      ALTER TABLE quote ADD COLUMN field_versions TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE quote ADD COLUMN approved_hash TEXT;
      ALTER TABLE message_house ADD COLUMN field_versions TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE ambassador ADD COLUMN field_versions TEXT NOT NULL DEFAULT '{}';
    `);
  },
};
