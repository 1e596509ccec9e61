import { act, fireEvent, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FitModule from '../../../../shared/features/message-sheet/fit';
import type { FitReport } from '../../../../shared/features/message-sheet/fit';
import type { Ambassador, AmbassadorFields } from '../../../../shared/features/ambassadors/schemas';
import type { MessageHouse } from '../../../../shared/features/key-messages/schemas';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { AppError } from '../../../../shared/result';
import { tinyPng } from '../../../../main/test-support/images';
import { paperCountPrinter } from '../../../../main/test-support/paper-printer';
import { seedAmbassador, seedCohort, seedHouse, seedQuote } from '../../../../main/test-support/seed';
import type { TestStudio, TestStudioOptions } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { MessageSheetScreen } from './index';

// jsdom lays nothing out, so the fit measurement is played by the test.
const fit = vi.hoisted(() => ({ report: null as FitReport | null }));
vi.mock('../../../../shared/features/message-sheet/fit', async (importOriginal) => {
  const original = await importOriginal<typeof FitModule>();
  return {
    ...original,
    measureSheetFit: vi.fn(
      () =>
        fit.report ?? {
          fits: true,
          sheets: [{ index: 0, name: 'Amina', fits: true, overflowPx: 0, overflowMm: 0, shorten: [], message: '' }],
        },
    ),
  };
});

const QUOTES = ['Music makes a home.', 'We sing for everyone.', 'Every voice counts.', 'Come and join us.'];

interface SetupOptions {
  ambassador?: Partial<AmbassadorFields>;
  /** Texts of the quotes a trainer has approved, in the order they were approved. */
  quotes?: string[];
  /** Also a draft quote, which must never be offered. */
  draft?: boolean;
  /** A primary Message House. */
  house?: boolean;
  photo?: Uint8Array;
  studio?: TestStudioOptions;
}

interface Setup {
  studio: TestStudio;
  amina: Ambassador;
  house: MessageHouse | null;
  quotes: Quote[];
  view: RenderResult;
}

/** Amina, in the Winter cohort, with (by default) a primary Message House, four approved quotes and a draft. */
async function setup({
  ambassador = {},
  quotes: texts = QUOTES,
  draft = true,
  house: withHouse = true,
  photo,
  studio: studioOptions = {},
}: SetupOptions = {}): Promise<Setup> {
  const studio = await openStudio(studioOptions);
  const { services } = studio;
  const cohort = seedCohort(services, {
    name: 'Winter cohort',
    organisation: 'Harbour Voices',
    campaign: 'Home',
    hashtag: '#Home',
  });
  const amina = seedAmbassador(services, {
    cohortId: cohort.id,
    fullName: 'Amina Yusuf',
    firstName: 'Amina',
    nameMode: 'first',
    role: 'Nurse and choir singer',
    shortBio: 'Amina sings in a choir every week.',
    photoConsent: false,
    topicsWelcome: ['Music', 'Health'],
    topicsDeclined: ['Religion'],
    privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
    ...ambassador,
  });
  if (photo) await services.ambassadors.setPhoto(amina.id, photo);
  const house = withHouse
    ? seedHouse(services, amina.id, {
        title: 'Local radio',
        umbrella: 'Everyone deserves a safe home.',
        pillars: [1, 2].map((n) => ({
          id: crypto.randomUUID(),
          message: `Key message ${n} text`,
          proofs: [{ id: crypto.randomUUID(), kind: 'fact' as const, text: `Proof ${n}`, source: '' }],
        })),
      })
    : null;
  const quotes = texts.map((text) => {
    // Approved a minute apart: the sheet offers quotes in the order they were approved.
    studio.clock.advance(60_000);
    return seedQuote(services, amina.id, { text }, 'approved', 'Trainer');
  });
  if (draft) seedQuote(services, amina.id, { text: 'A draft that is not approved.' }, 'draft');
  const view = renderWithStudio(<MessageSheetScreen />, studio, { initialScreen: 'message-sheet' });
  return { studio, amina, house, quotes, view };
}

function quoteId(quotes: Quote[], index: number): string {
  const quote = quotes[index];
  if (!quote) throw new Error(`No quote ${index} was seeded`);
  return quote.id;
}

async function previewFrame(): Promise<HTMLIFrameElement> {
  const frame = (await screen.findByTitle(
    'Preview of the message sheet',
    {},
    { timeout: 10_000 },
  )) as HTMLIFrameElement;
  // jsdom does not load srcdoc documents: play the load event the browser fires.
  await act(async () => {
    fireEvent.load(frame);
    await Promise.resolve();
  });
  return frame;
}

type PdfPrinterFactory = NonNullable<TestStudioOptions['printer']>;
type PdfPrinter = ReturnType<PdfPrinterFactory>;

/** What the Chromium printer answers when there is no Chromium on the computer (missingChromiumMessage). */
const NO_CHROMIUM =
  'PDF export needs Chromium. No Chromium or Chrome was found (looked for CHROMIUM_PATH, then chromium, ' +
  'chromium-browser and google-chrome on PATH). Install it (Debian or Ubuntu: "sudo apt install chromium") or set ' +
  'CHROMIUM_PATH to a Chromium or Chrome executable. Meanwhile, open the preview and use your browser’s own ' +
  'Print > Save as PDF: it prints the same sheet.';

/** A printer whose behaviour the test switches, to act out what a real printer can do (overflow, missing). */
function switchablePrinter(): { factory: PdfPrinterFactory; use(printer: PdfPrinter): void } {
  let current: PdfPrinter = paperCountPrinter();
  return {
    factory: () => ({
      print: (html, options) => current.print(html, options),
      close: async () => undefined,
    }),
    use(printer) {
      current = printer;
    },
  };
}

beforeEach(() => {
  fit.report = null;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Message sheet', () => {
  it('offers only what consent and the name mode allow, and previews exactly that', async () => {
    const { studio, amina, house, quotes: seeded } = await setup();
    const frame = await previewFrame();

    // Name: the profile's mode (first name) or more private, never the full name.
    const names = screen.getByRole('radiogroup', { name: /Name on the sheet/ });
    expect(within(names).getByRole('radio', { name: 'First name only: Amina' })).toBeChecked();
    expect(within(names).getByRole('radio', { name: /^Pseudonym/ })).toBeInTheDocument();
    expect(within(names).queryByRole('radio', { name: /Full name/ })).not.toBeInTheDocument();

    // Photo: no consent, so not offered, with the reason.
    const photo = screen.getByRole('checkbox', { name: 'Show my photo' });
    expect(photo).toBeDisabled();
    expect(photo).not.toBeChecked();
    expect(screen.getByText(/Your profile says no to photos/)).toBeInTheDocument();

    // Quotes: only approved ones, at most three, with a counter.
    const quotes = screen.getByRole('group', { name: /Quotes \(up to 3\)/ });
    expect(within(quotes).getAllByRole('checkbox')).toHaveLength(4);
    expect(within(quotes).queryByRole('checkbox', { name: /draft that is not approved/ })).not.toBeInTheDocument();
    expect(screen.getByText(/3 of 3 chosen/)).toBeInTheDocument();
    expect(within(quotes).getByRole('checkbox', { name: /Come and join us/ })).toBeDisabled();

    // The preview is the sheet's own document, in a sandbox without scripts.
    expect(frame).toHaveAttribute('sandbox', 'allow-same-origin');
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain('Amina');
    expect(html).not.toContain('Yusuf');
    expect(html).not.toContain('draft that is not approved');
    expect(await screen.findByText('Fits on one A4 page.')).toBeInTheDocument();

    // Choices update the preview: a quote out, a pseudonym-free first name kept, Letter paper.
    const user = userEvent.setup();
    await user.click(within(quotes).getByRole('checkbox', { name: /We sing for everyone/ }));
    expect(screen.getByText(/2 of 3 chosen/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Religion' }));
    await user.click(screen.getByRole('radio', { name: 'US Letter' }));
    await waitFor(() => {
      const last = studio.api.callsTo('sheet:preview').at(-1);
      expect(last).toMatchObject({
        ambassadorId: amina.id,
        options: {
          houseId: house?.id,
          quoteIds: [quoteId(seeded, 0), quoteId(seeded, 2)],
          includePhoto: false,
          nameMode: 'first',
          topicsDeclined: [],
          paper: 'Letter',
        },
      });
    });
    await waitFor(() =>
      expect(screen.getByTitle('Preview of the message sheet').getAttribute('srcdoc')).not.toContain(
        'We sing for everyone',
      ),
    );
  });

  it('shows a private detail found on the sheet, makes "no" the easy path, and records and undoes a confirmation', async () => {
    const { studio, amina } = await setup({
      ambassador: { shortBio: 'Amina works at Northgate Imaging and sings in a choir.' },
    });
    await previewFrame();
    const user = userEvent.setup();

    const found = await screen.findByRole('list', { name: 'Private items found' });
    expect(found).toHaveTextContent('Short bio contains your employer.');
    // The detail itself is never shown on the screen (it may be on a projector).
    expect(found).not.toHaveTextContent('Northgate');
    expect(screen.getByTestId('gate-status')).toHaveTextContent(
      'Something you keep private is on this sheet: 1 item to check.',
    );
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Copy as text' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Edit Short bio on Profile' })).toBeEnabled();

    // Saying no changes nothing.
    await user.click(screen.getByRole('button', { name: 'It’s OK to print this…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Print this on your sheet?' });
    expect(dialog).toHaveTextContent(
      'Short bio contains your employer. If you say yes, it will be printed on the sheet',
    );
    expect(dialog).toHaveTextContent('you can undo it');
    expect(within(dialog).getByRole('button', { name: 'No, keep it private' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'No, keep it private' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(studio.api.callsTo('sheet:confirmPrivateItem')).toHaveLength(0);
    expect(studio.services.sheets.choices(amina.id).confirmations).toEqual([]);

    // Saying yes records it; export is possible; undo brings the check back.
    await user.click(screen.getByRole('button', { name: 'It’s OK to print this…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Yes, print it' }));
    await waitFor(() => expect(studio.api.callsTo('sheet:confirmPrivateItem')).toHaveLength(1));
    expect(studio.api.callsTo('sheet:confirmPrivateItem')[0]).toMatchObject({
      ambassadorId: amina.id,
      findingId: 'bio:employer:0',
    });
    expect(
      await screen.findByText('Every private item on this sheet has been checked and agreed.'),
    ).toBeInTheDocument();
    expect(studio.services.sheets.choices(amina.id).confirmations).toEqual([
      expect.objectContaining({
        ambassadorId: amina.id,
        findingId: 'bio:employer:0',
        field: 'bio',
        kind: 'employer',
        // Stamped with who was at the keyboard: Amina in her own workspace.
        confirmedBy: 'Amina Yusuf',
      }),
    ]);
    expect(screen.getByRole('list', { name: 'Items you said may be printed' })).toHaveTextContent(
      'Short bio: your employer.',
    );
    expect(screen.getByTestId('sheet-status')).toHaveTextContent(
      'Recorded: Short bio may be printed with your employer in it.',
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: 'Undo: Short bio may show your employer' }));
    await waitFor(() => expect(studio.api.callsTo('sheet:revokeConfirmation')).toHaveLength(1));
    expect(await screen.findByRole('list', { name: 'Private items found' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export PDF' })).toBeDisabled());
    expect(studio.services.sheets.choices(amina.id).confirmations).toEqual([]);
  });

  it('offers to leave a quote out when the private detail is in a quote', async () => {
    const { studio, quotes } = await setup({
      quotes: ['I learned English at Northgate Imaging evening classes.', 'We sing for everyone.'],
      draft: false,
    });
    await previewFrame();
    const user = userEvent.setup();
    expect(await screen.findByRole('list', { name: 'Private items found' })).toHaveTextContent(
      'Quote 1 contains your employer.',
    );
    await user.click(screen.getByRole('button', { name: 'Leave Quote 1 out' }));
    await waitFor(() =>
      expect(studio.api.callsTo('sheet:preview').at(-1)?.options.quoteIds).toEqual([quoteId(quotes, 1)]),
    );
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Private items found' })).not.toBeInTheDocument());
    expect(screen.getByText('Nothing from your private details was found on this sheet.')).toBeInTheDocument();
  });

  it('says plainly when the sheet does not fit on one page, and what to shorten', async () => {
    fit.report = {
      fits: false,
      sheets: [
        {
          index: 0,
          name: 'Amina',
          fits: false,
          overflowPx: 53,
          overflowMm: 14,
          shorten: [
            { field: 'bio', label: 'Short bio' },
            { field: 'quotes.1', label: 'Quote 2' },
          ],
          message:
            "Amina's sheet is about 14 mm too long for one page: shorten Short bio or Quote 2, or choose fewer quotes.",
        },
      ],
    };
    await setup();
    await previewFrame();
    expect(await screen.findByText('This does not fit on one A4 page')).toBeInTheDocument();
    // Said in the screen's live region, not only shown.
    expect(screen.getByTestId('fit-status')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('fit-status')).toHaveTextContent('This does not fit on one A4 page');
    expect(screen.getByText(/about 14 mm too long for one page: shorten Short bio or Quote 2/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing is cut off for you/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Shorten Short bio on Profile' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Shorten Quote 2 on Press quotes' })).toBeInTheDocument();
  });

  it('downloads the PDF in browser mode and says where a desktop save went', async () => {
    // Browser mode: the export answers with the bytes and the page downloads them.
    const browser = await setup();
    await previewFrame();
    const user = userEvent.setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await user.click(await screen.findByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('sheet-status')).toHaveTextContent(
        'Your message sheet is downloading as “Message sheet - Amina.pdf”.',
      ),
    );
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('Message sheet - Amina.pdf');
    expect(browser.studio.api.callsTo('sheet:export')).toEqual([
      expect.objectContaining({ ambassadorId: browser.amina.id }),
    ]);
    browser.view.unmount();

    // Desktop: the app shows its own save window and writes the file; the screen says where it went.
    const savePdf = vi
      .fn<(title: string, bytes: Uint8Array) => Promise<string | null>>()
      .mockResolvedValueOnce('/home/amina/Documents/Message sheet - Amina.pdf')
      .mockResolvedValueOnce(null);
    await setup({ studio: { savePdf } });
    await previewFrame();
    await user.click(await screen.findByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('sheet-status')).toHaveTextContent(
        'Saved to /home/amina/Documents/Message sheet - Amina.pdf',
      ),
    );
    expect(savePdf).toHaveBeenCalledTimes(1);
    const [title, bytes] = savePdf.mock.calls[0] ?? [];
    expect(title).toBe('Message sheet - Amina');
    expect(new TextDecoder().decode(bytes?.subarray(0, 5))).toBe('%PDF-');

    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('sheet-status')).toHaveTextContent('Not saved: the save window was closed.'),
    );
    expect(savePdf).toHaveBeenCalledTimes(2);
    // Nothing is downloaded on the desktop.
    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains export errors, and offers the browser’s own print when there is no PDF printer', async () => {
    const printer = switchablePrinter();
    const savePdf = vi.fn(async (title: string): Promise<string | null> => {
      // What the desktop app's save answers when the disk is full (saveErrorMessage for ENOSPC).
      throw new AppError(
        'UNSUPPORTED',
        `“${title}.pdf” was not saved: the disk is full. Free some space (or choose another drive) and try again.`,
      );
    });
    await setup({ studio: { printer: printer.factory, savePdf } });
    const frame = await previewFrame();
    const user = userEvent.setup();

    // The sheet spilled onto a second page: the backend refuses it and says what to shorten.
    const twoPages = paperCountPrinter();
    printer.use({ print: (html, options) => twoPages.print(html + html, options), close: async () => undefined });
    await user.click(await screen.findByRole('button', { name: 'Export PDF' }));
    const tooLarge = await screen.findByRole('alert');
    expect(tooLarge).toHaveTextContent('Your PDF was not made');
    expect(tooLarge).toHaveTextContent('does not fit on one page, so it was not exported');
    expect(screen.queryByRole('button', { name: 'Print preview with the browser' })).not.toBeInTheDocument();

    // No Chromium on this computer.
    printer.use({
      print: async () => {
        throw new AppError('UNSUPPORTED', NO_CHROMIUM);
      },
      close: async () => undefined,
    });
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('PDF export needs Chromium.'));
    const print = await screen.findByRole('button', { name: 'Print preview with the browser' });
    // Printing a sandboxed frame needs allow-modals (still no scripts); the frame is made again with it.
    await waitFor(() =>
      expect(screen.getByTitle('Preview of the message sheet')).toHaveAttribute(
        'sandbox',
        'allow-same-origin allow-modals',
      ),
    );
    expect(frame.isConnected).toBe(false);
    const printable = screen.getByTitle('Preview of the message sheet') as HTMLIFrameElement;
    const printSpy = vi.fn();
    Object.defineProperty(printable.contentWindow as Window, 'print', { value: printSpy, configurable: true });
    await user.click(print);
    expect(printSpy).toHaveBeenCalledTimes(1);

    // Printed, but the desktop app could not write the file.
    printer.use(paperCountPrinter());
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your PDF was not saved'));
    expect(screen.getByRole('alert')).toHaveTextContent('the disk is full');
    expect(screen.getByRole('alert')).not.toHaveTextContent('You can still make the PDF');
    expect(savePdf).toHaveBeenCalledTimes(1);
  });

  it('copies the sheet as text and says so', async () => {
    const { studio } = await setup();
    await previewFrame();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const user = userEvent.setup();
    // userEvent installs its own clipboard; put ours back after it.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByTestId('sheet-status')).toHaveTextContent('Copied the sheet as text.');
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('Amina');
    expect(text).not.toContain('Yusuf');
    expect(studio.api.callsTo('sheet:text')).toHaveLength(1);
  });

  it('says what is missing when no sheet can be made yet, with the way there', async () => {
    await setup({ house: false, quotes: [], draft: false });
    expect(
      await screen.findByRole('heading', { name: 'Your sheet is not ready yet' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('There is no primary Message House yet.')).toBeInTheDocument();
    expect(screen.getByText('There is no approved quote yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to Press quotes' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Go to Key messages' }));
    expect(sessionStorage.getItem('ambassador-studio.screen')).toBe('key-messages');
    expect(screen.queryByTitle('Preview of the message sheet')).not.toBeInTheDocument();
  });

  it('offers the photo only with consent and a photo, and remembers the choices for the session', async () => {
    const { studio, view } = await setup({ ambassador: { photoConsent: true }, photo: tinyPng(16) });
    const frame = await previewFrame();
    const photo = screen.getByRole('checkbox', { name: 'Show my photo' });
    expect(photo).toBeEnabled();
    expect(photo).toBeChecked();
    // Stored photos are re-encoded as JPEG, whatever was uploaded.
    expect(frame.getAttribute('srcdoc')).toContain('data:image/jpeg;base64,');

    const user = userEvent.setup();
    await user.click(photo);
    await user.click(screen.getByRole('radio', { name: /^Pseudonym/ }));
    await waitFor(() =>
      expect(studio.api.callsTo('sheet:preview').at(-1)?.options).toMatchObject({
        includePhoto: false,
        nameMode: 'pseudonym',
      }),
    );
    view.unmount();

    // Back on the screen in the same session: the same choices.
    renderWithStudio(<MessageSheetScreen />, studio, { initialScreen: 'message-sheet' });
    expect(await screen.findByRole('radio', { name: /^Pseudonym/ }, { timeout: 10_000 })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Show my photo' })).not.toBeChecked();
  });
});
