/**
 * Two laptops, two data folders: an ambassador (A) sends her work, the trainer (B) reviews it and returns feedback,
 * A revises and sends again. No duplicates anywhere, approvals stay bound to the approved words.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestStudio } from '../../test-support/test-studio';
import {
  approve,
  carry,
  contentDigest,
  imported,
  laptop,
  onlyUnchanged,
  PASSPHRASE,
  seedPerson,
  sendBack,
  submittedQuote,
} from './bundles.test-support';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

async function twoLaptops() {
  const a = await laptop();
  const b = await laptop();
  open.push(a, b);
  return { a, b };
}

describe('work bundles between two laptops', () => {
  it('carries work, feedback and a revision back and forth without duplicates', async () => {
    const { a, b } = await twoLaptops();
    const { person, cohort } = seedPerson(a.services);
    const texts = ['I came here with one suitcase.', 'We build this town together.', 'Home is what we make.'];
    const [q1, q2, q3] = texts.map((t) => submittedQuote(a.services, person.id, t));

    const work = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    expect(work.files).toHaveLength(1);
    expect(work.files[0]!.fileName).toMatch(/^Work - Amira Haddad - \d{4}-\d{2}-\d{2}\.studio-bundle$/);
    expect(work.manifest).toMatchObject({ kind: 'work', cohort: { id: cohort.id, name: 'Spring' } });

    // B has never seen this cohort: it asks first, and writes nothing until asked.
    const asked = await carry(work.files[0]!, b);
    expect(asked).toMatchObject({ outcome: 'refused', otherCohort: { id: cohort.id, name: 'Spring' } });
    expect(b.services.cohorts.list()).toEqual([]);
    const first = imported(await carry(work.files[0]!, b, { acceptOtherCohort: true }));
    expect(first.tables.quote).toMatchObject({ added: 3 });
    expect(first.tables.message_house).toMatchObject({ added: 1 });
    expect(first.tables.cohort).toMatchObject({ added: 1 });

    // The trainer comments, approves two and sends one back, then returns feedback.
    b.services.comments.add({ targetType: 'quote', targetId: q1!.id, field: 'text', body: 'Strong opening.' }, 'Sam');
    approve(b.services, q1!.id);
    approve(b.services, q2!.id);
    sendBack(b.services, q3!.id);
    const feedback = await b.services.bundles.exportFeedback({
      cohortId: cohort.id,
      ambassadorId: person.id,
      passphrase: PASSPHRASE,
    });
    expect(feedback.files[0]!.fileName).toMatch(/^Feedback - Amira Haddad - /);
    const back = imported(await carry(feedback.files[0]!, a));
    expect(back.tables.quote).toMatchObject({ updated: 3, conflicts: 0 });
    expect(back.tables.comment).toMatchObject({ added: 1 });
    expect(a.services.quotes.get(q1!.id)).toMatchObject({ status: 'approved', approvedBy: 'Sam', text: texts[0] });
    expect(a.services.quotes.get(q2!.id).status).toBe('approved');
    expect(a.services.quotes.get(q3!.id).status).toBe('draft');
    expect(a.services.comments.list('quote', q1!.id).map((c) => c.body)).toEqual(['Strong opening.']);
    // The search index on A finds the trainer's comment.
    expect(a.services.search.query('opening', { only: null, includeArchived: false }).length).toBeGreaterThan(0);

    // A revises the quote sent back and sends it again.
    const current = a.services.quotes.get(q3!.id);
    a.services.quotes.update(q3!.id, current.version, { text: 'Home is what we make, together.' });
    a.services.quotes.transition(q3!.id, 'submit', '');
    const again = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    const second = imported(await carry(again.files[0]!, b));
    expect(second.tables.quote).toMatchObject({ added: 0, updated: 1, unchanged: 2, conflicts: 0 });
    expect(second.conflicts).toEqual([]);
    const onB = b.services.quotes.list(person.id);
    expect(onB).toHaveLength(3);
    expect(b.services.quotes.get(q3!.id)).toMatchObject({
      status: 'in_review',
      text: 'Home is what we make, together.',
    });
    for (const [quote, text] of [
      [q1!, texts[0]],
      [q2!, texts[1]],
    ] as const) {
      expect(b.services.quotes.get(quote.id)).toMatchObject({ status: 'approved', text });
    }
    expect(b.services.houses.list(person.id)).toHaveLength(1);
    expect(b.services.comments.list('quote', q1!.id)).toHaveLength(1);
  }, 60_000);

  it('moves everything to a new laptop, recordings included', async () => {
    const { a, b } = await twoLaptops();
    const { person } = seedPerson(a.services);
    submittedQuote(a.services, person.id, 'I came here with one suitcase.');
    const session = a.services.rehearsal.start({
      ambassadorId: person.id,
      interviewType: 'podcast',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const recording = new Uint8Array(4096).map((_, i) => (i * 7) % 251);
    const take = a.services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 4000,
      recording: { mime: 'audio/webm;codecs=opus', bytes: recording },
      notes: 'Slow down',
    });
    const moved = await a.services.bundles.exportEverything({ passphrase: PASSPHRASE });
    expect(moved.manifest).toMatchObject({ kind: 'move', cohort: null, holds: { recordings: true, blobs: 1 } });
    expect(moved.files[0]!.fileName).toMatch(/^Everything - /);
    const report = imported(await carry(moved.files[0]!, b));
    expect(report.tables).toMatchObject({
      take: expect.objectContaining({ added: 1 }),
      media: { added: 1, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 },
    });
    expect(b.services.rehearsal.recording(take.id)).toEqual({ mime: 'audio/webm;codecs=opus', bytes: recording });
    expect(b.services.quotes.list(person.id).map((q) => q.text)).toEqual(['I came here with one suitcase.']);
    // Without recordings a take says it has none, and the other laptop stores no blob.
    const work = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    expect(work.manifest.holds).toMatchObject({ recordings: false, blobs: 0 });
  }, 60_000);

  it('is idempotent: importing the same file twice changes nothing the second time', async () => {
    const { a, b } = await twoLaptops();
    const { person } = seedPerson(a.services);
    submittedQuote(a.services, person.id, 'I came here with one suitcase.');
    a.services.comments.add(
      { targetType: 'house', targetId: a.services.houses.list(person.id)[0]!.id, field: 'umbrella', body: 'Mine' },
      null,
    );
    const work = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    imported(await carry(work.files[0]!, b, { acceptOtherCohort: true }));
    const db = b.backend.db!;
    const before = contentDigest(db);
    const twice = imported(await carry(work.files[0]!, b));
    expect(onlyUnchanged(twice)).toBe(true);
    expect(twice.tables.quote).toMatchObject({ unchanged: 1 });
    expect(contentDigest(db)).toBe(before);
    // And the other way round: A importing feedback that holds only what it sent is all unchanged.
    const feedback = await b.services.bundles.exportFeedback({ cohortId: person.cohortId!, passphrase: PASSPHRASE });
    expect(onlyUnchanged(imported(await carry(feedback.files[0]!, a)))).toBe(true);
  }, 60_000);
});
