/** The Message House picture as a one-page PDF, printed by the real Chromium and read back with poppler. */
import { describe, expect, it } from 'vitest';
import { compact, normaliseExtracted, pdfInfo, pdfText } from '../../pdf/pdf-inspect.test-support';
import { failure, LONG, useSheetTestEnv } from './service.test-env';
import { seedSampleSheets } from './service.test-support';

const env = useSheetTestEnv();

describe('house picture PDF (real Chromium)', () => {
  it(
    'prints the roof, pillars with proof points and sources, and the foundation on one page, by public name',
    async () => {
      const services = await env.studio();
      const s = seedSampleSheets(services);
      const printed = await services.sheets.housePicture(s.olena.houseId);
      expect(printed).toMatchObject({ pages: 1, paper: 'A4', title: 'Message House - Main house tag-o' });
      expect(pdfInfo(printed.bytes)).toMatchObject({ Pages: '1', Title: 'Message House - Main house tag-o' });
      const text = normaliseExtracted(pdfText(printed.bytes));
      // Words only: the wall-sized type breaks lines (and "tag-o" at its hyphen) where it likes.
      const words = compact(text);
      expect(words).toContain(compact('People who came here help build the places we all call home'));
      expect(words).toContain(compact('Welcome is something neighbours do'));
      expect(words).toContain(compact('Forty people sing in the Thursday choir'));
      expect(words).toContain(compact('Source: Fictional source'));
      expect(text).toContain('Not for the press');
      expect(text).toContain('Olena');
      expect(text).not.toContain('Kovalenko');
    },
    LONG,
  );

  it(
    'prints a house with long proof points in smaller type, and refuses one that fits no page',
    async () => {
      const services = await env.studio();
      const s = seedSampleSheets(services);
      const house = services.houses.get(s.amira.houseId);
      const story = (n: number) =>
        `${'We sang in the hall every Thursday and neighbours kept coming back. '.repeat(n)}`;
      const withProofs = (n: number) =>
        house.pillars.map((p) => ({
          id: p.id,
          proofs: [1, 2, 3].map(() => ({
            id: crypto.randomUUID(),
            kind: 'story' as const,
            text: story(n),
            source: '',
          })),
        }));
      const update = (n: number) =>
        services.houses.update(s.amira.houseId, services.houses.get(s.amira.houseId).version, {
          pillarPatches: withProofs(n),
        });
      update(4);
      expect((await services.sheets.housePicture(s.amira.houseId)).pages).toBe(1);
      update(40);
      const error = await failure(services.sheets.housePicture(s.amira.houseId));
      expect(error.code).toBe('TOO_LARGE');
      expect(error.message).toMatch(/does not fit on one page even in small type/);
    },
    LONG,
  );
});
