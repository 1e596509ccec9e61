/**
 * The handler map: every feature's handlers, one line each. Its type is the contract's channel list, so a
 * channel without a handler (or a handler for a channel that does not exist) is a compile error.
 */
import { accessHandlers } from '../features/access/handlers';
import { agendaHandlers } from '../features/agenda/handlers';
import { ambassadorHandlers } from '../features/ambassadors/handlers';
import { appHandlers } from '../features/app/handlers';
import { bundleHandlers } from '../features/bundles/handlers';
import { trashHandlers } from '../features/trash/handlers';
import { repairHandlers } from '../features/repair/handlers';
import { backupHandlers } from '../features/backup/handlers';
import { cohortHandlers } from '../features/cohorts/handlers';
import { commentHandlers } from '../features/comments/handlers';
import { historyHandlers } from '../features/history/handlers';
import { keyMessageHandlers } from '../features/key-messages/handlers';
import { languageRuleHandlers } from '../features/language-rules/handlers';
import { messageSheetHandlers } from '../features/message-sheet/handlers';
import { questionBankHandlers } from '../features/question-bank/handlers';
import { quoteHandlers } from '../features/quotes/handlers';
import { rehearsalHandlers } from '../features/rehearsal/handlers';
import { hotSeatHandlers } from '../features/rehearsal/hot-seat-handlers';
import { interviewHandlers } from '../features/interviews/handlers';
import { planHandlers } from '../features/plan/handlers';
import { reviewHandlers } from '../features/review/handlers';
import { sampleDataHandlers } from '../features/sample-data/handlers';
import { searchHandlers } from '../features/search/handlers';
import { settingsHandlers } from '../features/settings/handlers';
import type { HandlerEnv, Handlers } from './handler-types';

export type { HandlerCapabilities, HandlerContext, Handlers } from './handler-types';

export function createHandlers(env: HandlerEnv): Handlers {
  return {
    ...appHandlers(env),
    ...settingsHandlers(env),
    ...accessHandlers(env),
    ...cohortHandlers(env),
    ...ambassadorHandlers(env),
    ...historyHandlers(env),
    ...keyMessageHandlers(env),
    ...quoteHandlers(env),
    ...commentHandlers(env),
    ...reviewHandlers(env),
    ...searchHandlers(env),
    ...questionBankHandlers(env),
    ...rehearsalHandlers(env),
    ...hotSeatHandlers(env),
    ...interviewHandlers(env),
    ...planHandlers(env),
    ...languageRuleHandlers(env),
    ...messageSheetHandlers(env),
    ...agendaHandlers(env),
    ...sampleDataHandlers(env),
    ...bundleHandlers(env),
    ...trashHandlers(env),
    ...repairHandlers(env),
    ...backupHandlers(env),
  };
}
