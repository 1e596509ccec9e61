/**
 * Camera takes (video with sound) are the ambassador's recordings like any other: stored as they were sent,
 * carried by bundles that carry recordings (and left out of those that do not), and removed by erasure.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../../shared/features/bundles/schemas';
import { MAX_RECORDING_BYTES, MAX_VIDEO_RECORDING_BYTES } from '../../../shared/features/rehearsal/schemas';
import type { Services } from '../../backend/services';
import { unlockTrainer } from '../../test-support/seed';
import type { TestStudio } from '../../test-support/test-studio';
import { carry, imported, laptop, PASSPHRASE, seedPerson } from '../bundles/bundles.test-support';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

async function newLaptop(): Promise<TestStudio> {
  const studio = await laptop();
  open.push(studio);
  return studio;
}

const VIDEO_MIME = 'video/webm;codecs=vp8,opus';

/** A TV session with one camera take larger than any sound recording may be (so only the video cap admits it). */
function cameraTake(services: Services, ambassadorId: string, bytes: Uint8Array) {
  const session = services.rehearsal.start({
    ambassadorId,
    interviewType: 'tv-soundbite',
    mode: 'random',
    count: 1,
    categories: [],
  });
  return services.rehearsal.saveTake({
    sessionId: session.id,
    questionId: session.questionIds[0]!,
    position: 0,
    durationMs: 60_000,
    recording: { mime: VIDEO_MIME, bytes },
    notes: '',
  });
}

describe('camera takes', () => {
  it('travel in a work bundle with recordings, byte for byte, and stay behind without them', async () => {
    const a = await newLaptop();
    const b = await newLaptop();
    const { person } = seedPerson(a.services);
    // Random bytes do not compress, so the bundle really holds a file this size.
    const video = new Uint8Array(randomBytes(MAX_RECORDING_BYTES + 1024 * 1024));
    const take = cameraTake(a.services, person.id, video);
    expect(take).toMatchObject({ hasRecording: true, recordingMime: VIDEO_MIME });

    const withRecordings = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: true,
      passphrase: PASSPHRASE,
    });
    expect(withRecordings.manifest.holds).toMatchObject({ recordings: true, blobs: 1 });
    const report = imported(await carry(withRecordings.files[0]!, b, { acceptOtherCohort: true }));
    expect(report.tables).toMatchObject({ media: expect.objectContaining({ added: 1 }) });
    const arrived = b.services.rehearsal.recording(take.id);
    expect(arrived?.mime).toBe(VIDEO_MIME);
    expect(Buffer.from(arrived!.bytes).equals(Buffer.from(video))).toBe(true);

    const without = await a.services.bundles.exportWork({
      ambassadorId: person.id,
      includeRecordings: false,
      passphrase: PASSPHRASE,
    });
    expect(without.manifest.holds).toMatchObject({ recordings: false, blobs: 0 });
  }, 120_000);

  it('fit a bundle three full-length takes at a time (beyond that, the export asks to leave recordings out)', () => {
    expect(3 * MAX_VIDEO_RECORDING_BYTES).toBeLessThan(MAX_BUNDLE_BYTES);
  });

  it('are removed, bytes and all, when the person is deleted for good', async () => {
    const studio = await newLaptop();
    const trainer = studio.window();
    await unlockTrainer(trainer);
    const { person } = seedPerson(studio.services, 'Lina Haddad');
    const take = cameraTake(studio.services, person.id, new Uint8Array(randomBytes(64 * 1024)));
    const db = studio.backend.db!;
    const videoBytes = () =>
      (
        db.prepare("SELECT COALESCE(SUM(length(bytes)), 0) AS n FROM media WHERE mime LIKE 'video/%'").get() as {
          n: number;
        }
      ).n;
    expect(videoBytes()).toBe(64 * 1024);

    const erased = await trainer['ambassador:erase']({ id: person.id, confirmName: 'Lina Haddad' });
    expect(erased, JSON.stringify(erased)).toMatchObject({ ok: true });
    expect(videoBytes()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM take WHERE id = ?').get(take.id)).toEqual({ n: 0 });
  });
});
