/**
 * Conflicts in words: what the row is ("Quote: ‘I came to…’") and the text of each side, so a person can choose
 * without reading JSON. Also the snapshot a choice keeps in history, in the shape each feature's history restores.
 */
import { publicName, type NameMode } from '../../../shared/features/ambassadors/schemas';
import type { VersionedTable } from '../../../shared/features/bundles/rows';
import { houseTexts, type HouseFields } from '../../../shared/features/key-messages/schemas';
import type { BundleRow } from './tables';
import { canonicalJson } from './hash';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const str = (value: unknown) => (typeof value === 'string' ? value : '');

const fieldsOf = (row: BundleRow) => (row.fields ?? {}) as Record<string, unknown>;

function houseText(row: BundleRow): string {
  const fields = fieldsOf(row);
  if (!('umbrella' in fields)) return '';
  return houseTexts(fields as HouseFields)
    .map((t) => t.text)
    .join('\n');
}

function nameOf(row: BundleRow): string {
  return publicName({
    fullName: str(row.full_name),
    firstName: str(row.first_name),
    pseudonym: str(row.pseudonym),
    nameMode: (str(row.name_mode) || 'first') as NameMode,
  });
}

/** The words of one side of a conflict. */
export function rowText(table: VersionedTable, row: BundleRow | undefined): string {
  if (!row) return '(not on this laptop)';
  if (row.deleted_at) return '(deleted)';
  switch (table) {
    case 'quote':
      return str(fieldsOf(row).text);
    case 'message_house':
      return houseText(row);
    case 'ambassador':
      return [nameOf(row), str(row.role), str(row.short_bio)].filter(Boolean).join('\n');
    case 'comment':
      return str(row.body);
    case 'cohort':
      return [row.name, row.organisation, row.campaign, row.hashtag].map(str).filter(Boolean).join('\n');
    case 'question':
      return str(row.text);
    case 'question_set':
      return str(row.name);
    default: {
      const { version: _v, device_id: _d, updated_at: _u, ...content } = row;
      return clip(canonicalJson(content), 500);
    }
  }
}

const TABLE_LABELS: Record<VersionedTable, string> = {
  cohort: 'Cohort',
  ambassador: 'Profile',
  message_house: 'Message house',
  quote: 'Quote',
  comment: 'Comment',
  question: 'Question',
  question_set: 'Question set',
  rehearsal_session: 'Rehearsal',
  take: 'Rehearsal take',
  review_card: 'Practice schedule',
  sheet_confirmation: 'Message sheet confirmation',
  cohort_logo: 'Cohort logo',
};

/** "Quote: ‘I came to…’": the table in words and the first words of whichever side still has some. */
export function conflictLabel(
  table: VersionedTable,
  mine: BundleRow | undefined,
  theirs: BundleRow | undefined,
): string {
  const row = mine ?? theirs;
  const words = row ? (rowText(table, row).split('\n')[0] ?? '') : '';
  const shown = table === 'ambassador' && row ? nameOf(row) : words;
  return shown && !shown.startsWith('(') && !shown.startsWith('{')
    ? `${TABLE_LABELS[table]}: ‘${clip(shown, 60)}’`
    : TABLE_LABELS[table];
}

/** The history entry a resolved conflict keeps of the side it replaced, where the feature keeps history. */
export function historySnapshot(
  table: VersionedTable,
  row: BundleRow,
): { entity: 'quote' | 'house' | 'ambassador' | 'cohort'; snapshot: unknown } | null {
  switch (table) {
    case 'quote':
      return { entity: 'quote', snapshot: { ...fieldsOf(row), status: row.status } };
    case 'message_house':
      return { entity: 'house', snapshot: fieldsOf(row) };
    case 'ambassador':
      return {
        entity: 'ambassador',
        snapshot: {
          cohortId: row.cohort_id,
          fullName: row.full_name,
          firstName: row.first_name,
          pseudonym: row.pseudonym,
          nameMode: row.name_mode,
          pronouns: row.pronouns,
          role: row.role,
          languages: row.languages,
          shortBio: row.short_bio,
          longBio: row.long_bio,
          photoConsent: row.photo_consent === 1,
          topicsWelcome: row.topics_welcome,
          topicsDeclined: row.topics_declined,
          privateDetails: row.private_details,
        },
      };
    case 'cohort':
      return {
        entity: 'cohort',
        snapshot: {
          name: row.name,
          organisation: row.organisation,
          campaign: row.campaign,
          hashtag: row.hashtag,
          mediaDate: row.media_date,
          pressContact: row.press_contact,
        },
      };
    default:
      return null;
  }
}
