/**
 * The one contract between renderer and backend: every feature's channels, one line each. A channel
 * (`domain:verb`) names its zod input schema, its output type and the data it reads or changes (see
 * channel.ts). The transports, the renderer client and the handler map are derived from this object, so a
 * channel added to a feature without a handler fails to compile.
 */
import type { z } from 'zod';
import { composeChannels, type OutputOf } from './channel';
import { accessChannels } from './features/access/channels';
import { agendaChannels } from './features/agenda/channels';
import { ambassadorChannels } from './features/ambassadors/channels';
import { backupChannels } from './features/backup/channels';
import { bundleChannels } from './features/bundles/channels';
import { trashChannels } from './features/trash/channels';
import { repairChannels } from './features/repair/channels';
import { appChannels } from './features/app/channels';
import { cohortChannels } from './features/cohorts/channels';
import { commentChannels } from './features/comments/channels';
import { historyChannels } from './features/history/channels';
import { interviewChannels } from './features/interviews/channels';
import { keyMessageChannels } from './features/key-messages/channels';
import { languageRuleChannels } from './features/language-rules/channels';
import { messageSheetChannels } from './features/message-sheet/channels';
import { planChannels } from './features/plan/channels';
import { questionBankChannels } from './features/question-bank/channels';
import { quoteChannels } from './features/quotes/channels';
import { hotSeatChannels, rehearsalChannels } from './features/rehearsal/channels';
import { reviewChannels } from './features/review/channels';
import { sampleDataChannels } from './features/sample-data/channels';
import { searchChannels } from './features/search/channels';
import { settingsChannels } from './features/settings/channels';
import type { Result } from './result';

export const contract = composeChannels(
  appChannels,
  settingsChannels,
  accessChannels,
  cohortChannels,
  ambassadorChannels,
  historyChannels,
  keyMessageChannels,
  quoteChannels,
  commentChannels,
  reviewChannels,
  searchChannels,
  questionBankChannels,
  rehearsalChannels,
  hotSeatChannels,
  languageRuleChannels,
  messageSheetChannels,
  agendaChannels,
  interviewChannels,
  planChannels,
  sampleDataChannels,
  backupChannels,
  // Before bundles: the contract-wide tests repair their damaged fixtures before exporting (a damaged row is refused).
  repairChannels,
  bundleChannels,
  trashChannels,
);

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = OutputOf<Contract[C]>;

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The API the renderer sees, whichever transport carries it. */
export type StudioApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};
