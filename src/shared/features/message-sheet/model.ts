/**
 * The message sheet model: exactly what a press contact may see about one ambassador, and nothing else.
 * `buildSheetModel` is the only way to make one. It copies fields one by one from the inputs (never spreads
 * a profile), so private details, full names in other modes, comments, drafts and other people's data cannot
 * reach the template even by accident.
 */
import { publicName, type Ambassador, type NameMode } from '../ambassadors/schemas';
import type { Cohort, PressContact } from '../cohorts/schemas';
import { normaliseHashtag } from '../cohorts/hashtag';
import type { MessageHouse } from '../key-messages/schemas';
import type { Quote } from '../quotes/schemas';
import { embedImage, embedProblem, NOT_AN_IMAGE_LOGO, type EmbeddedImage } from './images';
import { MAX_SHEET_QUOTES, NAME_MODE_PRIVACY, type SheetOptions } from './options';
import type { Paper } from './paper';

export interface SheetKeyMessage {
  message: string;
  /** One proof point (the first one with text), or null when the key message has none. */
  proof: string | null;
  /** Where that proof point comes from (a fact's source), or null when none is given. */
  source: string | null;
}

export interface SheetModel {
  paper: Paper;
  /** PDF title: "Message sheet - <public name>". */
  title: string;
  /** PDF author: the organisation (empty when the cohort names none). */
  author: string;
  publicName: string;
  nameMode: NameMode;
  pronouns: string;
  role: string;
  bio: string;
  photo: EmbeddedImage | null;
  logo: EmbeddedImage | null;
  organisation: string;
  campaign: string;
  hashtag: string;
  umbrella: string;
  keyMessages: SheetKeyMessage[];
  quotes: string[];
  languages: string[];
  topicsWelcome: string[];
  topicsDeclined: string[];
  /** The organisation's press contact; never the ambassador's own details. */
  pressContact: PressContact;
  /** The cohort's media date (YYYY-MM-DD) or ''. */
  mediaDate: string;
  /** The day the sheet was made (YYYY-MM-DD). */
  preparedOn: string;
}

export interface SheetInputs {
  ambassador: Ambassador;
  /** The ambassador's cohort, or null when they are in none. */
  cohort: Cohort | null;
  /** The ambassador's houses; anything belonging to someone else is ignored. */
  houses: readonly MessageHouse[];
  /** The ambassador's quotes, in any status; only approved ones with consent can be used. */
  quotes: readonly Quote[];
  photo: Uint8Array | null;
  logo: Uint8Array | null;
  options: SheetOptions;
  /** Now, as an ISO timestamp (the sheet prints the date part). */
  now: string;
}

export const REFUSAL_CODES = [
  'NO_PRIMARY_HOUSE',
  'HOUSE_NOT_FOUND',
  'HOUSE_EMPTY',
  'NO_APPROVED_QUOTE',
  'QUOTE_NOT_USABLE',
  'NAME_MODE_LESS_PRIVATE',
  'PHOTO_NOT_ALLOWED',
  'NO_PHOTO',
  'TOPIC_NOT_IN_PROFILE',
  'LOGO_NOT_IMAGE',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface SheetRefusal {
  code: RefusalCode;
  /** One or two plain sentences that say what to do. */
  message: string;
}

export type SheetBuild = { ok: true; model: SheetModel } | { ok: false; refusal: SheetRefusal };

const refuse = (code: RefusalCode, message: string): SheetBuild => ({ ok: false, refusal: { code, message } });

/** Approved, not retired, and the ambassador has not withdrawn consent. */
export function isUsableQuote(q: Pick<Quote, 'status' | 'consentWithdrawn' | 'text'>): boolean {
  return q.status === 'approved' && !q.consentWithdrawn && q.text.trim() !== '';
}

/** Usable quotes, linked to the given house first, then in the order they were approved. */
export function usableQuotes(quotes: readonly Quote[], ambassadorId: string, houseId: string | null): Quote[] {
  const usable = quotes.filter((q) => q.ambassadorId === ambassadorId && isUsableQuote(q));
  const linked = (q: Quote) => (houseId !== null && q.houseId === houseId ? 0 : 1);
  return [...usable].sort((a, b) => linked(a) - linked(b) || (a.approvedAt ?? '').localeCompare(b.approvedAt ?? ''));
}

/** The house a sheet uses by default: the primary one. */
export function primaryHouse(houses: readonly MessageHouse[], ambassadorId: string): MessageHouse | null {
  return houses.find((h) => h.ambassadorId === ambassadorId && h.isPrimary) ?? null;
}

function clean(value: string): string {
  return value.trim();
}

function cleanList(values: readonly string[]): string[] {
  return values.map(clean).filter((v) => v !== '');
}

function quoteProblem(q: Quote | undefined, position: number): string | null {
  const which = `Quote ${position}`;
  if (!q) return `${which} is not one of this ambassador's quotes.`;
  if (q.consentWithdrawn) return `${which} cannot be used: consent for it was withdrawn.`;
  if (q.status === 'retired') return `${which} is retired, so it cannot go on the sheet.`;
  if (q.status !== 'approved') return `${which} is not approved yet. Only approved quotes go on the sheet.`;
  if (q.text.trim() === '') return `${which} is empty.`;
  return null;
}

function chooseTopics(
  profile: readonly string[],
  chosen: readonly string[] | undefined,
  label: string,
): { ok: true; topics: string[] } | { ok: false; message: string } {
  const available = cleanList(profile);
  if (chosen === undefined) return { ok: true, topics: available };
  const picked: string[] = [];
  for (const topic of chosen) {
    const match = available.find((t) => t === clean(topic));
    if (match === undefined) return { ok: false, message: `“${clean(topic)}” is not one of the profile's ${label}.` };
    if (!picked.includes(match)) picked.push(match);
  }
  return { ok: true, topics: picked };
}

export function buildSheetModel(inputs: SheetInputs): SheetBuild {
  const { ambassador: a, cohort, options } = inputs;
  const name = publicName(a);

  // Name: the profile's mode or a more private one.
  const nameMode = options.nameMode ?? a.nameMode;
  if (NAME_MODE_PRIVACY[nameMode] < NAME_MODE_PRIVACY[a.nameMode]) {
    return refuse(
      'NAME_MODE_LESS_PRIVATE',
      `The sheet cannot name ${name} less privately than their profile does. Change the profile's public name first if they agree.`,
    );
  }
  const shownName = publicName({ ...a, nameMode });

  // House: the chosen one (it must be theirs) or the primary one.
  const houses = inputs.houses.filter((h) => h.ambassadorId === a.id);
  let house: MessageHouse | null;
  if (options.houseId !== undefined) {
    house = houses.find((h) => h.id === options.houseId) ?? null;
    if (!house) return refuse('HOUSE_NOT_FOUND', 'That Message House is not one of this ambassador’s.');
  } else {
    house = primaryHouse(houses, a.id);
    if (!house) {
      return refuse(
        'NO_PRIMARY_HOUSE',
        `${shownName} has no primary Message House yet. Create one (or mark one as primary) first.`,
      );
    }
  }
  const keyMessages: SheetKeyMessage[] = house.pillars
    .filter((p) => p.message.trim() !== '')
    .slice(0, 3)
    .map((p) => {
      const proof = p.proofs.find((pr) => pr.text.trim() !== '');
      const source = proof ? clean(proof.source) : '';
      return { message: clean(p.message), proof: proof ? clean(proof.text) : null, source: source || null };
    });
  const umbrella = clean(house.umbrella);
  if (umbrella === '' && keyMessages.length === 0) {
    return refuse('HOUSE_EMPTY', 'The Message House has no umbrella message and no key messages yet. Add them first.');
  }

  // Quotes: 1 to 3 approved quotes with consent, from this ambassador only.
  const own = inputs.quotes.filter((q) => q.ambassadorId === a.id);
  let quotes: Quote[];
  if (options.quoteIds !== undefined) {
    quotes = [];
    for (const [i, id] of options.quoteIds.entries()) {
      const q = own.find((candidate) => candidate.id === id);
      const problem = quoteProblem(q, i + 1);
      if (problem || !q) return refuse('QUOTE_NOT_USABLE', problem ?? 'That quote cannot be used.');
      quotes.push(q);
    }
  } else {
    quotes = usableQuotes(own, a.id, house.id).slice(0, MAX_SHEET_QUOTES);
  }
  if (quotes.length === 0) {
    return refuse(
      'NO_APPROVED_QUOTE',
      `${shownName} has no approved quote yet. A trainer approves quotes in the review queue.`,
    );
  }

  // Photo: only with consent, and only when asked for (by default when there is one).
  const wantPhoto = options.includePhoto ?? (a.photoConsent && inputs.photo !== null);
  let photo: EmbeddedImage | null = null;
  if (wantPhoto) {
    if (!a.photoConsent)
      return refuse('PHOTO_NOT_ALLOWED', `${shownName} has not agreed to a photo, so the sheet has none.`);
    if (!inputs.photo)
      return refuse(
        'NO_PHOTO',
        `There is no photo of ${shownName} yet. Add one to the profile, or leave the photo out.`,
      );
    photo = embedImage(inputs.photo);
    if (!photo) {
      // Stored photos are cleaned when saved and at startup; one that still carries details is never printed.
      const message =
        embedProblem(inputs.photo) === 'hidden-details'
          ? 'The stored photo still carries hidden details, such as where it was taken, so it cannot go on a sheet. Upload it again.'
          : 'The stored photo is not an image we can print. Upload it again.';
      return refuse('NO_PHOTO', message);
    }
  }

  let logo: EmbeddedImage | null = null;
  if (inputs.logo) {
    logo = embedImage(inputs.logo);
    if (!logo) {
      const message =
        embedProblem(inputs.logo) === 'hidden-details'
          ? 'The logo still carries hidden details (such as who made it and where), so it cannot go on a sheet. Upload it again.'
          : NOT_AN_IMAGE_LOGO;
      return refuse('LOGO_NOT_IMAGE', message);
    }
  }

  const welcome = chooseTopics(a.topicsWelcome, options.topicsWelcome, 'welcome topics');
  if (!welcome.ok) return refuse('TOPIC_NOT_IN_PROFILE', welcome.message);
  const declined = chooseTopics(a.topicsDeclined, options.topicsDeclined, 'declined topics');
  if (!declined.ok) return refuse('TOPIC_NOT_IN_PROFILE', declined.message);

  const organisation = clean(cohort?.organisation ?? '');
  return {
    ok: true,
    model: {
      paper: options.paper ?? 'A4',
      title: `Message sheet - ${shownName}`,
      author: organisation,
      publicName: shownName,
      nameMode,
      pronouns: clean(a.pronouns),
      role: clean(a.role),
      bio: clean(a.shortBio),
      photo,
      logo,
      organisation,
      campaign: clean(cohort?.campaign ?? ''),
      // Older cohorts may hold a tag typed without "#"; the sheet prints it as a hashtag either way.
      hashtag: normaliseHashtag(cohort?.hashtag ?? ''),
      umbrella,
      keyMessages,
      quotes: quotes.map((q) => clean(q.text)),
      languages: cleanList(a.languages),
      topicsWelcome: welcome.topics,
      topicsDeclined: declined.topics,
      pressContact: {
        name: clean(cohort?.pressContact.name ?? ''),
        email: clean(cohort?.pressContact.email ?? ''),
        phone: clean(cohort?.pressContact.phone ?? ''),
      },
      mediaDate: cohort?.mediaDate ?? '',
      preparedOn: inputs.now.slice(0, 10),
    },
  };
}

/**
 * The line under each quote: who said it, in the words the sheet already prints (the public name in the
 * sheet's name mode, the role, the campaign), so it can never name someone more than the sheet does.
 */
export function quoteAttribution(model: Pick<SheetModel, 'publicName' | 'role' | 'campaign'>): string {
  return [model.publicName, model.role, model.campaign].filter((part) => part !== '').join(', ');
}

/** A file name that is safe on Windows, macOS and Linux: "Message sheet - <public name>.pdf". */
export function safeFileName(base: string, extension = 'pdf'): string {
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned);
  const safe = cleaned === '' || reserved ? 'Message sheet' : cleaned;
  // Keep the name well under the 255-byte limit of common file systems, whole characters only.
  const chars = Array.from(safe);
  let out = '';
  for (const ch of chars) {
    if (new TextEncoder().encode(out + ch).length > 200) break;
    out += ch;
  }
  return `${out.trim()}.${extension}`;
}
