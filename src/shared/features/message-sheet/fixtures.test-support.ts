/** Plain objects for the pure sheet tests: an ambassador with private details, their cohort, house and quotes. */
import type { Ambassador } from '../ambassadors/schemas';
import type { Cohort } from '../cohorts/schemas';
import type { MessageHouse } from '../key-messages/schemas';
import type { Quote, QuoteStatus } from '../quotes/schemas';
import type { SheetInputs } from './model';

export const NOW = '2026-10-01T09:00:00.000Z';
export const AMBASSADOR_ID = '11111111-1111-4111-8111-111111111111';
export const OTHER_ID = '22222222-2222-4222-8222-222222222222';
export const HOUSE_ID = '33333333-3333-4333-8333-333333333333';
/** A whole 1 x 1 PNG (IHDR, IDAT, IEND and nothing else): the sheet embeds only images it can read to the end. */
export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49,
  0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0xfc, 0xcf, 0xc0, 0x50, 0x0f, 0x00, 0x04, 0x85, 0x01, 0x80, 0x84, 0xa9, 0x8c,
  0x21, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

export function ambassador(overrides: Partial<Ambassador> = {}): Ambassador {
  return {
    id: AMBASSADOR_ID,
    version: 1,
    deviceId: 'device',
    cohortId: 'c0000000-0000-4000-8000-000000000000',
    fullName: 'Olena Kovalenko',
    firstName: 'Olena',
    pseudonym: 'Maya',
    nameMode: 'first',
    pronouns: 'she/her',
    role: 'Community choir leader',
    languages: ['English', 'Ukrainian (українська)'],
    shortBio: 'Olena started a choir in a church hall with six singers.',
    longBio: 'LONG-BIO-not-on-the-sheet',
    photoConsent: true,
    topicsWelcome: ['Music and community', 'Volunteering'],
    topicsDeclined: ['The war', 'Family left behind'],
    privateDetails: [
      { kind: 'current_location', value: 'Elm Street hostel' },
      { kind: 'employer', value: 'Northgate Imaging Ltd' },
    ],
    hasPhoto: true,
    archivedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function cohort(overrides: Partial<Cohort> = {}): Cohort {
  return {
    id: 'c0000000-0000-4000-8000-000000000000',
    name: 'Demo cohort',
    organisation: 'Harbour Voices',
    campaign: 'Home Is Where We Build It',
    hashtag: '#WeBuildHome',
    mediaDate: '2026-12-18',
    pressContact: { name: 'Press desk', email: 'press@example.org', phone: '+44 20 0000 0000' },
    archivedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function house(overrides: Partial<MessageHouse> = {}): MessageHouse {
  const pillar = (n: number) => ({
    id: `p${n}000000-0000-4000-8000-000000000000`,
    message: `Key message ${n}`,
    proofs: [
      { id: `f${n}000000-0000-4000-8000-000000000000`, kind: 'fact' as const, text: `Proof ${n}`, source: '' },
      { id: `g${n}000000-0000-4000-8000-000000000000`, kind: 'story' as const, text: `Second proof ${n}`, source: '' },
    ],
  });
  return {
    id: HOUSE_ID,
    ambassadorId: AMBASSADOR_ID,
    isPrimary: true,
    version: 1,
    deviceId: 'device',
    template: 'house',
    title: 'Main',
    audience: 'AUDIENCE-not-on-the-sheet',
    goal: 'GOAL-not-on-the-sheet',
    umbrella: 'Migrants build the places we all call home.',
    pillars: [pillar(1), pillar(2), pillar(3)],
    criticism: 'CRITICISM-not-on-the-sheet',
    response: 'RESPONSE-not-on-the-sheet',
    callToAction: 'CTA-not-on-the-sheet',
    box: { issue: '', problems: '', soWhat: '', solutions: '', benefits: '' },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

let quoteCount = 0;
export function quote(text: string, status: QuoteStatus = 'approved', overrides: Partial<Quote> = {}): Quote {
  quoteCount += 1;
  return {
    id: `q${String(quoteCount).padStart(7, '0')}-0000-4000-8000-000000000000`,
    ambassadorId: AMBASSADOR_ID,
    status,
    approvedBy: status === 'approved' || status === 'retired' ? 'APPROVER-not-on-the-sheet' : null,
    approvedAt: status === 'approved' ? `2026-09-0${(quoteCount % 9) + 1}T10:00:00.000Z` : null,
    parentId: null,
    approvedHash: null,
    version: 1,
    deviceId: 'device',
    houseId: null,
    pillarId: null,
    text,
    outlet: 'OUTLET-not-on-the-sheet',
    occasion: 'OCCASION-not-on-the-sheet',
    variants: { pressRelease: 'VARIANT-not-on-the-sheet', soundbite: '', social: '', socialPlatform: 'x' },
    consentNotes: 'CONSENT-NOTES-not-on-the-sheet',
    consentWithdrawn: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function inputs(overrides: Partial<SheetInputs> = {}): SheetInputs {
  return {
    ambassador: ambassador(),
    cohort: cohort(),
    houses: [house()],
    quotes: [quote('A town is made by the people who turn up.'), quote('We sing so nobody sings alone.')],
    photo: PNG,
    logo: null,
    options: {},
    now: NOW,
    ...overrides,
  };
}
