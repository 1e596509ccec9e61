/**
 * The prep card printed by the real Chromium and read back with poppler: one tagged page, the limits and the
 * messages as text, a long request shrunk to fit, Arabic text as typed, and no private detail anywhere in the file.
 */
import { describe, expect, it } from 'vitest';
import { INTERVIEW_LIMITS } from '../../../../shared/features/interviews/schemas';
import { AppError } from '../../../../shared/result';
import {
  compact,
  normaliseExtracted,
  pdfBytesContain,
  pdfFonts,
  pdfInfo,
  pdfMentions,
  pdfText,
} from '../../../pdf/pdf-inspect.test-support';
import { houseFields, uid } from './fixtures.test-support';
import { LEGAL_CHECK_REMINDER, NOT_FOR_THE_PRESS, ON_THE_RECORD } from './labels';
import { AMIRA, LONG, usePrepCardPdfEnv } from './pdf.test-support';

const { cardFor } = usePrepCardPdfEnv();

describe('prep card PDF (real Chromium)', () => {
  it(
    'prints a short request on one tagged A4 page with the limits, messages and bridging lines',
    async () => {
      const { cards, id } = await cardFor(AMIRA, {});
      const card = await cards.print(id, 'A4');
      expect(card).toMatchObject({ pages: 1, paper: 'A4', fileName: 'Prep card - Harbour FM.pdf' });
      expect(pdfInfo(card.bytes)).toMatchObject({
        Pages: '1',
        Tagged: 'yes',
        Title: 'Prep card - Harbour FM',
        Author: 'Amira',
        Creator: 'Ambassador Studio',
      });
      // Tagged means a structure tree with headings and lists, which screen readers walk.
      for (const tag of ['/StructTreeRoot', '/H1', '/H2', '/L', '/LI'])
        expect(pdfBytesContain(card.bytes, tag)).toBe(true);
      // Lower case on both sides: the header is set in capitals by CSS, and pdftotext reads the capitals.
      const text = compact(pdfText(card.bytes)).toLowerCase();
      for (const shown of [
        NOT_FOR_THE_PRESS,
        'Harbour FM',
        'Dana Price',
        ON_THE_RECORD,
        LEGAL_CHECK_REMINDER,
        'People who arrive here want to give back, and they do.',
        'Forty volunteers, half of them newcomers.',
        'What matters most here is…',
        'Why don’t you go back?',
        'My asylum case',
        'My family',
      ]) {
        expect(text).toContain(compact(shown).toLowerCase());
      }
      expect(pdfFonts(card.bytes).every((f) => f.embedded)).toBe(true);
    },
    LONG,
  );

  it(
    'keeps every private detail of the profile, the family name and the notes out of the file',
    async () => {
      const { cards, id } = await cardFor(AMIRA, { notes: 'Meet Dana at Northway Logistics gate.' });
      const card = await cards.print(id, 'Letter');
      expect(pdfInfo(card.bytes)).toMatchObject({ Pages: '1', 'Page size': '612 x 792 pts (letter)' });
      for (const secret of ['Aleppo', 'Northway', 'Haddad']) expect(pdfMentions(card.bytes, secret)).toEqual([]);
    },
    LONG,
  );

  it(
    'refuses a request whose angle names a private detail, before anything is printed',
    async () => {
      const { cards, id } = await cardFor(AMIRA, { angle: 'From Aleppo to the food bank' });
      const refused = await cards.print(id, 'A4').then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('your home town') });
    },
    LONG,
  );

  it(
    'shrinks a long request onto one page rather than cutting it off',
    async () => {
      const long = (seed: string, max: number) =>
        `${seed} `
          .repeat(Math.ceil(max / (seed.length + 1)))
          .slice(0, max)
          .trim();
      const { cards, id } = await cardFor(
        {
          ...AMIRA,
          topicsDeclined: Array.from({ length: 8 }, (_, i) => `Declined topic number ${i + 1} in some words`),
        },
        {
          journalist: long('Alexandra Montgomery-Fitzwilliam', INTERVIEW_LIMITS.journalist),
          angle: long('How newcomers and long-time residents run the food bank together', INTERVIEW_LIMITS.angle),
          othersInterviewed: long('A councillor, a shop owner and a volunteer', INTERVIEW_LIMITS.others),
          offLimits: Array.from({ length: 10 }, (_, i) => `Request topic ${i + 1}: something not to discuss on air`),
        },
        houseFields({
          umbrella: long('People who arrive here want to give back, and they do it every week', 400),
          pillars: [1, 2, 3].map((n) => ({
            id: uid(n * 10),
            message: long(`Key message ${n} says one clear thing about welcome`, 240),
            proofs: [
              { id: uid(n * 10 + 1), kind: 'story' as const, text: long(`Proof ${n}: a short story`, 500), source: '' },
            ],
          })),
        }),
      );
      const card = await cards.print(id, 'A4');
      expect(pdfInfo(card.bytes)).toMatchObject({ Pages: '1', Tagged: 'yes' });
      const text = compact(pdfText(card.bytes));
      expect(text).toContain(compact('Request topic 10: something not to discuss on air'));
      expect(text).toContain(compact('Declined topic number 8 in some words'));
      expect(text).toContain(compact(ON_THE_RECORD));
      // Made to fit by leaving the proof points off (the key messages stay).
      expect(text).toContain(compact('Key message 3 says one clear thing'));
      expect(text).not.toContain(compact('Proof 1: a short story'));
    },
    LONG,
  );

  it(
    'prints an Arabic name and texts as typed, right to left',
    async () => {
      const { cards, id } = await cardFor(
        { firstName: 'ليلى', fullName: 'ليلى منصور', nameMode: 'first', privateDetails: [] },
        { outlet: 'راديو المدينة', angle: 'قصة المتطوعين في بنك الطعام', offLimits: ['عائلتي'] },
        houseFields({ umbrella: 'الناس الذين يصلون إلى هنا يريدون أن يساعدوا' }),
      );
      const card = await cards.print(id, 'A4');
      expect(card.fileName).toBe('Prep card - راديو المدينة.pdf');
      expect(pdfInfo(card.bytes)).toMatchObject({ Pages: '1', Tagged: 'yes', Author: 'ليلى' });
      const text = normaliseExtracted(pdfText(card.bytes));
      for (const typed of ['ليلى', 'راديو المدينة', 'قصة المتطوعين في بنك الطعام', 'عائلتي'])
        expect(text).toContain(typed);
      expect(pdfMentions(card.bytes, 'منصور')).toEqual([]);
    },
    LONG,
  );

  it(
    'refuses a card that cannot fit one page even without proof points, saying what to shorten',
    async () => {
      const item = (i: number) => `Topic ${i} `.padEnd(190, 'x');
      const { cards, id } = await cardFor(
        { ...AMIRA, topicsDeclined: Array.from({ length: 30 }, (_, i) => item(i + 100)) },
        { offLimits: Array.from({ length: 30 }, (_, i) => item(i)) },
      );
      const refused = await cards.print(id, 'A4').then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/topics off limits/) });
    },
    LONG,
  );
});
