/**
 * Who may do what with an agenda, through the real dispatcher and sessions: trainers edit and see facilitator
 * notes; an ambassador's window reads the agenda without them, prints only the wall copy and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AGENDA_TEMPLATE } from '../../../shared/features/agenda/template';
import type { Agenda } from '../../../shared/features/agenda/schemas';
import { handMadePdf } from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinterFactory } from '../../pdf/printer';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

const NOTES = AGENDA_TEMPLATE.map((b) => b.notes).filter((n) => n !== '');

async function setup() {
  const printed: string[] = [];
  const printer: PdfPrinterFactory = () => ({
    print: async (html) => {
      printed.push(html);
      return handMadePdf(1);
    },
    close: async () => undefined,
  });
  const studio = await createTestStudio({ printer });
  open.push(studio);
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  const trainer = studio.window();
  await unlockTrainer(trainer);
  // The test's own window stays in ambassador mode; another window of the same laptop is the trainer's.
  return { studio, cohortId: cohort.id, trainer, ambassador: studio.api, printed };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('agenda permissions', () => {
  it('an ambassador reads the agenda without a word of the facilitator notes; a trainer sees them', async () => {
    const { cohortId, trainer, ambassador } = await setup();
    const seen = value(await ambassador['agenda:get']({ cohortId }));
    expect(seen.notesHidden).toBe(true);
    expect(seen.blocks).toHaveLength(AGENDA_TEMPLATE.length);
    expect(seen.blocks.every((b) => b.notes === '')).toBe(true);
    const text = JSON.stringify(seen);
    for (const note of NOTES) expect(text).not.toContain(note.slice(0, 40));

    const full: Agenda = value(await trainer['agenda:get']({ cohortId }));
    expect(full.notesHidden).toBe(false);
    expect(full.blocks.map((b) => b.notes)).toEqual(AGENDA_TEMPLATE.map((b) => b.notes));
  });

  it('refuses every change from an ambassador’s window, and writes nothing', async () => {
    const { studio, cohortId, ambassador } = await setup();
    const { blocks, version } = value(await ambassador['agenda:get']({ cohortId }));
    const id = blocks[0]!.id;
    const change = { cohortId, baseVersion: version };
    const attempts = [
      ambassador['agenda:addBlock']({ ...change, fields: { ...AGENDA_TEMPLATE[0]!, title: 'Mine' } }),
      ambassador['agenda:updateBlock']({ ...change, id, patch: { title: 'Mine' } }),
      ambassador['agenda:removeBlock']({ ...change, id }),
      ambassador['agenda:moveBlock']({ ...change, id, direction: 'later' }),
      ambassador['agenda:setStartDate']({ ...change, startDate: '2026-10-13' }),
      ambassador['agenda:reset'](change),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Only a trainer can change the cohort’s agenda. Unlock trainer mode first.',
        },
      });
    }
    expect(studio.services.agenda.get(cohortId)).toMatchObject({ version: 1, startDate: '' });
  });

  it('prints the wall copy for anyone; the copy with notes only for a trainer', async () => {
    const { cohortId, trainer, ambassador, printed } = await setup();
    const wall = value(await ambassador['agenda:exportPdf']({ cohortId }));
    expect(wall).toMatchObject({ fileName: 'Agenda - Migrants Day 2026.pdf', pages: 1, paper: 'A4' });
    expect(wall.delivery.mode).toBe('download');
    for (const note of NOTES) expect(printed[0]).not.toContain(note.slice(0, 30));

    const refused = await ambassador['agenda:exportPdf']({ cohortId, includeNotes: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(printed).toHaveLength(1);

    value(await trainer['agenda:exportPdf']({ cohortId, includeNotes: true }));
    expect(printed[1]).toContain('Facilitator copy');
    expect(printed[1]).toContain('Name the wellbeing contact for both days.');
  });
});
