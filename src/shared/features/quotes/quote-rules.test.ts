/**
 * The shared rules a quote's review rests on, with literal expectations: which texts a quote has, what the
 * approval hash covers (and in which order), the status machine, and the words the review screens show.
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../sha256';
import {
  ALL_TEXTS,
  consentSaysWhere,
  describeFindings,
  quoteFieldLabel,
  unreadFindings,
  unreadFindingsMessage,
  type QuoteFinding,
} from './approval';
import { emptyQuoteFields, nextStatus, QUOTE_STATUSES, quoteTexts, type QuoteFields } from './schemas';
import { approvableText, quoteTextHash, textChangedMessage } from './text-hash';

const finding = (id: string, kind: QuoteFinding['kind']): QuoteFinding => ({
  id,
  kind,
  severity: 'warning',
  field: 'text',
  message: 'm',
  suggestion: 's',
});

const QUOTE: QuoteFields = {
  ...emptyQuoteFields(),
  text: 'We are neighbours.',
  outlet: 'Harbour FM',
  occasion: 'Migrants Day',
  variants: { pressRelease: 'PR', soundbite: 'SB', social: 'SO', socialPlatform: 'bluesky' },
};

describe('a new quote', () => {
  it('starts with every text empty, on X, with consent neither given for all uses nor withdrawn', () => {
    expect(emptyQuoteFields()).toEqual({
      houseId: null,
      pillarId: null,
      text: '',
      outlet: '',
      occasion: '',
      variants: { pressRelease: '', soundbite: '', social: '', socialPlatform: 'x' },
      consentNotes: '',
      consentUnrestricted: false,
      consentWithdrawn: false,
    });
  });
});

describe('quoteTexts', () => {
  it('lists each text that holds words, with the field it is in, in the editor’s order', () => {
    expect(quoteTexts(QUOTE)).toEqual([
      { field: 'text', text: 'We are neighbours.' },
      { field: 'variants.pressRelease', text: 'PR' },
      { field: 'variants.soundbite', text: 'SB' },
      { field: 'variants.social', text: 'SO' },
      { field: 'outlet', text: 'Harbour FM' },
      { field: 'occasion', text: 'Migrants Day' },
    ]);
  });

  it('leaves out empty and blank texts', () => {
    const q = { ...QUOTE, outlet: '  \n', variants: { ...QUOTE.variants, pressRelease: '', soundbite: ' ' } };
    expect(quoteTexts(q).map((t) => t.field)).toEqual(['text', 'variants.social', 'occasion']);
  });
});

describe('the approval hash', () => {
  it('covers the printed texts and the platform, in a fixed order', () => {
    expect(approvableText(QUOTE)).toBe('["We are neighbours.","Harbour FM","Migrants Day","PR","SB","SO","bluesky"]');
    expect(quoteTextHash(QUOTE)).toBe(sha256Hex(approvableText(QUOTE)));
    expect(quoteTextHash(QUOTE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any covered field, not with consent', () => {
    const base = quoteTextHash(QUOTE);
    expect(quoteTextHash({ ...QUOTE, outlet: 'Other' })).not.toBe(base);
    expect(quoteTextHash({ ...QUOTE, variants: { ...QUOTE.variants, socialPlatform: 'x' } })).not.toBe(base);
    const consent = { ...QUOTE, consentNotes: 'Radio only', consentWithdrawn: true };
    expect(quoteTextHash(consent)).toBe(base);
  });

  it('says which action the changed text stopped', () => {
    expect(textChangedMessage('approve')).toBe(
      'This quote changed after you opened it; read the new text, then approve.',
    );
    expect(textChangedMessage('sendBack')).toBe(
      'This quote changed after you opened it; read the new text, then send it back.',
    );
  });
});

describe('the status machine', () => {
  it('allows exactly these moves', () => {
    const moves = QUOTE_STATUSES.flatMap((from) =>
      (['submit', 'approve', 'sendBack', 'retire'] as const).map(
        (action) => `${from} ${action} → ${nextStatus(from, action)}`,
      ),
    );
    expect(moves).toEqual([
      'draft submit → in_review',
      'draft approve → null',
      'draft sendBack → null',
      'draft retire → retired',
      'in_review submit → null',
      'in_review approve → approved',
      'in_review sendBack → draft',
      'in_review retire → retired',
      'approved submit → null',
      'approved approve → null',
      'approved sendBack → null',
      'approved retire → retired',
      'retired submit → null',
      'retired approve → null',
      'retired sendBack → null',
      'retired retire → null',
    ]);
  });
});

describe('review wording', () => {
  it('names each text as the editor does, and an unknown field by itself', () => {
    expect(quoteFieldLabel('text')).toBe('Quote');
    expect(quoteFieldLabel('variants.soundbite')).toBe('Broadcast soundbite');
    expect(quoteFieldLabel(ALL_TEXTS)).toBe('All the quote’s texts together');
    expect(quoteFieldLabel('somethingNew')).toBe('somethingNew');
  });

  it('counts open findings by kind, in words', () => {
    expect(describeFindings([])).toBe('');
    expect(describeFindings([finding('a', 'language')])).toBe('1 language finding');
    expect(describeFindings([finding('a', 'language'), finding('b', 'safeguarding'), finding('c', 'language')])).toBe(
      '1 safeguarding finding and 2 language findings',
    );
    expect(unreadFindingsMessage([finding('a', 'safeguarding')])).toBe(
      'Read this quote’s open findings before approving it: 1 safeguarding finding.',
    );
  });

  it('unread findings are those not in the read list (all of them when none was read)', () => {
    const all = [finding('a', 'language'), finding('b', 'safeguarding')];
    expect(unreadFindings(all)).toEqual(all);
    expect(unreadFindings(all, ['b'])).toEqual([all[0]]);
  });

  it('consent says where: notes with words, or the explicit “no restrictions”', () => {
    expect(consentSaysWhere({ consentNotes: ' ', consentUnrestricted: false })).toBe(false);
    expect(consentSaysWhere({ consentNotes: '', consentUnrestricted: undefined })).toBe(false);
    expect(consentSaysWhere({ consentNotes: 'Radio', consentUnrestricted: false })).toBe(true);
    expect(consentSaysWhere({ consentNotes: '', consentUnrestricted: true })).toBe(true);
  });
});
