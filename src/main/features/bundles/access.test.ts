/**
 * Who may import, through the real channels: a trainer; on an ambassador's own laptop, that ambassador for the
 * feedback returned to them only; never an ambassador on a shared laptop. Pictures from a bundle are cleaned like
 * uploaded ones, and exports are delivered like PDFs (saved by the desktop app, downloaded in browser mode).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../../bundles/format';
import { phonePhoto, phoneTagsIn, tinyPng } from '../../test-support/images';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { sha256Hex } from '../../db/media';
import { carry, imported, laptop, PASSPHRASE, seedPerson, submittedQuote } from './bundles.test-support';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

/** Amira's own laptop: the kind chosen at first run, then her profile and a quote. */
async function ownLaptop() {
  const studio = await createTestStudio();
  open.push(studio);
  studio.services.access.setLaptopKind(studio.services.access.viewer('first-run'), 'own');
  const { person, cohort } = seedPerson(studio.services);
  return { studio, person, cohort };
}

describe('importing bundles, by who is at the keyboard', () => {
  it('lets only a trainer import on a shared laptop', async () => {
    const a = await laptop();
    const b = await laptop();
    open.push(a, b);
    const { person } = seedPerson(a.services);
    const work = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    const file = { name: work.files[0]!.fileName, bytes: work.files[0]!.bytes };
    b.services.access.sharedIfUndecided();
    const someone = seedAmbassador(b.services, { fullName: 'Olena Kovalenko' });
    const ambassadorWindow = b.window();
    await ambassadorWindow['access:enter']({ ambassadorId: someone.id });
    const refused = await ambassadorWindow['bundle:import']({ file, passphrase: PASSPHRASE, acceptOtherCohort: true });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/Only a trainer can import/) },
    });
    expect(b.services.cohorts.list()).toEqual([]);

    await unlockTrainer(b.api);
    const accepted = await b.api['bundle:import']({ file, passphrase: PASSPHRASE, acceptOtherCohort: true });
    expect(accepted).toMatchObject({ ok: true, value: { outcome: 'imported' } });
  }, 60_000);

  it('lets the owner of an own laptop import the feedback returned to them, and nothing else', async () => {
    const { studio: mine, person, cohort } = await ownLaptop();
    const quote = submittedQuote(mine.services, person.id, 'I came here with one suitcase.');
    const trainer = await laptop();
    open.push(trainer);
    const work = await mine.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    imported(await carry(work.files[0]!, trainer, { acceptOtherCohort: true }));
    seedAmbassador(trainer.services, { cohortId: cohort.id, fullName: 'Wei Zhang' });
    trainer.services.comments.add({ targetType: 'quote', targetId: quote.id, field: 'text', body: 'Good.' }, 'Sam');
    const feedback = await trainer.services.bundles.exportFeedback({ cohortId: cohort.id, passphrase: PASSPHRASE });
    // One file per ambassador, so nobody receives another's work.
    expect(feedback.files).toHaveLength(2);
    // Each file holds one person's work and the cohort's own rows; no secrets, PINs, sessions or settings.
    for (const file of feedback.files) {
      const { tables, manifest } = await readBundle(file.bytes, PASSPHRASE);
      expect(tables.ambassador).toHaveLength(1);
      const owner = manifest.ambassadors[0]!.id;
      for (const table of ['quote', 'message_house', 'comment'])
        for (const row of tables[table] ?? []) expect((row as { ambassador_id: string }).ambassador_id).toBe(owner);
      expect(Object.keys(tables)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/trainer|workspace_pin|throttle|setting|session_token/)]),
      );
    }
    const cohortFile = await trainer.services.bundles.exportCohort({
      cohortId: cohort.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });

    const window = mine.window();
    const state = await window['access:state']({});
    expect(state).toMatchObject({ ok: true, value: { laptopKind: 'own', ambassadorId: person.id } });
    const hers = feedback.files.find((f) => f.fileName.includes('Amira'))!;
    const theirs = feedback.files.find((f) => f.fileName.includes('Wei'))!;
    const asFile = (f: { fileName: string; bytes: Uint8Array }) => ({ name: f.fileName, bytes: f.bytes });
    const ok = await window['bundle:import']({ file: asFile(hers), passphrase: PASSPHRASE });
    expect(ok).toMatchObject({ ok: true, value: { outcome: 'imported' } });
    expect(mine.services.comments.list('quote', quote.id).map((c) => c.body)).toEqual(['Good.']);
    for (const other of [theirs, cohortFile.files[0]!]) {
      const refused = await window['bundle:import']({ file: asFile(other), passphrase: PASSPHRASE });
      expect(refused).toMatchObject({
        ok: true,
        value: { outcome: 'refused', reason: expect.stringMatching(/only the feedback your trainer returned to you/) },
      });
    }
    expect(mine.services.ambassadors.list({ includeArchived: true })).toHaveLength(1);
    // Moving to a new laptop is hers to do on her own laptop.
    expect(await window['bundle:exportEverything']({ passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  }, 90_000);
});

describe('pictures and delivery', () => {
  it('re-encodes a bundle photo that carries hidden details before storing it', async () => {
    const a = await laptop();
    const b = await laptop();
    open.push(a, b);
    const { person } = seedPerson(a.services);
    const work = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    const contents = await readBundle(work.files[0]!.bytes, PASSPHRASE);
    const photo = await phonePhoto(1);
    expect(phoneTagsIn(photo).length).toBeGreaterThan(0);
    const sha = sha256Hex(photo);
    const mediaId = crypto.randomUUID();
    const media = [
      {
        id: mediaId,
        kind: 'photo',
        mime: 'image/jpeg',
        size: photo.byteLength,
        sha256: sha,
        created_at: '2026-01-01',
        deleted_at: null,
      },
    ];
    const ambassador = contents.tables.ambassador!.map((row) => ({ ...(row as object), photo_media_id: mediaId }));
    const bytes = await writeBundle(
      { ...contents, tables: { ...contents.tables, media, ambassador }, blobs: new Map([[sha, photo]]) },
      PASSPHRASE,
    );
    imported(await carry({ fileName: 'photo.studio-bundle', bytes }, b, { acceptOtherCohort: true }));
    const stored = b.services.ambassadors.photo(person.id)!;
    expect(stored.bytes.byteLength).toBeGreaterThan(0);
    expect(phoneTagsIn(stored.bytes)).toEqual([]);
  }, 60_000);

  it('carries a cohort’s logo, and the one it replaced as removed', async () => {
    const a = await laptop();
    const b = await laptop();
    open.push(a, b);
    const { cohort } = seedPerson(a.services);
    await a.services.sheets.setLogo(cohort.id, tinyPng(6));
    await a.services.sheets.setLogo(cohort.id, tinyPng(9));
    const file = await a.services.bundles.exportCohort({
      cohortId: cohort.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    expect(file.manifest.holds.blobs).toBe(1);
    const report = imported(await carry(file.files[0]!, b, { acceptOtherCohort: true }));
    expect(report.tables.cohort_logo).toMatchObject({ added: 2 });
    expect(b.services.sheets.logo(cohort.id)).toMatchObject({ mime: 'image/png' });
    expect(b.backend.db!.prepare('SELECT COUNT(*) FROM media WHERE deleted_at IS NOT NULL').pluck().get()).toBe(1);
  }, 60_000);

  it('sends exports back for download in browser mode, and through the save window on the desktop', async () => {
    const saved: string[] = [];
    const desktop = await createTestStudio();
    open.push(desktop);
    const cohort = seedCohort(desktop.services, { name: 'Spring' });
    const person = seedAmbassador(desktop.services, { cohortId: cohort.id, fullName: 'Amira Haddad' });
    const browser = await laptop();
    open.push(browser);
    const other = seedAmbassador(browser.services, { fullName: 'Wei Zhang' });
    const download = await browser.api['bundle:exportWork']({
      ambassadorId: other.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    expect(download).toMatchObject({
      ok: true,
      value: { files: [{ mode: 'download', fileName: expect.stringMatching(/^Work - Wei - /) }] },
    });
    // The desktop's save window is a capability of the handlers; the test studio passes it in like Electron does.
    const handlers = await import('./handlers');
    const withSave = handlers.bundleHandlers({
      services: desktop.services,
      status: () => desktop.backend.status,
      capabilities: { saveFile: (name) => Promise.resolve(saved.push(name) ? `/chosen/${name}` : null) },
    });
    const viewer = desktop.services.access.viewer('desktop');
    const result = await withSave['bundle:exportWork'](
      { ambassadorId: person.id, includeRecordings: false, passphrase: PASSPHRASE },
      { transport: 'direct', viewer },
    );
    expect(result.files).toEqual([{ mode: 'saved', path: `/chosen/${saved[0]}`, fileName: saved[0] }]);
  }, 60_000);
});
