/** Approving and sending back act on the text the trainer read; approval also needs consent and read findings. */
import { describe, expect, it } from 'vitest';
import { emptyQuoteFields, type Quote } from '../../../shared/features/quotes/schemas';
import type { QuoteFinding } from '../../../shared/features/quotes/approval';
import { quoteTextHash } from '../../../shared/features/quotes/text-hash';
import { AppError } from '../../../shared/result';
import { assertApprovable, assertTextSeen } from './approval';

const quote: Quote = {
  ...emptyQuoteFields(),
  text: 'We are neighbours.',
  consentNotes: 'Radio',
  id: 'q',
  ambassadorId: 'a',
  status: 'in_review',
  approvedBy: null,
  approvedAt: null,
  parentId: null,
  version: 1,
  deviceId: 'd',
  approvedHash: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function refusal(fn: () => void): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: 'none', message: '' };
}

describe('assertTextSeen', () => {
  it('passes with the hash of the stored text', () => {
    expect(refusal(() => assertTextSeen(quote, 'approve', quoteTextHash(quote)))).toEqual({
      code: 'none',
      message: '',
    });
  });

  it('needs a hash at all', () => {
    expect(refusal(() => assertTextSeen(quote, 'sendBack', undefined))).toEqual({
      code: 'VALIDATION',
      message: 'Approving or sending back needs the text you read.',
    });
  });

  it('refuses the hash of another text, naming the action', () => {
    const older = quoteTextHash({ ...quote, text: 'We were neighbours.' });
    expect(refusal(() => assertTextSeen(quote, 'approve', older))).toEqual({
      code: 'CONFLICT',
      message: 'This quote changed after you opened it; read the new text, then approve.',
    });
    expect(refusal(() => assertTextSeen(quote, 'sendBack', older))).toEqual({
      code: 'CONFLICT',
      message: 'This quote changed after you opened it; read the new text, then send it back.',
    });
  });
});

describe('assertApprovable', () => {
  const open: QuoteFinding = {
    id: 'f1',
    kind: 'safeguarding',
    severity: 'strong',
    field: 'text',
    message: 'Names an employer',
    suggestion: 'Leave it out',
  };

  it('with no list of read findings, every open finding is unread', () => {
    expect(refusal(() => assertApprovable(quote, [open]))).toEqual({
      code: 'CONFLICT',
      message: 'Read this quote’s open findings before approving it: 1 safeguarding finding.',
    });
    expect(refusal(() => assertApprovable(quote, [open], ['f1']))).toEqual({ code: 'none', message: '' });
    expect(refusal(() => assertApprovable(quote, []))).toEqual({ code: 'none', message: '' });
  });
});
