/**
 * The merge rules of one incoming row, on a real database without any encryption: the row is handed to
 * `mergeRow` as a bundle carries it, and the test reads back what this laptop then holds (the row, the agreed
 * hash in sync_base, the conflict list) and what the merge log reports.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceContext, type ServiceContext } from '../../backend/context';
import { createServices, type Services } from '../../backend/services';
import { openDatabase } from '../../db/open';
import { seedAmbassador, seedCohort, seedQuote } from '../../test-support/seed';
import { manualClock, tempDir } from '../../test-support/temp-backend';
import { canonicalJson, idHash, rowHash } from './hash';
import { ambassadorOf, count, createMerger, emptyCounts, newMergeLog, type MergeLog } from './merge';
import { createRowStore, type BundleRow } from './tables';

const closers: Array<() => void> = [];
afterEach(() => {
  while (closers.length > 0) closers.pop()?.();
});

const OTHER_DEVICE = 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0';

/** One laptop: a fresh database, the real services to seed it, and a merger whose conflict ids are numbered. */
async function laptop() {
  const { dir, cleanup } = tempDir('bundle-merge-');
  const paths = { dataDir: dir, dbPath: join(dir, 'test.sqlite'), backupDir: join(dir, 'backups') };
  const { db } = await openDatabase({ path: paths.dbPath, backupDir: paths.backupDir });
  closers.push(() => {
    db.close();
    cleanup();
  });
  const clock = manualClock('2026-11-02T10:00:00.000Z');
  let n = 0;
  const ctx: ServiceContext = createServiceContext({ db, clock, ids: () => `conflict-${++n}`, paths });
  const services: Services = createServices({ db, clock, ids: () => randomUUID(), paths });
  const store = createRowStore(db);
  const merger = createMerger(ctx);
  const baseOf = (table: string, id: string) =>
    db
      .prepare<[string, string], string>('SELECT hash FROM sync_base WHERE table_name = ? AND row_id = ?')
      .pluck()
      .get(table, id) ?? null;
  const conflicts = () => db.prepare('SELECT * FROM bundle_conflict ORDER BY rowid').all();
  return { db, ctx, clock, services, store, merger, baseOf, conflicts };
}

type Laptop = Awaited<ReturnType<typeof laptop>>;

/** A person with one draft quote, as this laptop stores them. */
function withDraft(l: Laptop, text = 'I came here with one suitcase.') {
  const cohort = seedCohort(l.services, { name: 'Spring' });
  const person = seedAmbassador(l.services, { cohortId: cohort.id, fullName: 'Amira Haddad', nameMode: 'full' });
  const quote = seedQuote(l.services, person.id, { text });
  return { cohort, person, quote };
}

/** The row as the other laptop would send it after changing it there: its own version, device and time. */
function changedThere(row: BundleRow, change: (row: BundleRow) => void, version = Number(row.version) + 1): BundleRow {
  const copy = JSON.parse(JSON.stringify(row)) as BundleRow;
  change(copy);
  copy.version = version;
  copy.device_id = OTHER_DEVICE;
  copy.updated_at = '2026-11-01T08:00:00.000Z';
  return copy;
}

const withText = (text: string) => (row: BundleRow) => {
  (row.fields as Record<string, unknown>).text = text;
};

/** Both laptops agree on the row: merging their identical copy records the agreed hash. */
function agree(l: Laptop, table: 'quote' | 'cohort' | 'ambassador', id: string): BundleRow {
  const row = l.store.get(table, id)!;
  l.merger.mergeRow(newMergeLog(), table, row);
  return row;
}

describe('merge log', () => {
  it('an empty log has no counts, no conflicts and no changed rows', () => {
    expect(newMergeLog()).toEqual({ counts: {}, conflicts: [], changed: [] });
    expect(emptyCounts()).toEqual({ added: 0, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 });
  });

  it('counting adds one per outcome and per table, starting each table at zero', () => {
    const log = newMergeLog();
    count(log, 'quote', 'added');
    count(log, 'quote', 'added');
    count(log, 'quote', 'conflicts');
    count(log, 'cohort', 'deleted');
    expect(log.counts).toEqual({
      quote: { added: 2, updated: 0, unchanged: 0, conflicts: 1, deleted: 0 },
      cohort: { added: 0, updated: 0, unchanged: 0, conflicts: 0, deleted: 1 },
    });
  });

  it('whose row it is: the owner column of a table about one person, none for a cohort', () => {
    expect(ambassadorOf('quote', { id: 'q1', ambassador_id: 'p1' })).toBe('p1');
    expect(ambassadorOf('ambassador', { id: 'p2' })).toBe('p2');
    expect(ambassadorOf('cohort', { id: 'c1', ambassador_id: 'p1' })).toBeNull();
    expect(ambassadorOf('quote', { id: 'q1', ambassador_id: null })).toBeNull();
    expect(ambassadorOf('quote', { id: 'q1', ambassador_id: 7 })).toBeNull();
  });
});

describe('merging one incoming row', () => {
  it('a row this laptop does not have is added with its own version and device, and becomes the agreed base', async () => {
    const source = await laptop();
    const { cohort, person, quote } = withDraft(source);
    const rows = {
      cohort: source.store.get('cohort', cohort.id)!,
      ambassador: source.store.get('ambassador', person.id)!,
      quote: changedThere(source.store.get('quote', quote.id)!, () => undefined, 7),
    };

    const l = await laptop();
    const log = newMergeLog();
    l.merger.mergeRow(log, 'cohort', rows.cohort);
    l.merger.mergeRow(log, 'ambassador', rows.ambassador);
    l.merger.mergeRow(log, 'quote', rows.quote);

    expect(log.counts).toEqual({
      cohort: { added: 1, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 },
      ambassador: { added: 1, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 },
      quote: { added: 1, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 },
    });
    expect(log.changed).toEqual([
      { table: 'cohort', id: cohort.id },
      { table: 'ambassador', id: person.id },
      { table: 'quote', id: quote.id },
    ]);
    expect(log.conflicts).toEqual([]);
    const stored = l.store.get('quote', quote.id)!;
    expect(stored).toEqual(rows.quote);
    expect(stored.version).toBe(7);
    expect(stored.device_id).toBe(OTHER_DEVICE);
    expect((stored.fields as Record<string, unknown>).text).toBe('I came here with one suitcase.');
    expect(l.baseOf('quote', quote.id)).toBe(rowHash(rows.quote));
    expect(l.baseOf('cohort', cohort.id)).toBe(rowHash(rows.cohort));
  });

  it('the same content again is unchanged, even with another version and device, and is recorded as agreed', async () => {
    const l = await laptop();
    const { quote } = withDraft(l);
    const mine = l.store.get('quote', quote.id)!;
    expect(l.baseOf('quote', quote.id)).toBeNull();

    const log = newMergeLog();
    l.merger.mergeRow(
      log,
      'quote',
      changedThere(mine, () => undefined, 9),
    );

    expect(log).toEqual({
      counts: { quote: { added: 0, updated: 0, unchanged: 1, conflicts: 0, deleted: 0 } },
      conflicts: [],
      changed: [],
    });
    // This laptop's own stamps stay: nothing was written to the row.
    expect(l.store.get('quote', quote.id)).toEqual(mine);
    expect(l.baseOf('quote', quote.id)).toBe(rowHash(mine));
  });

  it('only they changed it: their row is taken whole, with their version, device and update time', async () => {
    const l = await laptop();
    const { quote } = withDraft(l);
    const agreed = agree(l, 'quote', quote.id);
    const theirs = changedThere(agreed, withText('I came here with two suitcases.'), 5);

    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', theirs);

    expect(log).toEqual({
      counts: { quote: { added: 0, updated: 1, unchanged: 0, conflicts: 0, deleted: 0 } },
      conflicts: [],
      changed: [{ table: 'quote', id: quote.id }],
    });
    const stored = l.store.get('quote', quote.id)!;
    expect(stored).toEqual(theirs);
    expect((stored.fields as Record<string, unknown>).text).toBe('I came here with two suitcases.');
    expect(stored.version).toBe(5);
    expect(stored.device_id).toBe(OTHER_DEVICE);
    expect(stored.updated_at).toBe('2026-11-01T08:00:00.000Z');
    expect(l.baseOf('quote', quote.id)).toBe(rowHash(theirs));
    expect(l.conflicts()).toEqual([]);
  });

  it('only they changed it: an older version number from them still wins (the agreed hash decides, not the counter)', async () => {
    const l = await laptop();
    const { quote } = withDraft(l);
    const agreed = agree(l, 'quote', quote.id);
    l.store.setVersion('quote', quote.id, 40, 'a'.repeat(32));
    const theirs = changedThere(agreed, withText('Older counter, newer words.'), 2);

    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', theirs);

    expect(log.counts.quote).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0, deleted: 0 });
    expect(l.store.get('quote', quote.id)).toMatchObject({ version: 2, device_id: OTHER_DEVICE });
  });

  it('only we changed it: ours is kept and nothing is listed', async () => {
    const l = await laptop();
    const { quote } = withDraft(l);
    const agreed = agree(l, 'quote', quote.id);
    const agreedHash = l.baseOf('quote', quote.id);
    l.services.quotes.update(quote.id, l.services.quotes.get(quote.id).version, { text: 'Edited here.' });
    const mine = l.store.get('quote', quote.id)!;

    const log = newMergeLog();
    l.merger.mergeRow(
      log,
      'quote',
      changedThere(agreed, () => undefined, 1),
    );

    expect(log).toEqual({
      counts: { quote: { added: 0, updated: 0, unchanged: 1, conflicts: 0, deleted: 0 } },
      conflicts: [],
      changed: [],
    });
    expect(l.store.get('quote', quote.id)).toEqual(mine);
    expect((mine.fields as Record<string, unknown>).text).toBe('Edited here.');
    expect(l.baseOf('quote', quote.id)).toBe(agreedHash);
    expect(l.conflicts()).toEqual([]);
  });

  it('both changed it: ours is kept, theirs is listed as a conflict with their whole row, under the owner', async () => {
    const l = await laptop();
    const { quote, person } = withDraft(l);
    const agreed = agree(l, 'quote', quote.id);
    const agreedHash = l.baseOf('quote', quote.id);
    l.services.quotes.update(quote.id, l.services.quotes.get(quote.id).version, { text: 'B wrote this.' });
    const mine = l.store.get('quote', quote.id)!;
    const theirs = changedThere(agreed, withText('A wrote this.'), 3);

    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', theirs);

    expect(log).toEqual({
      counts: { quote: { added: 0, updated: 0, unchanged: 0, conflicts: 1, deleted: 0 } },
      conflicts: ['conflict-1'],
      changed: [],
    });
    expect(l.store.get('quote', quote.id)).toEqual(mine);
    expect(l.baseOf('quote', quote.id)).toBe(agreedHash);
    expect(l.conflicts()).toEqual([
      {
        id: 'conflict-1',
        table_name: 'quote',
        row_id: quote.id,
        ambassador_id: person.id,
        incoming: canonicalJson(theirs),
        created_at: '2026-11-02T10:00:00.000Z',
        resolved_at: null,
      },
    ]);
    const listed = JSON.parse(String((l.conflicts()[0] as { incoming: string }).incoming)) as BundleRow;
    expect((listed.fields as Record<string, unknown>).text).toBe('A wrote this.');
  });

  it('both changed it with no agreed base yet (never merged before): a conflict, not an overwrite', async () => {
    const l = await laptop();
    const { quote } = withDraft(l);
    const mine = l.store.get('quote', quote.id)!;
    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', changedThere(mine, withText('Their words.')));
    expect(log.counts.quote).toEqual({ added: 0, updated: 0, unchanged: 0, conflicts: 1, deleted: 0 });
    expect(l.store.get('quote', quote.id)).toEqual(mine);
  });

  it('a conflict is listed under the owner of the row kept here, not the owner the incoming row names', async () => {
    const l = await laptop();
    const { quote, person } = withDraft(l);
    const agreed = agree(l, 'quote', quote.id);
    l.services.quotes.update(quote.id, l.services.quotes.get(quote.id).version, { text: 'Ours.' });
    const theirs = changedThere(agreed, (row) => {
      row.ambassador_id = 'someone-else';
    });
    l.merger.mergeRow(newMergeLog(), 'quote', theirs);
    expect(l.conflicts()).toMatchObject([{ row_id: quote.id, ambassador_id: person.id }]);
  });

  it('a conflict on a cohort belongs to nobody', async () => {
    const l = await laptop();
    const { cohort } = withDraft(l);
    const agreed = agree(l, 'cohort', cohort.id);
    l.services.cohorts.update(cohort.id, { name: 'Spring (ours)' });
    l.merger.mergeRow(
      newMergeLog(),
      'cohort',
      changedThere(agreed, (row) => {
        row.name = 'Spring (theirs)';
      }),
    );
    expect(l.conflicts()).toMatchObject([{ table_name: 'cohort', row_id: cohort.id, ambassador_id: null }]);
    expect(l.store.get('cohort', cohort.id)!.name).toBe('Spring (ours)');
  });

  it('the same conflicting row twice in one import is listed once and counted twice; a newer one replaces it', async () => {
    const l = await laptop();
    const { quote } = withDraft(l);
    const agreed = agree(l, 'quote', quote.id);
    l.services.quotes.update(quote.id, l.services.quotes.get(quote.id).version, { text: 'Ours.' });
    const theirs = changedThere(agreed, withText('Theirs.'));

    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', theirs);
    l.merger.mergeRow(log, 'quote', theirs);
    expect(log.conflicts).toEqual(['conflict-1']);
    expect(log.counts.quote).toEqual({ added: 0, updated: 0, unchanged: 0, conflicts: 2, deleted: 0 });

    l.clock.advance(60_000);
    const later = changedThere(agreed, withText('Theirs, later.'));
    const next = newMergeLog();
    l.merger.mergeRow(next, 'quote', later);
    expect(next.conflicts).toEqual(['conflict-1']);
    expect(l.conflicts()).toMatchObject([
      { id: 'conflict-1', incoming: canonicalJson(later), created_at: '2026-11-02T10:01:00.000Z' },
    ]);
  });

  it('a row erased here for good (tombstone) is skipped: not added back, counted unchanged', async () => {
    const source = await laptop();
    const { quote, person, cohort } = withDraft(source);
    const l = await laptop();
    l.merger.mergeRow(newMergeLog(), 'cohort', source.store.get('cohort', cohort.id)!);
    l.merger.mergeRow(newMergeLog(), 'ambassador', source.store.get('ambassador', person.id)!);
    l.db
      .prepare('INSERT INTO tombstone (table_name, id_hash, deleted_at, device_id) VALUES (?, ?, ?, ?)')
      .run('quote', idHash(quote.id), '2026-10-30T12:00:00.000Z', 'c'.repeat(32));

    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', source.store.get('quote', quote.id)!);

    expect(log).toEqual({
      counts: { quote: { added: 0, updated: 0, unchanged: 1, conflicts: 0, deleted: 0 } },
      conflicts: [],
      changed: [],
    });
    expect(l.store.get('quote', quote.id)).toBeUndefined();
    expect(l.baseOf('quote', quote.id)).toBeNull();
  });

  it('a tombstone for the same id in another table does not skip the row', async () => {
    const source = await laptop();
    const { cohort } = withDraft(source);
    const l = await laptop();
    l.db
      .prepare('INSERT INTO tombstone (table_name, id_hash, deleted_at, device_id) VALUES (?, ?, ?, ?)')
      .run('quote', idHash(cohort.id), '2026-10-30T12:00:00.000Z', 'c'.repeat(32));
    const log = newMergeLog();
    l.merger.mergeRow(log, 'cohort', source.store.get('cohort', cohort.id)!);
    expect(log.counts.cohort).toEqual({ added: 1, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 });
  });

  it('a soft deletion from them (deleted_at set) is taken like any other change they alone made', async () => {
    const l = await laptop();
    const { quote } = withDraft(l);
    const agreed = agree(l, 'quote', quote.id);
    const theirs = changedThere(agreed, (row) => {
      row.deleted_at = '2026-11-01T08:00:00.000Z';
    });
    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', theirs);
    expect(log.counts.quote).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0, deleted: 0 });
    expect(l.store.get('quote', quote.id)!.deleted_at).toBe('2026-11-01T08:00:00.000Z');
  });
});

describe('an approved quote keeps the words the trainer approved', () => {
  async function approvedHere() {
    const l = await laptop();
    const cohort = seedCohort(l.services, { name: 'Spring' });
    const person = seedAmbassador(l.services, { cohortId: cohort.id, fullName: 'Amira Haddad', nameMode: 'full' });
    const quote = seedQuote(
      l.services,
      person.id,
      { text: 'Approved words.', outlet: 'Radio', occasion: 'Open day' },
      'approved',
    );
    const agreed = agree(l, 'quote', quote.id);
    expect(agreed.status).toBe('approved');
    return { l, quote, person, agreed };
  }

  const rewordings: Array<[string, (row: BundleRow) => void]> = [
    ['text', withText('Other words.')],
    [
      'a variant',
      (row) => {
        const fields = row.fields as { variants: Record<string, unknown> };
        fields.variants = { ...fields.variants, soundbite: 'A different soundbite.' };
      },
    ],
    [
      'the outlet',
      (row) => {
        (row.fields as Record<string, unknown>).outlet = 'Television';
      },
    ],
    [
      'the occasion',
      (row) => {
        (row.fields as Record<string, unknown>).occasion = 'Press conference';
      },
    ],
  ];

  for (const [what, reword] of rewordings) {
    it(`other words from them (${what}) are a conflict even though only they changed it`, async () => {
      const { l, quote, person, agreed } = await approvedHere();
      const theirs = changedThere(agreed, reword);

      const log = newMergeLog();
      l.merger.mergeRow(log, 'quote', theirs);

      expect(log).toEqual({
        counts: { quote: { added: 0, updated: 0, unchanged: 0, conflicts: 1, deleted: 0 } },
        conflicts: ['conflict-1'],
        changed: [],
      });
      expect(l.store.get('quote', quote.id)).toEqual(agreed);
      expect(l.conflicts()).toMatchObject([
        { table_name: 'quote', row_id: quote.id, ambassador_id: person.id, incoming: canonicalJson(theirs) },
      ]);
    });
  }

  it('a change to something other than its words (consent notes) is taken as usual', async () => {
    const { l, quote, agreed } = await approvedHere();
    const theirs = changedThere(agreed, (row) => {
      (row.fields as Record<string, unknown>).consentNotes = 'Also the newsletter.';
    });
    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', theirs);
    expect(log.counts.quote).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0, deleted: 0 });
    expect(l.store.get('quote', quote.id)).toEqual(theirs);
  });

  it('a quote they approved with new words replaces our draft, which had not changed since we agreed', async () => {
    const l = await laptop();
    const { quote } = withDraft(l, 'Draft words.');
    const agreed = agree(l, 'quote', quote.id);
    const theirs = changedThere(agreed, (row) => {
      (row.fields as Record<string, unknown>).text = 'Approved there.';
      row.status = 'approved';
    });
    const log = newMergeLog();
    l.merger.mergeRow(log, 'quote', theirs);
    expect(log.counts.quote).toEqual({ added: 0, updated: 1, unchanged: 0, conflicts: 0, deleted: 0 });
    expect(l.store.get('quote', quote.id)).toMatchObject({ status: 'approved', fields: { text: 'Approved there.' } });
  });

  it('their copy of the same approved words, with other stamps, is simply unchanged', async () => {
    const { l, quote, agreed } = await approvedHere();
    const log = newMergeLog();
    l.merger.mergeRow(
      log,
      'quote',
      changedThere(agreed, () => undefined, 12),
    );
    expect(log.counts.quote).toEqual({ added: 0, updated: 0, unchanged: 1, conflicts: 0, deleted: 0 });
    expect(l.store.get('quote', quote.id)).toEqual(agreed);
  });
});

describe('rows that cannot simply be inserted', () => {
  /** A sheet confirmation row: one per (person, field, kind, value, text) while not deleted. */
  const confirmation = (id: string, ambassadorId: string): BundleRow => ({
    id,
    created_at: '2026-10-20T09:00:00.000Z',
    updated_at: '2026-10-20T09:00:00.000Z',
    deleted_at: null,
    version: 1,
    device_id: OTHER_DEVICE,
    ambassador_id: ambassadorId,
    finding_id: 'bio:private:abc',
    field: 'shortBio',
    label: 'Short bio',
    kind: 'private',
    value_hash: 'ab12',
    text_hash: 'cd34',
    confirmed_by: 'Sam',
  });

  it('a new row that collides with one kept here under another id is a conflict, and nothing is written', async () => {
    const l = await laptop();
    const { person } = withDraft(l);
    l.store.insert('sheet_confirmation', confirmation('sc-here', person.id));

    const log = newMergeLog();
    const incoming = confirmation('sc-there', person.id);
    l.merger.mergeRow(log, 'sheet_confirmation', incoming);

    expect(log).toEqual({
      counts: { sheet_confirmation: { added: 0, updated: 0, unchanged: 0, conflicts: 1, deleted: 0 } },
      conflicts: ['conflict-1'],
      changed: [],
    });
    expect(l.store.get('sheet_confirmation', 'sc-there')).toBeUndefined();
    expect(l.baseOf('sheet_confirmation', 'sc-there')).toBeNull();
    expect(l.conflicts()).toMatchObject([
      {
        id: 'conflict-1',
        table_name: 'sheet_confirmation',
        row_id: 'sc-there',
        ambassador_id: person.id,
        incoming: canonicalJson(incoming),
      },
    ]);
  });

  it('any other database error on insert is not hidden as a conflict: it is thrown', async () => {
    const l = await laptop();
    const { person } = withDraft(l);
    const incoming = { ...confirmation('sc-broken', person.id), label: null };
    expect(() => l.merger.mergeRow(newMergeLog(), 'sheet_confirmation', incoming)).toThrow(/NOT NULL constraint/);
    expect(l.conflicts()).toEqual([]);
  });
});

describe('retired questions', () => {
  it('are added when missing and unchanged when already here', async () => {
    const l = await laptop();
    const { cohort } = withDraft(l);
    const row = { cohort_id: cohort.id, question_id: 'q-why-did-you-come', created_at: '2026-10-20T09:00:00.000Z' };
    const log: MergeLog = newMergeLog();
    l.merger.mergeRetired(log, row);
    l.merger.mergeRetired(log, row);
    expect(log.counts).toEqual({
      question_retired: { added: 1, updated: 0, unchanged: 1, conflicts: 0, deleted: 0 },
    });
    expect(l.db.prepare('SELECT COUNT(*) FROM question_retired').pluck().get()).toBe(1);
  });
});
