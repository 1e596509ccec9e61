import { initial } from './0010-initial';
import { messagesAndQuotes } from './0020-messages-quotes';
import { rehearsal } from './0030-rehearsal';
import { sheets } from './0040-sheets';
import { cohortLanguageRules } from './0050-cohort-language-rules';
import { access } from './0060-access';
import { cleanImages } from './0070-clean-images';
import { versions } from './0080-versions';
import { fieldVersions } from './0085-field-versions';
import { sync } from './0090-sync';
import { trash } from './0095-trash';
import { agenda } from './0100-agenda';
import { hotSeat } from './0105-hot-seat';
import { interviews } from './0110-interviews';
import type { Migration } from './types';

/** Every migration, in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  messagesAndQuotes,
  rehearsal,
  sheets,
  cohortLanguageRules,
  access,
  cleanImages,
  versions,
  fieldVersions,
  sync,
  trash,
  agenda,
  hotSeat,
  interviews,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
