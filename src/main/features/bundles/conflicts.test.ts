/** Rows both laptops changed: kept, listed with both texts, and resolved by a person's choice. */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestStudio } from '../../test-support/test-studio';
import { approve, carry, imported, laptop, PASSPHRASE, seedPerson, submittedQuote } from './bundles.test-support';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

/** A's ambassador with two draft quotes, already carried to B once (so both laptops agree on them). */
async function shared() {
  const a = await laptop();
  const b = await laptop();
  open.push(a, b);
  const { person, cohort } = seedPerson(a.services);
  const one = a.services.quotes.create(person.id, { text: 'First words.' });
  const two = a.services.quotes.create(person.id, { text: 'Second words.' });
  const sendWork = async () =>
    (await a.services.bundles.exportWork({ ambassadorId: person.id, includeRecordings: false, passphrase: PASSPHRASE }))
      .files[0]!;
  imported(await carry(await sendWork(), b, { acceptOtherCohort: true }));
  const edit = (studio: TestStudio, id: string, text: string) =>
    studio.services.quotes.update(id, studio.services.quotes.get(id).version, { text });
  return { a, b, person, cohort, one, two, sendWork, edit };
}

describe('conflicts between laptops', () => {
  it('keeps both texts when both laptops changed a row, lists them, and applies the choice', async () => {
    const { a, b, person, cohort, one, two, sendWork, edit } = await shared();
    edit(a, one.id, 'A wrote this.');
    edit(b, one.id, 'B wrote this.');
    edit(a, two.id, 'A again.');
    edit(b, two.id, 'B again.');
    const report = imported(await carry(await sendWork(), b));
    expect(report.tables.quote).toMatchObject({ conflicts: 2, updated: 0 });
    expect(report.conflicts.map((c) => [c.label, c.mine, c.theirs])).toEqual([
      ['Quote: ‘B wrote this.’', 'B wrote this.', 'A wrote this.'],
      ['Quote: ‘B again.’', 'B again.', 'A again.'],
    ]);
    // Ours is kept until someone chooses.
    expect(b.services.quotes.get(one.id).text).toBe('B wrote this.');
    const listed = b.services.bundles.conflicts();
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({ table: 'quote', rowId: one.id, ambassadorId: person.id });

    // Importing the same file again lists nothing twice.
    imported(await carry(await sendWork(), b));
    expect(b.services.bundles.conflicts()).toHaveLength(2);

    const [first, second] = listed;
    const versions = { a: a.services.quotes.get(one.id).version, b: b.services.quotes.get(one.id).version };
    b.services.bundles.resolveConflict({ id: first!.id, choice: 'theirs' });
    const taken = b.services.quotes.get(one.id);
    expect(taken.text).toBe('A wrote this.');
    expect(taken.version).toBe(Math.max(versions.a, versions.b) + 1);
    b.services.bundles.resolveConflict({ id: second!.id, choice: 'mine' });
    expect(b.services.quotes.get(two.id).text).toBe('B again.');
    expect(b.services.bundles.conflicts()).toEqual([]);
    // The replaced words are in history: B's for the first, A's for the second.
    for (const [id, words] of [
      [one.id, 'B wrote this.'],
      [two.id, 'A again.'],
    ] as const) {
      const snapshots = b.services.revisions.list('quote', id).map((r) => b.services.revisions.get(r.id).snapshot);
      expect(snapshots).toContainEqual(expect.objectContaining({ text: words }));
    }
    // A second choice (another window, a double click) changes nothing.
    b.services.bundles.resolveConflict({ id: first!.id, choice: 'mine' });
    expect(b.services.quotes.get(one.id)).toMatchObject({ text: 'A wrote this.', version: taken.version });

    // The choices win the next exchange: A takes B's kept text and nothing conflicts.
    const feedback = await b.services.bundles.exportFeedback({
      cohortId: cohort.id,
      ambassadorId: person.id,
      passphrase: PASSPHRASE,
    });
    const back = imported(await carry(feedback.files[0]!, a));
    expect(back.conflicts).toEqual([]);
    expect(a.services.quotes.get(one.id).text).toBe('A wrote this.');
    expect(a.services.quotes.get(two.id).text).toBe('B again.');
  }, 60_000);

  it('never silently replaces the words of an approved quote', async () => {
    const { a, b, person, cohort } = await shared();
    const quote = submittedQuote(a.services, person.id, 'The approved words.');
    const sendWork = async () =>
      (
        await a.services.bundles.exportWork({
          ambassadorId: person.id,
          includeRecordings: false,
          passphrase: PASSPHRASE,
        })
      ).files[0]!;
    imported(await carry(await sendWork(), b));
    approve(b.services, quote.id);
    const feedback = await b.services.bundles.exportFeedback({
      cohortId: cohort.id,
      ambassadorId: person.id,
      passphrase: PASSPHRASE,
    });
    imported(await carry(feedback.files[0]!, a));
    // An older version of the app on A let the approved words change (approved before approvals kept their hash).
    a.backend
      .db!.prepare(
        "UPDATE quote SET fields = json_set(fields, '$.text', 'Other words.'), approved_hash = NULL WHERE id = ?",
      )
      .run(quote.id);
    const report = imported(await carry(await sendWork(), b));
    expect(report.tables.quote).toMatchObject({ updated: 0, conflicts: 1 });
    expect(report.conflicts[0]).toMatchObject({ mine: 'The approved words.', theirs: 'Other words.' });
    expect(b.services.quotes.get(quote.id)).toMatchObject({ status: 'approved', text: 'The approved words.' });
  }, 60_000);
});
