import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_TEXTS, CONSENT_MISSING_MESSAGE } from '../../../shared/features/quotes/approval';
import type { QuoteFields } from '../../../shared/features/quotes/schemas';
import { AppError } from '../../../shared/result';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { seen } from '../../test-support/seen';

let services: Services;
let close: () => void;
let ambassadorId: string;
let cohortId: string;

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
  cohortId = testCohort(services).id;
  ambassadorId = services.ambassadors.create({
    cohortId,
    fullName: 'Amina Yusuf',
    firstName: 'Amina',
    nameMode: 'first',
    privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
  }).id;
});
afterEach(() => close());

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const CONSENT = { consentNotes: 'Harbour Voices press release, 18 December' };

function inReview(fields: Partial<QuoteFields>) {
  const q = services.quotes.create(ambassadorId, fields);
  return services.quotes.transition(q.id, 'submit', '');
}

describe('approving a quote: consent for a known use', () => {
  it('refuses a quote whose consent notes are empty or blank, and writes nothing', () => {
    for (const consentNotes of ['', '   \n ']) {
      const q = inReview({ text: 'We are neighbours.', consentNotes });
      const refused = refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id)));
      expect(refused).toMatchObject({ code: 'CONFLICT', message: CONSENT_MISSING_MESSAGE });
      expect(services.quotes.get(q.id)).toMatchObject({ status: 'in_review', approvedBy: null });
    }
  });

  it('approves when the notes say where, or when the ambassador chose no restrictions', () => {
    const withNotes = inReview({ text: 'We are neighbours.', ...CONSENT });
    expect(services.quotes.transition(withNotes.id, 'approve', 'Sam', [], seen(services, withNotes.id)).status).toBe(
      'approved',
    );
    const unrestricted = inReview({ text: 'Home is people.', consentUnrestricted: true });
    expect(
      services.quotes.transition(unrestricted.id, 'approve', 'Sam', [], seen(services, unrestricted.id)).status,
    ).toBe('approved');
  });

  it('keeps consent withdrawal first: a withdrawn quote is refused even with notes', () => {
    const q = inReview({ text: 'We are neighbours.', ...CONSENT, consentWithdrawn: true });
    expect(refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id))).message).toBe(
      'The ambassador has withdrawn consent for this quote, so it cannot be approved.',
    );
  });

  it('lets the ambassador choose no restrictions in any status, and a patch without it keeps it', () => {
    const q = inReview({ text: 'We are neighbours.' });
    expect(
      services.quotes.update(q.id, services.quotes.get(q.id).version, { consentUnrestricted: true })
        .consentUnrestricted,
    ).toBe(true);
    expect(
      services.quotes.update(q.id, services.quotes.get(q.id).version, { consentNotes: 'Also radio' })
        .consentUnrestricted,
    ).toBe(true);
    expect(services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id)).status).toBe('approved');
  });

  it('still reads a quote stored before “no restrictions” existed, with its text', () => {
    const q = services.quotes.create(ambassadorId, { text: 'Stored long ago.', consentNotes: 'Radio only' });
    const { consentUnrestricted: _new, ...oldShape } = services.quotes.get(q.id);
    const fields = JSON.stringify({
      houseId: oldShape.houseId,
      pillarId: oldShape.pillarId,
      text: oldShape.text,
      outlet: oldShape.outlet,
      occasion: oldShape.occasion,
      variants: oldShape.variants,
      consentNotes: oldShape.consentNotes,
      consentWithdrawn: oldShape.consentWithdrawn,
    });
    expect(fields).not.toContain('consentUnrestricted');
    services.ctx.db.prepare('UPDATE quote SET fields = ? WHERE id = ?').run(fields, q.id);
    expect(services.quotes.get(q.id)).toMatchObject({ text: 'Stored long ago.', consentNotes: 'Radio only' });
    expect(services.quotes.get(q.id).consentUnrestricted).toBeUndefined();
  });
});

describe('approving a quote: open findings are read first', () => {
  it('refuses a quote with an unread safeguarding finding, naming what is open without the private value', () => {
    const q = inReview({ text: 'I work at Northgate Imaging.', ...CONSENT });
    const findings = services.quotes.findings(q.id);
    expect(findings).toEqual([expect.objectContaining({ kind: 'safeguarding', severity: 'strong', field: 'text' })]);
    expect(JSON.stringify(findings)).not.toContain('Northgate');
    const refused = refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id)));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: 'Read this quote’s open findings before approving it: 1 safeguarding finding.',
    });
    expect(services.quotes.get(q.id).status).toBe('in_review');
    const approved = services.quotes.transition(
      q.id,
      'approve',
      'Sam',
      findings.map((f) => f.id),
      seen(services, q.id),
    );
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Sam' });
  });

  it('holds language findings (the cohort’s own rules too) to the same rule, in every text of the quote', () => {
    services.languageRules.set(cohortId, [
      {
        id: 'cohort-scrounger',
        terms: ['scrounger'],
        why: 'It dehumanises people',
        alternatives: ['person'],
        source: 'Cohort',
      },
    ]);
    const q = inReview({
      text: 'Nobody is a scrounger.',
      variants: { pressRelease: '', soundbite: 'They call it a swarm.', social: '', socialPlatform: 'x' },
      ...CONSENT,
    });
    const findings = services.quotes.findings(q.id);
    expect(findings.map((f) => [f.kind, f.field])).toEqual([
      ['language', 'text'],
      ['language', 'variants.soundbite'],
    ]);
    expect(
      refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', [findings[0]!.id], seen(services, q.id)))
        .message,
    ).toBe('Read this quote’s open findings before approving it: 1 language finding.');
    expect(
      services.quotes.transition(
        q.id,
        'approve',
        'Sam',
        findings.map((f) => f.id),
        seen(services, q.id),
      ).status,
    ).toBe('approved');
  });

  it('finds details that identify someone together even when they are in different texts of the quote', () => {
    services.ambassadors.update(ambassadorId, {
      privateDetails: [
        { kind: 'employer', value: 'Northgate Imaging' },
        { kind: 'home_town', value: 'Kassala' },
      ],
    });
    const q = inReview({
      text: 'I work at Northgate Imaging.',
      variants: { pressRelease: '', soundbite: 'I grew up in Kassala.', social: '', socialPlatform: 'x' },
      ...CONSENT,
    });
    const findings = services.quotes.findings(q.id);
    expect(findings[0]).toMatchObject({
      field: ALL_TEXTS,
      kind: 'safeguarding',
      message: 'Together these details could identify you: home town and employer.',
    });
    expect(findings.map((f) => f.field)).toEqual([ALL_TEXTS, 'text', 'variants.soundbite']);
    expect(refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id))).message).toBe(
      'Read this quote’s open findings before approving it: 3 safeguarding findings.',
    );
  });

  it('asks again when a finding appears after the trainer read the others', () => {
    const q = inReview({ text: 'I work at Northgate Imaging in Leeds.', ...CONSENT });
    const read = services.quotes.findings(q.id).map((f) => f.id);
    services.ambassadors.update(ambassadorId, {
      privateDetails: [
        { kind: 'employer', value: 'Northgate Imaging' },
        { kind: 'current_location', value: 'Leeds' },
      ],
    });
    expect(
      refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', read, seen(services, q.id))).message,
    ).toMatch(/^Read this quote’s open findings before approving it: \d safeguarding findings?\.$/u);
  });

  it('asks again when the text changed after the findings were read', () => {
    const q = inReview({ text: 'It was a swarm of forms.', ...CONSENT });
    const read = services.quotes.findings(q.id).map((f) => f.id);
    services.quotes.transition(q.id, 'sendBack', 'Sam', [], seen(services, q.id));
    services.quotes.update(q.id, services.quotes.get(q.id).version, { text: 'It was a swarm of papers.' });
    services.quotes.transition(q.id, 'submit', '');
    expect(refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', read, seen(services, q.id))).code).toBe(
      'CONFLICT',
    );
  });

  it('checks consent before findings, so the first refusal is the one no tick can clear', () => {
    const q = inReview({ text: 'I work at Northgate Imaging.' });
    const read = services.quotes.findings(q.id).map((f) => f.id);
    expect(refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', read, seen(services, q.id))).message).toBe(
      CONSENT_MISSING_MESSAGE,
    );
  });
});
