/**
 * Small rules of the sheet and its gate, pinned word for word: the refusal paragraph, the attribution line under
 * each quote, which quotes are usable, and the file name every platform can save.
 */
import { describe, expect, it } from 'vitest';
import { blockingFindings, gateRefusalMessage, type GateFinding } from './gate';
import { isUsableQuote, quoteAttribution, safeFileName } from './model';

const finding = (message: string, confirmed = false): GateFinding => ({
  id: `text:employer:${message}`,
  field: 'text',
  label: 'Quote',
  kind: 'employer',
  detailIndex: 0,
  confirmable: true,
  confirmed,
  message,
});

describe('gateRefusalMessage', () => {
  it('nothing to say without a blocking finding', () => {
    expect(gateRefusalMessage([])).toBe('');
  });

  it('the first finding, then how many more, in the singular and the plural', () => {
    expect(gateRefusalMessage([finding('A.')])).toBe('The sheet was not exported: A.');
    expect(gateRefusalMessage([finding('A.'), finding('B.')])).toBe(
      'The sheet was not exported: A. (and 1 more item to check)',
    );
    expect(gateRefusalMessage([finding('A.'), finding('B.'), finding('C.')])).toBe(
      'The sheet was not exported: A. (and 2 more items to check)',
    );
  });

  it('only unconfirmed findings block', () => {
    const open = finding('Open.');
    expect(blockingFindings([finding('Done.', true), open])).toEqual([open]);
  });
});

describe('quoteAttribution', () => {
  it('name, role and campaign, leaving out the empty ones', () => {
    expect(quoteAttribution({ publicName: 'Amina', role: 'Nurse', campaign: 'Harbour Voices' })).toBe(
      'Amina, Nurse, Harbour Voices',
    );
    expect(quoteAttribution({ publicName: 'Amina', role: '', campaign: 'Harbour Voices' })).toBe(
      'Amina, Harbour Voices',
    );
    expect(quoteAttribution({ publicName: '', role: '', campaign: '' })).toBe('');
  });
});

describe('isUsableQuote', () => {
  it('approved, consent not withdrawn, and with words', () => {
    const q = { status: 'approved' as const, consentWithdrawn: false, text: 'We are neighbours.' };
    expect(isUsableQuote(q)).toBe(true);
    expect(isUsableQuote({ ...q, text: '  ' })).toBe(false);
    expect(isUsableQuote({ ...q, consentWithdrawn: true })).toBe(false);
    expect(isUsableQuote({ ...q, status: 'in_review' })).toBe(false);
  });
});

describe('safeFileName', () => {
  it('keeps a plain name, with its extension', () => {
    expect(safeFileName('Message sheet - Amina')).toBe('Message sheet - Amina.pdf');
    expect(safeFileName('Notes', 'txt')).toBe('Notes.txt');
  });

  it('replaces characters no file system takes, and folds runs of spaces into one', () => {
    expect(safeFileName('A<b>c:d"e/f\\g|h?i*j')).toBe('A b c d e f g h i j.pdf');
    expect(safeFileName('Amina \t\n  Yusuf')).toBe('Amina Yusuf.pdf');
  });

  it('takes all leading and trailing dots and spaces off', () => {
    expect(safeFileName(' .. Amina .. ')).toBe('Amina.pdf');
  });

  it('a reserved Windows name, or nothing left, becomes "Message sheet"', () => {
    for (const reserved of ['CON', 'nul', 'com1', 'LPT9']) expect(safeFileName(reserved)).toBe('Message sheet.pdf');
    expect(safeFileName('...')).toBe('Message sheet.pdf');
    expect(safeFileName('console')).toBe('console.pdf');
    expect(safeFileName('com10')).toBe('com10.pdf');
    expect(safeFileName('comx')).toBe('comx.pdf');
    expect(safeFileName('lptx')).toBe('lptx.pdf');
    expect(safeFileName('falcon')).toBe('falcon.pdf');
  });

  it('at most 200 bytes before the extension, cutting between whole characters', () => {
    expect(safeFileName('a'.repeat(200))).toBe(`${'a'.repeat(200)}.pdf`);
    expect(safeFileName('a'.repeat(201))).toBe(`${'a'.repeat(200)}.pdf`);
    expect(safeFileName('é'.repeat(101))).toBe(`${'é'.repeat(100)}.pdf`);
    expect(safeFileName(`${'a'.repeat(199)} b`)).toBe(`${'a'.repeat(199)}.pdf`);
  });
});
