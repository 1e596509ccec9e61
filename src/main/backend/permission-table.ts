/**
 * The one permission table: every feature's entries, one line each. Its type is the contract's channel list, so
 * a channel without an entry is a compile error (and the permission matrix test covers each one at run time).
 */
import { accessPermissions } from '../features/access/permissions';
import { agendaPermissions } from '../features/agenda/permissions';
import { ambassadorPermissions } from '../features/ambassadors/permissions';
import { appPermissions } from '../features/app/permissions';
import { bundlePermissions } from '../features/bundles/permissions';
import { trashPermissions } from '../features/trash/permissions';
import { repairPermissions } from '../features/repair/permissions';
import { backupPermissions } from '../features/backup/permissions';
import { cohortPermissions } from '../features/cohorts/permissions';
import { commentPermissions } from '../features/comments/permissions';
import { historyPermissions } from '../features/history/permissions';
import { keyMessagePermissions } from '../features/key-messages/permissions';
import { languageRulePermissions } from '../features/language-rules/permissions';
import { messageSheetPermissions } from '../features/message-sheet/permissions';
import { questionBankPermissions } from '../features/question-bank/permissions';
import { quotePermissions } from '../features/quotes/permissions';
import { rehearsalPermissions } from '../features/rehearsal/permissions';
import { hotSeatPermissions } from '../features/rehearsal/hot-seat-permissions';
import { interviewPermissions } from '../features/interviews/permissions';
import { planPermissions } from '../features/plan/permissions';
import { reviewPermissions } from '../features/review/permissions';
import { sampleDataPermissions } from '../features/sample-data/permissions';
import { searchPermissions } from '../features/search/permissions';
import { settingsPermissions } from '../features/settings/permissions';
import type { Permissions } from './permissions';

export const PERMISSIONS: Permissions = {
  ...appPermissions,
  ...settingsPermissions,
  ...accessPermissions,
  ...cohortPermissions,
  ...ambassadorPermissions,
  ...historyPermissions,
  ...keyMessagePermissions,
  ...quotePermissions,
  ...commentPermissions,
  ...reviewPermissions,
  ...searchPermissions,
  ...questionBankPermissions,
  ...rehearsalPermissions,
  ...hotSeatPermissions,
  ...interviewPermissions,
  ...planPermissions,
  ...languageRulePermissions,
  ...messageSheetPermissions,
  ...agendaPermissions,
  ...sampleDataPermissions,
  ...bundlePermissions,
  ...trashPermissions,
  ...repairPermissions,
  ...backupPermissions,
};
