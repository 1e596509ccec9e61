/**
 * Every text a message sheet prints, labelled, for the safeguarding gate: the ambassador's own writing and the
 * cohort's details (campaign, hashtag, organisation, press contact) that are printed on every sheet and on the
 * press pack's cover. The public name also makes the PDF title and file name, and the organisation the PDF
 * author, so checking these covers those too. The attribution under each quote is made of the public name, role
 * and campaign only, all checked here. A test walks the model to make sure no printed text is missed.
 */
import type { PressContact } from '../cohorts/schemas';
import type { SheetModel } from './model';

export interface SheetText {
  /** Stable path, e.g. `keyMessages.1.message`. */
  field: string;
  /** What a person calls it, e.g. "Key message 2". */
  label: string;
  text: string;
}

/** What the cohort gives every sheet (and the press pack's cover). */
export interface CohortPrint {
  campaign: string;
  hashtag: string;
  organisation: string;
  pressContact: PressContact;
}

/** List items are checked as separate paragraphs, so one item never runs into the next. */
const ITEM_BREAK = '\n\n';

/** The cohort's printed details, labelled. */
export function cohortTexts(c: CohortPrint): SheetText[] {
  const out: SheetText[] = [
    { field: 'campaign', label: 'Campaign name', text: c.campaign },
    { field: 'hashtag', label: 'Hashtag', text: c.hashtag },
    { field: 'organisation', label: 'Organisation', text: c.organisation },
    { field: 'pressContact.name', label: 'Press contact name', text: c.pressContact.name },
    { field: 'pressContact.email', label: 'Press contact email', text: c.pressContact.email },
    { field: 'pressContact.phone', label: 'Press contact phone', text: c.pressContact.phone },
  ];
  return out.filter((t) => t.text.trim() !== '');
}

const COHORT_FIELDS = new Set([
  'campaign',
  'hashtag',
  'organisation',
  'pressContact.name',
  'pressContact.email',
  'pressContact.phone',
]);

/** True for the fields that come from the cohort (a trainer changes them, for everyone in it). */
export function isCohortField(field: string): boolean {
  return COHORT_FIELDS.has(field);
}

/** Every text the sheet will print, labelled: the ambassador's own writing first, then the cohort's. */
export function sheetTexts(model: SheetModel): SheetText[] {
  const out: SheetText[] = [
    { field: 'publicName', label: 'Public name', text: model.publicName },
    { field: 'pronouns', label: 'Pronouns', text: model.pronouns },
    { field: 'role', label: 'Role', text: model.role },
    { field: 'bio', label: 'Short bio', text: model.bio },
    { field: 'umbrella', label: 'Umbrella message', text: model.umbrella },
  ];
  model.keyMessages.forEach((k, i) => {
    out.push({ field: `keyMessages.${i}.message`, label: `Key message ${i + 1}`, text: k.message });
    if (k.proof !== null)
      out.push({ field: `keyMessages.${i}.proof`, label: `Proof point for key message ${i + 1}`, text: k.proof });
    if (k.source !== null)
      out.push({ field: `keyMessages.${i}.source`, label: `Source for key message ${i + 1}`, text: k.source });
  });
  model.quotes.forEach((q, i) => out.push({ field: `quotes.${i}`, label: `Quote ${i + 1}`, text: q }));
  out.push(
    { field: 'languages', label: 'Languages', text: model.languages.join(ITEM_BREAK) },
    { field: 'topicsWelcome', label: 'Topics welcome', text: model.topicsWelcome.join(ITEM_BREAK) },
    { field: 'topicsDeclined', label: 'Please don’t ask about', text: model.topicsDeclined.join(ITEM_BREAK) },
  );
  return [...out.filter((t) => t.text.trim() !== ''), ...cohortTexts(model)];
}
