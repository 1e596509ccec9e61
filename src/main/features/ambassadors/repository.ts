import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  displayName,
  privateDetailSchema,
  publicName,
  type Ambassador,
  type AmbassadorFields,
  type AmbassadorSummary,
  type NameMode,
} from '../../../shared/features/ambassadors/schemas';
import { readJsonColumn, repairMark } from '../../db/json-column';
import type { DamagedColumn } from '../../../shared/features/repair/schemas';
import {
  FRESH_FIELD_VERSIONS,
  KEEP_FIELD_VERSIONS_IN_STEP,
  readFieldVersions,
  type FieldVersions,
} from '../../db/field-versions';

interface AmbassadorRow {
  id: string;
  cohort_id: string | null;
  full_name: string;
  first_name: string;
  pseudonym: string;
  name_mode: NameMode;
  pronouns: string;
  role: string;
  languages: string;
  short_bio: string;
  long_bio: string;
  photo_media_id: string | null;
  photo_consent: number;
  topics_welcome: string;
  topics_declined: string;
  private_details: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  device_id: string;
}

const stringList = z.array(z.string());
const privateDetails = z.array(privateDetailSchema);

function toAmbassador(row: AmbassadorRow): Ambassador {
  const damaged: DamagedColumn[] = [];
  return {
    id: row.id,
    cohortId: row.cohort_id,
    fullName: row.full_name,
    firstName: row.first_name,
    pseudonym: row.pseudonym,
    nameMode: row.name_mode,
    pronouns: row.pronouns,
    role: row.role,
    languages: readJsonColumn('languages', row.languages, stringList, [], damaged),
    shortBio: row.short_bio,
    longBio: row.long_bio,
    photoConsent: row.photo_consent === 1,
    hasPhoto: row.photo_media_id !== null,
    topicsWelcome: readJsonColumn('topics_welcome', row.topics_welcome, stringList, [], damaged),
    topicsDeclined: readJsonColumn('topics_declined', row.topics_declined, stringList, [], damaged),
    privateDetails: readJsonColumn('private_details', row.private_details, privateDetails, [], damaged),
    archivedAt: row.archived_at,
    version: row.version,
    deviceId: row.device_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...repairMark(damaged),
  };
}

export function toSummary(a: Ambassador): AmbassadorSummary {
  return {
    id: a.id,
    cohortId: a.cohortId,
    displayName: displayName(a),
    publicName: publicName(a),
    nameMode: a.nameMode,
    role: a.role,
    hasPhoto: a.hasPhoto,
    archivedAt: a.archivedAt,
    updatedAt: a.updatedAt,
  };
}

const ORDER =
  "ORDER BY archived_at IS NOT NULL, coalesce(nullif(full_name, ''), nullif(first_name, ''), pseudonym) COLLATE NOCASE";

export function createAmbassadorRepository(db: Database) {
  const statements = {
    listActive: db.prepare<[], AmbassadorRow>(
      `SELECT * FROM ambassador WHERE deleted_at IS NULL AND archived_at IS NULL ${ORDER}`,
    ),
    listAll: db.prepare<[], AmbassadorRow>(`SELECT * FROM ambassador WHERE deleted_at IS NULL ${ORDER}`),
    get: db.prepare<[string], AmbassadorRow>('SELECT * FROM ambassador WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(
      `INSERT INTO ambassador (id, cohort_id, full_name, first_name, pseudonym, name_mode, pronouns, role, languages,
         short_bio, long_bio, photo_consent, topics_welcome, topics_declined, private_details, field_versions,
         created_at, updated_at)
       VALUES (@id, @cohortId, @fullName, @firstName, @pseudonym, @nameMode, @pronouns, @role, @languages,
         @shortBio, @longBio, @photoConsent, @topicsWelcome, @topicsDeclined, @privateDetails,
         '${FRESH_FIELD_VERSIONS}', @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE ambassador SET cohort_id = @cohortId, full_name = @fullName, first_name = @firstName,
         pseudonym = @pseudonym, name_mode = @nameMode, pronouns = @pronouns, role = @role, languages = @languages,
         short_bio = @shortBio, long_bio = @longBio, photo_consent = @photoConsent, topics_welcome = @topicsWelcome,
         topics_declined = @topicsDeclined, private_details = @privateDetails, field_versions = @fieldVersions,
         updated_at = @now
       WHERE id = @id AND version = @version AND deleted_at IS NULL`,
    ),
    fieldVersions: db.prepare<[string], { field_versions: string }>(
      'SELECT field_versions FROM ambassador WHERE id = ?',
    ),
    setArchived: db.prepare(
      `UPDATE ambassador SET archived_at = @archivedAt, ${KEEP_FIELD_VERSIONS_IN_STEP}, updated_at = @now
       WHERE id = @id AND deleted_at IS NULL`,
    ),
    setPhoto: db.prepare(
      `UPDATE ambassador SET photo_media_id = @mediaId, ${KEEP_FIELD_VERSIONS_IN_STEP}, updated_at = @now
       WHERE id = @id AND deleted_at IS NULL`,
    ),
    photoId: db.prepare<[string], { photo_media_id: string | null }>(
      'SELECT photo_media_id FROM ambassador WHERE id = ? AND deleted_at IS NULL',
    ),
  };

  const params = (id: string, f: AmbassadorFields, now: string) => ({
    id,
    cohortId: f.cohortId,
    fullName: f.fullName,
    firstName: f.firstName,
    pseudonym: f.pseudonym,
    nameMode: f.nameMode,
    pronouns: f.pronouns,
    role: f.role,
    languages: JSON.stringify(f.languages),
    shortBio: f.shortBio,
    longBio: f.longBio,
    photoConsent: f.photoConsent ? 1 : 0,
    topicsWelcome: JSON.stringify(f.topicsWelcome),
    topicsDeclined: JSON.stringify(f.topicsDeclined),
    privateDetails: JSON.stringify(f.privateDetails),
    now,
  });

  return {
    list(includeArchived = false): Ambassador[] {
      return (includeArchived ? statements.listAll : statements.listActive).all().map(toAmbassador);
    },
    get(id: string): Ambassador | undefined {
      const row = statements.get.get(id);
      return row ? toAmbassador(row) : undefined;
    },
    insert(id: string, fields: AmbassadorFields, now: string): void {
      statements.insert.run(params(id, fields, now));
    },
    /** False when the row is no longer at `version` (changed by another connection since it was read). */
    update(id: string, version: number, fields: AmbassadorFields, fieldVersions: FieldVersions, now: string): boolean {
      const fv = JSON.stringify(fieldVersions);
      return statements.update.run({ ...params(id, fields, now), version, fieldVersions: fv }).changes === 1;
    },
    fieldVersions(id: string): FieldVersions {
      return readFieldVersions(statements.fieldVersions.get(id)?.field_versions ?? '{}');
    },
    setArchived(id: string, archivedAt: string | null, now: string): void {
      statements.setArchived.run({ id, archivedAt, now });
    },
    photoMediaId(id: string): string | null {
      return statements.photoId.get(id)?.photo_media_id ?? null;
    },
    setPhoto(id: string, mediaId: string | null, now: string): void {
      statements.setPhoto.run({ id, mediaId, now });
    },
  };
}

export type AmbassadorRepository = ReturnType<typeof createAmbassadorRepository>;
