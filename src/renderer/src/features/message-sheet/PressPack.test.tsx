import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../shared/features/access/schemas';
import { AppError } from '../../../../shared/result';
import { inspectImage } from '../../../../shared/image-metadata';
import { tinyPng } from '../../../../main/test-support/images';
import { paperCountPrinter } from '../../../../main/test-support/paper-printer';
import { seedAmbassador, seedCohort, seedHouse, seedQuote, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio, TestStudioOptions } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { CohortLogo } from './CohortLogo';
import { MessageSheetScreen } from './index';

type PdfPrinterFactory = NonNullable<TestStudioOptions['printer']>;

/**
 * The Winter cohort: Amira is ready for the pack (a primary Message House and an approved quote), Olena is
 * not (no Message House). Amira is the current ambassador.
 */
async function setup(
  role: Role = 'trainer',
  options: TestStudioOptions = {},
): Promise<{ studio: TestStudio; cohortId: string }> {
  const studio = await openStudio(options);
  const { services } = studio;
  const cohort = seedCohort(services, {
    name: 'Winter cohort',
    organisation: 'Harbour Voices',
    campaign: 'Home Is Where We Build It',
  });
  const olena = seedAmbassador(
    services,
    { cohortId: cohort.id, fullName: 'Olena Kovalenko', firstName: 'Olena', nameMode: 'first' },
    { current: false },
  );
  const amira = seedAmbassador(services, {
    cohortId: cohort.id,
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    nameMode: 'full',
  });
  seedHouse(services, amira.id, { title: 'Radio', umbrella: 'We build home together.' });
  seedQuote(services, amira.id, { text: 'Home is what we build.' }, 'approved', 'Trainer');
  // Olena has an approved quote too, but no Message House: she is left out.
  seedQuote(services, olena.id, { text: 'We are all neighbours.' }, 'approved', 'Trainer');
  // After the seeding: this window opens on Amira's workspace (the starting one) at its first call.
  if (role === 'trainer') await unlockTrainer(studio.api);
  renderWithStudio(<MessageSheetScreen />, studio, { initialScreen: 'message-sheet' });
  return { studio, cohortId: cohort.id };
}

/** The PDF printer, held at its first print until `release()`: the press pack is seen while it prints. */
function heldPrinter(): { factory: PdfPrinterFactory; printing: Promise<void>; release(): void } {
  let release: () => void = () => undefined;
  let started: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const printing = new Promise<void>((resolve) => {
    started = resolve;
  });
  const real = paperCountPrinter();
  return {
    factory: () => ({
      print: async (html, options) => {
        started();
        await gate;
        return real.print(html, options);
      },
      close: async () => undefined,
    }),
    printing,
    release: () => release(),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Press pack', () => {
  it('is made in trainer mode only', async () => {
    await setup('ambassador');
    expect(
      await screen.findByText(
        /Your trainer can put the sheets of the whole group into one press pack/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export press pack' })).not.toBeInTheDocument();
  });

  it('shows progress while it prints, then who is in the pack and who was left out, and why', async () => {
    const printer = heldPrinter();
    const { studio, cohortId } = await setup('trainer', { printer: printer.factory });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export press pack' }, { timeout: 10_000 }));
    await printer.printing;
    // The backend is printing the cover and one sheet; the screen shows what pack:progress says.
    expect(studio.services.sheets.packProgress()).toMatchObject({
      running: true,
      stage: 'printing',
      done: 0,
      total: 2,
      message: 'Printing 2 pages…',
    });
    const bar = await screen.findByRole('progressbar', { name: 'Press pack progress' });
    await waitFor(() => expect(screen.getByTestId('pack-status')).toHaveTextContent('Printing 2 pages…'));
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(studio.api.callsTo('pack:progress').length).toBeGreaterThan(0);

    printer.release();
    await waitFor(() =>
      expect(screen.getByTestId('pack-status')).toHaveTextContent(
        'The press pack is downloading as “Press pack - Home Is Where We Build It.pdf”.',
      ),
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const summary = screen.getByTestId('pack-summary');
    expect(summary).toHaveTextContent('2 pages: a cover and 1 sheet.');
    expect(within(summary).getByRole('list', { name: 'Ambassadors in the pack' })).toHaveTextContent('Amira Haddad');
    const skipped = within(summary).getByRole('list', { name: 'Ambassadors left out' });
    expect(skipped).toHaveTextContent('Olena: Olena has no primary Message House yet.');
    expect(studio.api.callsTo('pack:export')[0]).toEqual({ cohortId, options: { paper: 'A4' } });
  });

  it('says why a file is refused as a logo, and stores and removes a real one', async () => {
    const { studio, cohortId } = await setup();
    // The file picker offers images only; a renamed or dragged-in file can still be anything.
    const user = userEvent.setup({ applyAccept: false });
    const input = await screen.findByLabelText('Logo file', {}, { timeout: 10_000 });
    await user.upload(
      input,
      new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', { type: 'image/svg+xml' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That logo is not an image we can use. Choose a PNG, JPEG, WebP or GIF file',
    );
    expect(studio.services.sheets.logo(cohortId)).toBeNull();

    await user.upload(input, new File([new Uint8Array(tinyPng(16))], 'logo.png', { type: 'image/png' }));
    expect(await screen.findByRole('img', { name: 'Logo of Harbour Voices' })).toBeInTheDocument();
    expect(screen.getByText(/Logo saved/)).toBeInTheDocument();
    expect(studio.api.callsTo('sheet:setLogo')).toHaveLength(2);
    // Kept re-encoded: a PNG with nothing but its picture in it.
    const kept = studio.services.sheets.logo(cohortId);
    expect(kept?.mime).toBe('image/png');
    expect(inspectImage(kept!.bytes)).toEqual({ format: 'image/png', readable: true, metadata: [] });

    await user.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(await screen.findByText('No logo yet.')).toBeInTheDocument();
    expect(screen.getByText('Logo removed.')).toBeInTheDocument();
    expect(studio.services.sheets.logo(cohortId)).toBeNull();
  });

  it('shows the cohort’s logo read-only outside trainer mode, with the reason', async () => {
    const studio = await openStudio();
    const cohort = seedCohort(studio.services, { name: 'Winter cohort', organisation: 'Harbour Voices' });
    await studio.services.sheets.setLogo(cohort.id, tinyPng(16));
    renderWithStudio(<CohortLogo cohort={cohort} />, studio);

    expect(await screen.findByRole('img', { name: 'Logo of Harbour Voices' })).toBeInTheDocument();
    expect(
      screen.getByText('Only a trainer can change the cohort’s logo. Unlock trainer mode to change it.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Logo file')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /logo/ })).not.toBeInTheDocument();
  });

  it('explains a pack that cannot be made', async () => {
    // No Chromium on this computer: the printer answers as the Chromium printer does.
    await setup('trainer', {
      printer: () => ({
        print: async () => {
          throw new AppError('UNSUPPORTED', 'PDF export needs Chromium. Install it and try again.');
        },
        close: async () => undefined,
      }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export press pack' }, { timeout: 10_000 }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The press pack was not made');
    expect(alert).toHaveTextContent('PDF export needs Chromium.');
  });
});
