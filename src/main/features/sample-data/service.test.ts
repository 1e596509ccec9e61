/**
 * "Explore with sample data" through the real services: every kind of work the app holds is there, reached by
 * the real status machine, over several days; a second load is refused; the person who is not publicly named
 * stays unnamed on their sheet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../backend/services';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import { SAMPLE_AMBASSADORS, SAMPLE_COHORT } from './data';
import { SAMPLE_TRAINER } from './env';

const NOW = '2026-12-03T15:00:00.000Z';
let close: () => void = () => undefined;
afterEach(() => close());

async function explored(): Promise<{
  services: Services;
  amira: string;
  olena: string;
  lin: string;
  cohortId: string;
}> {
  const opened = await tempServices(manualClock(NOW));
  close = opened.close;
  const { cohortId, ambassadorIds } = opened.services.sample.explore();
  const [amira, olena, lin] = ambassadorIds;
  if (!amira || !olena || !lin) throw new Error('three sample people expected');
  return { services: opened.services, amira, olena, lin, cohortId };
}

/** Drafts that came back from review: a draft with a trainer's comment still open on it. */
function changesRequested(services: Services, ambassadorId: string) {
  return services.quotes
    .list(ambassadorId)
    .filter((q) => q.status === 'draft')
    .filter((q) => services.comments.list('quote', q.id).some((c) => c.authorRole === 'trainer' && !c.resolvedAt));
}

describe('sample data: explore', () => {
  it('gives the fictional cohort houses, quotes in every status, comments and history', async () => {
    const { services, amira, olena, lin, cohortId } = await explored();
    expect(services.cohorts.get(cohortId).name).toBe(SAMPLE_COHORT.name);
    expect(services.settings.get()).toMatchObject({
      onboarded: true,
      currentCohortId: cohortId,
      currentAmbassadorId: amira,
    });

    const amiraHouses = services.houses.list(amira);
    expect(amiraHouses.map((h) => [h.template, h.isPrimary])).toEqual(
      expect.arrayContaining([
        ['house', true],
        ['box', false],
      ]),
    );
    expect(services.houses.list(lin).filter((h) => h.isPrimary)).toHaveLength(1);
    expect(services.houses.list(olena)).toEqual([]);

    const quotes = services.quotes.list(amira);
    const statuses = new Set(quotes.map((q) => q.status));
    expect([...statuses].sort()).toEqual(['approved', 'draft', 'in_review', 'retired']);
    expect(changesRequested(services, amira)).toHaveLength(1);
    expect(changesRequested(services, olena)).toHaveLength(1);
    expect(services.quotes.list(olena).some((q) => q.status === 'in_review')).toBe(true);

    // One approval came after the trainer sent the first wording back: its history holds both.
    const approved = quotes.filter((q) => q.status === 'approved');
    expect(approved.every((q) => q.approvedBy === SAMPLE_TRAINER && q.approvedHash)).toBe(true);
    const withHistory = approved.find((q) => services.revisions.list('quote', q.id).length >= 3);
    expect(withHistory?.text).toMatch(/^In a hospital bed/);
    const comments = services.comments.list('quote', withHistory!.id);
    expect(comments.map((c) => [c.authorRole, Boolean(c.resolvedAt)])).toEqual([
      ['trainer', true],
      ['ambassador', true],
    ]);
    // Another approved quote is being reworded as a new draft; the approved one stays as it was.
    const reworded = quotes.find((q) => q.parentId !== null);
    expect(reworded).toMatchObject({ status: 'draft' });
    expect(services.quotes.get(reworded!.parentId!).status).toBe('approved');
    expect(quotes.find((q) => q.status === 'retired')?.approvedBy).toBe(SAMPLE_TRAINER);

    const open = services.comments.open();
    // Open: the trainer's notes on Amira's umbrella and Lin's call to action, and the two quotes sent back.
    expect(open.map((c) => [c.targetType, c.authorRole])).toEqual(
      expect.arrayContaining([
        ['house', 'trainer'],
        ['quote', 'trainer'],
      ]),
    );
    expect(open).toHaveLength(4);
    expect(services.questions.sets(cohortId)).toHaveLength(1);
  });

  it('spreads practice over several days, rated with growing confidence, without recordings', async () => {
    const { services, amira, olena, lin } = await explored();
    for (const id of [amira, olena, lin]) {
      const sessions = services.rehearsal.list(id);
      expect(sessions.length).toBeGreaterThanOrEqual(2);
      const takes = sessions.flatMap((s) => s.takes).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      expect(new Set(takes.map((t) => t.createdAt.slice(0, 10))).size).toBe(sessions.length);
      expect(takes.every((t) => t.createdAt < NOW && t.rating !== null)).toBe(true);
      expect(takes.every((t) => !t.hasRecording && t.metrics === null)).toBe(true);
      expect(sessions.every((s) => s.finishedAt !== null)).toBe(true);
      const confidence = takes.map((t) => t.rating!.confidence);
      expect(confidence.at(-1)!).toBeGreaterThan(confidence[0]!);
    }
    // The ratings scheduled reviews: some of Amira's questions are due again by now.
    expect(services.rehearsal.dueCount(amira)).toBeGreaterThan(0);
  });

  it('loads once: a second load adds nothing and switches to the sample cohort as it is now; once archived, a fresh copy loads', async () => {
    const { services, cohortId, amira, olena, lin } = await explored();
    const counts = () => ({
      people: services.ambassadors.list().length,
      quotes: [amira, olena, lin].flatMap((id) => services.quotes.list(id)).length,
      sessions: [amira, olena, lin].flatMap((id) => services.rehearsal.list(id)).length,
    });
    const before = counts();
    services.settings.update({ currentCohortId: null, currentAmbassadorId: null });
    expect(services.sample.explore()).toEqual({ cohortId, ambassadorIds: [amira, olena, lin], added: false });
    expect(counts()).toEqual(before);
    // The cohort is chosen again, but nobody's workspace is opened for them.
    expect(services.settings.get()).toMatchObject({ currentCohortId: cohortId, currentAmbassadorId: null });

    services.cohorts.archive(cohortId, true);
    const again = services.sample.explore();
    expect(again).toMatchObject({ added: true });
    expect(again.cohortId).not.toBe(cohortId);
    expect(services.cohorts.list().map((c) => c.id)).toEqual([again.cohortId]);
  });

  it('keeps Lin unnamed: his sheet shows the pseudonym and his declined topics, and nothing he keeps private', async () => {
    const { services, lin } = await explored();
    const wei = SAMPLE_AMBASSADORS[2]!;
    const preview = services.sheets.preview(lin, {});
    expect(preview.model.publicName).toBe('Lin');
    expect(preview.findings.filter((f) => !f.confirmed)).toEqual([]);
    expect(preview.model.topicsDeclined).toEqual(wei.topicsDeclined);
    for (const hidden of [wei.fullName, 'Zhang', ...wei.privateDetails.map((d) => d.value)]) {
      expect(preview.html).not.toContain(hidden);
    }
    expect(preview.html).not.toMatch(/\bWei\b/);
    // Nothing he wrote in the sample touches a topic he declined or a detail he keeps private.
    const texts = [...services.houses.list(lin), ...services.quotes.list(lin)].map((x) => JSON.stringify(x));
    for (const text of texts) {
      for (const hidden of ['Wei', 'Zhang', ...wei.topicsDeclined, ...wei.privateDetails.map((d) => d.value)])
        expect(text).not.toContain(hidden);
    }
  });
});
