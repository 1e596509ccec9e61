import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../message-sheet/escape';
import { SHEET_CSP } from '../../message-sheet/html';
import { suggestion, testAmbassador, testHouse, testRequest } from './fixtures.test-support';
import { renderPrepCardHtml } from './html';
import { formatCardDate, LEGAL_CHECK_REMINDER, lengthLabel, NOT_FOR_THE_PRESS, ON_THE_RECORD } from './labels';
import { prepCardModel, type PrepCardModel } from './model';

function card(over: { request?: Parameters<typeof testRequest>[0]; withHouse?: boolean } = {}): PrepCardModel {
  return prepCardModel({
    request: testRequest(over.request),
    ambassador: testAmbassador(),
    house: over.withHouse === false ? null : testHouse(),
    suggested: [suggestion()],
    paper: 'A4',
    now: '2026-10-02T08:30:00.000Z',
  });
}

const FULL = { scale: 1, showProofs: true };

describe('renderPrepCardHtml', () => {
  it('is one page of the sheet’s locked-down document with the header, limits and bridging lines', () => {
    const html = renderPrepCardHtml(card(), FULL);
    expect(html.split('<div class="paper">')).toHaveLength(2);
    expect(html).toContain(`content="${escapeHtml(SHEET_CSP)}"`);
    expect(html).not.toMatch(/<script|<link|src="http/i);
    for (const text of [
      NOT_FOR_THE_PRESS,
      'Harbour FM',
      'Dana Price',
      'What you agreed',
      ON_THE_RECORD,
      LEGAL_CHECK_REMINDER,
      'Live: it cannot be edited',
      'No photos',
      'It cannot be edited: say your key message early.',
      'What matters most here is…',
      'Why don’t you go back?',
      'Forty volunteers, half of them newcomers.',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain(`<strong dir="auto">Amira</strong> (first name only)`);
  });

  it('writes dates in the reader’s locale, not a fixed one', () => {
    const html = renderPrepCardHtml(card(), FULL);
    expect(html).toContain(formatCardDate('2026-10-14'));
    expect(formatCardDate('2026-10-14')).toBe(
      new Date(Date.UTC(2026, 9, 14, 12)).toLocaleDateString(undefined, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
    expect(formatCardDate('')).toBe('');
    expect(lengthLabel(0)).toMatch(/Not known/);
    expect(renderPrepCardHtml(card({ request: { interviewDate: '' } }), FULL)).toContain('Not fixed yet');
  });

  it('prints markup a person typed as text, each typed text in its own direction', () => {
    const html = renderPrepCardHtml(
      card({ request: { outlet: '<script>alert(1)</script>', angle: 'قصة <b>المتطوعين</b>' } }),
      FULL,
    );
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<h1 dir="auto">&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<span dir="auto">قصة &lt;b&gt;المتطوعين&lt;/b&gt;</span>');
    expect(html).toContain('<title>Prep card - &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('leaves the proof points off and shrinks the type when asked to make room', () => {
    const html = renderPrepCardHtml(card(), { scale: 0.8, showProofs: false });
    expect(html).not.toContain('Forty volunteers');
    expect(html).toContain('Volunteers keep the food bank open every Saturday.');
    expect(html).toContain('font-size: 8.00pt');
  });

  it('leaves out the legal reminder once the check is done, and says when there is no house', () => {
    const html = renderPrepCardHtml(card({ request: { legalCheck: 'done' }, withHouse: false }), FULL);
    expect(html).not.toContain(LEGAL_CHECK_REMINDER);
    expect(html).toContain('No primary Message House yet');
    expect(html).toContain(ON_THE_RECORD);
  });

  it('warns on the card when the agreed name is less private than the profile’s', () => {
    const html = renderPrepCardHtml(card({ request: { nameMode: 'full' } }), FULL);
    expect(html).toContain('<strong dir="auto">Amira Haddad</strong> (full name)');
    expect(html).toContain('More than your profile allows in public');
  });
});
