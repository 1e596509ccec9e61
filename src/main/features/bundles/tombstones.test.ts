/**
 * Deletions for good travel: a person erased on one laptop leaves the others with the next bundle, and no older
 * bundle brings them back. Soft deletions (a deleted quote) travel as ordinary rows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tinyPng } from '../../test-support/images';
import { seedAmbassador } from '../../test-support/seed';
import type { TestStudio } from '../../test-support/test-studio';
import { carry, imported, laptop, PASSPHRASE, seedPerson, sendBack, submittedQuote } from './bundles.test-support';
import { idHash } from './hash';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

/** Laptop A with a cohort of two (Amira with a photo, a house, quotes and a comment; Wei), copied whole to B. */
async function twoTrainerLaptops() {
  const a = await laptop();
  const b = await laptop();
  open.push(a, b);
  const { cohort, person: amira, house } = seedPerson(a.services);
  await a.services.ambassadors.setPhoto(amira.id, tinyPng(8));
  const quote = submittedQuote(a.services, amira.id, 'I came here with one suitcase.');
  a.services.comments.add({ targetType: 'quote', targetId: quote.id, field: 'text', body: 'Lovely.' }, 'Sam');
  const wei = seedAmbassador(a.services, { cohortId: cohort.id, fullName: 'Wei Zhang' });
  const weiQuote = a.services.quotes.create(wei.id, { text: 'Words of Wei.' });
  const cohortFile = async (from: TestStudio) =>
    (
      await from.services.bundles.exportCohort({
        cohortId: cohort.id,
        includeRecordings: false,
        passphrase: PASSPHRASE,
      })
    ).files[0]!;
  const before = await cohortFile(a);
  imported(await carry(before, b, { acceptOtherCohort: true }));
  return { a, b, cohort, amira, house, quote, wei, weiQuote, before, cohortFile };
}

describe('deletions between laptops', () => {
  it('erasing a person on one laptop removes them from the other, and an older bundle cannot bring them back', async () => {
    const { a, b, amira, quote, wei, weiQuote, before, cohortFile } = await twoTrainerLaptops();
    expect(b.services.ambassadors.photo(amira.id)).toBeTruthy();

    b.services.ambassadors.erase(amira.id, 'Amira Haddad');
    const db = b.backend.db!;
    // Tombstones keep hashes of the ids, never the ids (the erasure leaves no trace of the person's id).
    const hashes = db.prepare<[], string>('SELECT id_hash FROM tombstone').pluck().all();
    expect(hashes).toContain(idHash(amira.id));
    expect(hashes).toContain(idHash(quote.id));
    expect(db.prepare('SELECT COUNT(*) FROM tombstone WHERE id_hash = ?').pluck().get(amira.id)).toBe(0);

    // The older bundle again: nothing of hers comes back, not even her photo.
    const again = imported(await carry(before, b));
    expect(again.tables.ambassador).toMatchObject({ added: 0, updated: 0 });
    expect(again.tables.media ?? { added: 0 }).toMatchObject({ added: 0 });
    expect(b.services.ambassadors.list({ includeArchived: true }).map((p) => p.id)).toEqual([wei.id]);
    expect(db.prepare('SELECT COUNT(*) FROM quote WHERE ambassador_id = ?').pluck().get(amira.id)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM media WHERE kind = 'photo'").pluck().get()).toBe(0);

    // The next cohort bundle from B removes her from A as well, with her comments, search rows and photo.
    const report = imported(await carry(await cohortFile(b), a));
    expect(report.tables).toMatchObject({
      ambassador: expect.objectContaining({ deleted: 1 }),
      quote: expect.objectContaining({ deleted: 1 }),
      message_house: expect.objectContaining({ deleted: 1 }),
      comment: expect.objectContaining({ deleted: 1 }),
    });
    expect(report.conflicts).toEqual([]);
    const adb = a.backend.db!;
    for (const table of ['ambassador', 'quote', 'message_house', 'comment', 'search_doc']) {
      const column = table === 'ambassador' ? 'id' : 'ambassador_id';
      expect(adb.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${column} = ?`).pluck().get(amira.id), table).toBe(0);
    }
    expect(adb.prepare("SELECT COUNT(*) FROM media WHERE kind = 'photo'").pluck().get()).toBe(0);
    expect(a.services.quotes.get(weiQuote.id).text).toBe('Words of Wei.');
    expect(a.services.search.query('suitcase', { only: null, includeArchived: true })).toEqual([]);
  }, 60_000);

  it('lists a deletion as a conflict when the row changed here since the laptops agreed', async () => {
    const { a, b, amira, quote, cohortFile } = await twoTrainerLaptops();
    b.services.ambassadors.erase(amira.id, 'Amira Haddad');
    // On A the trainer sent her quote back meanwhile: her quote (and so her profile) stays until someone chooses.
    sendBack(a.services, quote.id);
    const report = imported(await carry(await cohortFile(b), a));
    expect(report.conflicts.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Quote: ‘I came here with one suitcase.’', 'Profile: ‘Amira Haddad’']),
    );
    expect(a.services.quotes.get(quote.id).status).toBe('draft');
    // What nothing kept here points at still goes.
    expect(report.tables.message_house).toMatchObject({ deleted: 1 });
    expect(report.tables.ambassador).toMatchObject({ deleted: 0, conflicts: 1 });
  }, 60_000);

  it('carries a soft deletion as an ordinary row', async () => {
    const { a, b, wei, weiQuote } = await twoTrainerLaptops();
    a.services.quotes.remove(weiQuote.id, 'Sam');
    const work = await a.services.bundles.exportWork({
      ambassadorId: wei.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    const report = imported(await carry(work.files[0]!, b));
    expect(report.tables.quote).toMatchObject({ updated: 1 });
    expect(b.services.quotes.list(wei.id)).toEqual([]);
    expect(b.services.search.query('Wei', { only: null, includeArchived: true })).toEqual([]);
  }, 60_000);

  it('carries a quote put back from the Trash as a newer row, so the other laptop has it again', async () => {
    const { a, b, wei, weiQuote } = await twoTrainerLaptops();
    const send = async () => {
      const work = await a.services.bundles.exportWork({
        ambassadorId: wei.id,
        includeRecordings: false,
        passphrase: PASSPHRASE,
      });
      return imported(await carry(work.files[0]!, b));
    };
    const trashId = a.services.quotes.remove(weiQuote.id, 'Sam');
    await send();
    expect(b.services.quotes.list(wei.id)).toEqual([]);
    a.services.trash.restore(trashId);
    expect((await send()).tables.quote).toMatchObject({ updated: 1, conflicts: 0 });
    expect(b.services.quotes.get(weiQuote.id).text).toBe(weiQuote.text);
    // The Trash itself never travels: the other laptop has nothing to put back.
    expect(b.services.trash.list(null)).toEqual([]);
  }, 60_000);
});
