/**
 * A phone photo's GPS position and its owner's name must not reach the press. Photos and logos go in through
 * the channels as a window sends them, the sheet and press pack come out of the real Chromium, and the images
 * inside the PDF are pulled out with poppler's `pdfimages -all` and read with exiftool, as a curious reader
 * would.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inspectImage } from '../../../shared/image-metadata';
import type { PdfDelivery } from '../../../shared/features/message-sheet/api';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { pdfImages, pdfMentions } from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinter, PdfPrinterFactory } from '../../pdf/printer';
import {
  dimensions,
  exifTags,
  PHONE,
  phonePhoto,
  phoneTagsIn,
  pngBomb,
  pngWithText,
  truncatedJpeg,
  webpWithExif,
} from '../../test-support/images';
import { seedAmbassador, seedCohort, seedHouse, seedQuote, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { toBase64 } from '../../../shared/features/message-sheet/images';
import { LONG } from './service.test-env';

let chromium: PdfPrinter;
const sharedChromium: PdfPrinterFactory = () => ({
  print: (html, options) => chromium.print(html, options),
  measure: (html, options) => chromium.measure!(html, options),
  close: async () => undefined,
});
beforeAll(() => {
  chromium = createChromiumPrinter({ idleMs: 0 });
});
afterAll(async () => {
  await chromium.close();
});

const studios: TestStudio[] = [];
afterEach(() => {
  while (studios.length > 0) studios.pop()?.close();
});

/** A trainer's window on a cohort with one ambassador who agreed to a photo. */
async function photoStudio() {
  const studio = await createTestStudio({ printer: sharedChromium });
  studios.push(studio);
  const { services } = studio;
  const cohort = seedCohort(services, { name: 'Residential', organisation: 'Harbour Voices' });
  const amira = seedAmbassador(services, {
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    nameMode: 'first',
    photoConsent: true,
    cohortId: cohort.id,
  });
  await unlockTrainer(studio.api);
  return { studio, ambassadorId: amira.id, cohortId: cohort.id };
}

/** The same, with what a sheet needs: a primary Message House and an approved quote. */
async function readyStudio() {
  const ready = await photoStudio();
  const { services } = ready.studio;
  const house = seedHouse(services, ready.ambassadorId, {
    umbrella: 'We build this town together',
    pillars: [{ id: crypto.randomUUID(), message: 'Care work keeps the town going', proofs: [] }],
  });
  const quote = { text: 'Our street is our home.', houseId: house.id, consentNotes: 'Press pack' };
  seedQuote(services, ready.ambassadorId, quote, 'approved');
  return ready;
}

function pdfBytes(delivery: PdfDelivery): Uint8Array {
  if (delivery.mode !== 'download') throw new Error('expected the PDF in the answer');
  return delivery.bytes;
}

/** The tags that give away where or by whom, for one image: exiftool prints none of them. */
function giveaways(image: Uint8Array): string[] {
  return Object.entries(exifTags(image))
    .filter(([key]) => /GPS|Artist|ImageDescription|Creator|By-line|Comment|Author|Thumbnail/i.test(key))
    .map(([key, value]) => `${key}: ${String(value)}`);
}

/** Every image pdfimages pulls out of the PDF: exiftool finds nothing in it, nor do the words of the caption. */
function expectCleanImages(what: string, pdf: Uint8Array): Array<{ name: string; bytes: Uint8Array }> {
  const images = pdfImages(pdf);
  // The photo goes in as a JPEG, the logo as an image plus its transparency mask.
  expect(
    images.some((i) => i.name.endsWith('.jpg')),
    what,
  ).toBe(true);
  expect(images.length, what).toBeGreaterThanOrEqual(2);
  for (const image of images) {
    expect(giveaways(image.bytes), `${what} ${image.name}`).toEqual([]);
    expect(inspectImage(image.bytes).metadata, `${what} ${image.name}`).toEqual([]);
  }
  for (const words of [PHONE.description, 'Hope Street', PHONE.artist]) {
    expect(pdfMentions(pdf, words), `${what}: ${words}`).toEqual([]);
  }
  return images;
}

describe('photos and logos carry nothing hidden to the press', () => {
  it(
    'a phone photo and an edited logo, uploaded through the channels, are stored clean and upright and leave the PDFs clean',
    async () => {
      const { studio, ambassadorId, cohortId } = await readyStudio();
      const logo = await pngWithText();
      expect(giveaways(logo)).not.toEqual([]);
      expect(await studio.api['sheet:setLogo']({ cohortId, bytes: logo })).toMatchObject({
        ok: true,
        value: { hasLogo: true, mime: 'image/png' },
      });

      // Sideways (Orientation 6) and upright: Chromium redraws the first anyway, but would copy the second
      // into the PDF byte for byte, GPS and all (see the next test).
      for (const [orientation, upright] of [
        [6, { width: 480, height: 640 }],
        [1, { width: 640, height: 480 }],
      ] as const) {
        const phone = await phonePhoto(orientation);
        expect(giveaways(phone).length).toBeGreaterThanOrEqual(5);
        expect(await studio.api['ambassador:setPhoto']({ id: ambassadorId, bytes: phone })).toMatchObject({ ok: true });
        const stored = await studio.api['ambassador:photo']({ id: ambassadorId });
        if (!stored.ok || !stored.value) throw new Error('no stored photo');
        expect(stored.value.mime).toBe('image/jpeg');
        expect(phoneTagsIn(stored.value.bytes)).toEqual([]);
        expect(inspectImage(stored.value.bytes).metadata).toEqual([]);
        // The orientation is in the pixels now, and the tag is gone.
        expect(await dimensions(stored.value.bytes)).toEqual(upright);

        const sheet = await studio.api['sheet:export']({ ambassadorId, options: { paper: 'A4' } });
        if (!sheet.ok) throw new Error(sheet.error.message);
        const images = expectCleanImages(`sheet (orientation ${orientation})`, pdfBytes(sheet.value.delivery));
        // Chromium copied the stored JPEG in byte for byte: the cleaning, not Chromium, is what kept it clean.
        const same = (image: { bytes: Uint8Array }) => Buffer.from(image.bytes).equals(stored.value!.bytes);
        expect(images.some(same)).toBe(true);
      }
      const pack = await studio.api['pack:export']({ cohortId, options: { paper: 'A4' } });
      if (!pack.ok) throw new Error(pack.error.message);
      expectCleanImages('press pack', pdfBytes(pack.value.delivery));
    },
    LONG,
  );

  it(
    'what the PDF check would see without cleaning: Chromium copies a JPEG with its GPS into the PDF',
    async () => {
      // Guards the test above: pdfimages and exiftool do find the details when they are there. (An upright
      // photo: one with an Orientation tag Chromium has to redraw anyway, which happens to drop the tags.)
      const phone = await phonePhoto(1);
      const html = `<!DOCTYPE html><html><body><img src="data:image/jpeg;base64,${toBase64(phone)}"></body></html>`;
      const pdf = await chromium.print(html, { paper: 'A4' });
      const [image] = pdfImages(pdf);
      expect(giveaways(image!.bytes)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^GPS:GPSLatitude/), `IFD0:Artist: ${PHONE.artist}`]),
      );
    },
    LONG,
  );

  it('refuses a non-image, a truncated JPEG and a decompression bomb with a sentence, storing nothing', async () => {
    const { studio, ambassadorId } = await photoStudio();
    const cases = [
      [
        new TextEncoder().encode('%PDF-1.7 this is a document, not a photo'),
        'UNSUPPORTED',
        'That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.',
      ],
      [
        await truncatedJpeg(),
        'UNSUPPORTED',
        'That photo could not be read: the file looks damaged or incomplete. Save it again, or choose another image.',
      ],
      [
        pngBomb(),
        'TOO_LARGE',
        'That photo is 30000 × 30000 pixels; the limit is 64 megapixels (for example 8000 × 8000). Choose a smaller image.',
      ],
    ] as const;
    for (const [bytes, code, message] of cases) {
      expect(await studio.api['ambassador:setPhoto']({ id: ambassadorId, bytes })).toEqual({
        ok: false,
        error: { code, message },
      });
    }
    expect(await studio.api['ambassador:photo']({ id: ambassadorId })).toEqual({ ok: true, value: null });
    expect(studio.backend.db!.prepare('SELECT count(*) AS n FROM media').get()).toEqual({ n: 0 });
  });

  it('a WebP with EXIF is stored as a clean JPEG', async () => {
    const { studio, ambassadorId } = await photoStudio();
    const webp = await webpWithExif();
    expect(giveaways(webp)).not.toEqual([]);
    await studio.api['ambassador:setPhoto']({ id: ambassadorId, bytes: webp });
    const stored = studio.services.ambassadors.photo(ambassadorId);
    expect(stored?.mime).toBe('image/jpeg');
    expect(giveaways(stored!.bytes)).toEqual([]);
  });

  it(
    'a photo stored raw by a direct write is refused at export, naming the hidden details',
    async () => {
      const { studio, ambassadorId } = await readyStudio();
      // As a version before cleaning (or any path around the services) would have left it in the table.
      const db = studio.backend.db!;
      const mediaId = crypto.randomUUID();
      db.prepare(
        `INSERT INTO media (id, kind, mime, size, sha256, bytes, created_at, updated_at)
         VALUES (?, 'photo', 'image/jpeg', 0, '', ?, 'now', 'now')`,
      ).run(mediaId, Buffer.from(await phonePhoto()));
      db.prepare('UPDATE ambassador SET photo_media_id = ? WHERE id = ?').run(mediaId, ambassadorId);

      const refused = await studio.api['sheet:export']({ ambassadorId, options: { paper: 'A4' } });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'NOT_FOUND',
          message:
            'The stored photo still carries hidden details, such as where it was taken, so it cannot go on a sheet. Upload it again.',
        },
      });
    },
    LONG,
  );
});
