import { formatLongDate } from './dates';
import { quoteAttribution, type SheetModel } from '../../../shared/features/message-sheet/model';

/**
 * "Copy as text": the sheet as plain text for an email, in the same order as the page. Nothing is added
 * that the printed sheet does not show.
 */
export function sheetAsText(model: SheetModel): string {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  const heading = [model.campaign, model.hashtag].filter(Boolean).join('  ');
  if (heading) push(heading);
  if (model.organisation) push(model.organisation);
  if (lines.length > 0) push('');

  push(`${model.publicName}${model.pronouns ? ` (${model.pronouns})` : ''}`);
  if (model.role) push(model.role);
  if (model.bio) push('', model.bio);
  if (model.umbrella) push('', 'Umbrella message', model.umbrella);
  if (model.keyMessages.length > 0) {
    push('', 'Key messages');
    model.keyMessages.forEach((k, i) => {
      push(`${i + 1}. ${k.message}`);
      if (k.proof) push(`   ${k.proof}`);
      if (k.source) push(`   Source: ${k.source}`);
    });
  }
  push('', model.quotes.length > 1 ? 'Quotes' : 'Quote');
  const by = quoteAttribution(model);
  for (const q of model.quotes) push(`“${q}”`, ...(by ? [`— ${by}`] : []));
  push('');
  if (model.languages.length > 0) push(`Interview languages: ${model.languages.join(', ')}`);
  if (model.topicsWelcome.length > 0) push(`Happy to talk about: ${model.topicsWelcome.join(', ')}`);
  if (model.topicsDeclined.length > 0) push(`Please don’t ask about: ${model.topicsDeclined.join(', ')}`);
  const contact = [model.pressContact.name, model.pressContact.email, model.pressContact.phone]
    .filter(Boolean)
    .join(', ');
  push('', `Press contact: ${contact || model.organisation || 'ask the organisation'}`);
  if (model.mediaDate) push(`Media day: ${formatLongDate(model.mediaDate)}`);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
