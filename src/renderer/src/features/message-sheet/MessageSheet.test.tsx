import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FitModule from '../../../../shared/features/message-sheet/fit';
import type { FitReport } from '../../../../shared/features/message-sheet/fit';
import { createMockClient, type MockOptions, type MockStudioApi } from '../../api/mock-client';
import { renderWithProviders } from '../../test-utils/render';
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

const AMBASSADOR = '11111111-1111-4111-8111-111111111111';
const COHORT = '44444444-4444-4444-8444-444444444444';
const HOUSE = '22222222-2222-4222-8222-222222222222';
const uuid = (n: number) => `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`;

const house = {
  id: HOUSE,
  ambassadorId: AMBASSADOR,
  title: 'Local radio',
  umbrella: 'Everyone deserves a safe home.',
  pillars: [1, 2].map((n) => ({
    id: uuid(n),
    message: `Key message ${n} text`,
    proofs: [{ id: uuid(n + 10), kind: 'fact' as const, text: `Proof ${n}`, source: '' }],
  })),
};

const approved = (n: number, text: string) => ({
  id: uuid(100 + n),
  ambassadorId: AMBASSADOR,
  text,
  status: 'approved' as const,
  approvedBy: 'Trainer',
  approvedAt: `2026-11-0${n}T10:00:00.000Z`,
});

type AmbassadorSeed = NonNullable<MockOptions['ambassadors']>[number];

function setup(options: MockOptions = {}, ambassador: AmbassadorSeed = {}, before?: (api: MockStudioApi) => void) {
  const api = createMockClient({
    settings: { onboarded: true, currentAmbassadorId: AMBASSADOR, currentCohortId: COHORT },
    cohorts: [
      { id: COHORT, name: 'Winter cohort', organisation: 'Harbour Voices', campaign: 'Home', hashtag: '#Home' },
    ],
    ambassadors: [
      {
        id: AMBASSADOR,
        cohortId: COHORT,
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
      },
    ],
    houses: [house],
    quotes: [
      approved(1, 'Music makes a home.'),
      approved(2, 'We sing for everyone.'),
      approved(3, 'Every voice counts.'),
      approved(4, 'Come and join us.'),
      { id: uuid(200), ambassadorId: AMBASSADOR, text: 'A draft that is not approved.', status: 'draft' },
    ],
    ...options,
  });
  before?.(api);
  const view = renderWithProviders(<MessageSheetScreen />, { api, initialScreen: 'message-sheet' });
  return Object.assign(api, { view });
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

beforeEach(() => {
  fit.report = null;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Message sheet', () => {
  it('offers only what consent and the name mode allow, and previews exactly that', async () => {
    const api = setup();
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
      const last = api.callsTo('sheet:preview').at(-1) as { options: Record<string, unknown> };
      expect(last.options).toMatchObject({
        houseId: HOUSE,
        quoteIds: [uuid(101), uuid(103)],
        includePhoto: false,
        nameMode: 'first',
        topicsDeclined: [],
        paper: 'Letter',
      });
    });
    await waitFor(() =>
      expect(screen.getByTitle('Preview of the message sheet').getAttribute('srcdoc')).not.toContain(
        'We sing for everyone',
      ),
    );
  });

  it('shows a private detail found on the sheet, makes "no" the easy path, and records and undoes a confirmation', async () => {
    const api = setup({}, { shortBio: 'Amina works at Northgate Imaging and sings in a choir.' });
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
    expect(api.callsTo('sheet:confirmPrivateItem')).toHaveLength(0);

    // Saying yes records it; export is possible; undo brings the check back.
    await user.click(screen.getByRole('button', { name: 'It’s OK to print this…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Yes, print it' }));
    await waitFor(() => expect(api.callsTo('sheet:confirmPrivateItem')).toHaveLength(1));
    expect(api.callsTo('sheet:confirmPrivateItem')[0]).toMatchObject({
      ambassadorId: AMBASSADOR,
      findingId: 'bio:employer:0',
    });
    expect(
      await screen.findByText('Every private item on this sheet has been checked and agreed.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Items you said may be printed' })).toHaveTextContent(
      'Short bio: your employer.',
    );
    expect(screen.getByTestId('sheet-status')).toHaveTextContent(
      'Recorded: Short bio may be printed with your employer in it.',
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: 'Undo: Short bio may show your employer' }));
    await waitFor(() => expect(api.callsTo('sheet:revokeConfirmation')).toHaveLength(1));
    expect(await screen.findByRole('list', { name: 'Private items found' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export PDF' })).toBeDisabled());
  });

  it('offers to leave a quote out when the private detail is in a quote', async () => {
    const api = setup({
      quotes: [
        approved(1, 'I learned English at Northgate Imaging evening classes.'),
        approved(2, 'We sing for everyone.'),
      ],
    });
    await previewFrame();
    const user = userEvent.setup();
    expect(await screen.findByRole('list', { name: 'Private items found' })).toHaveTextContent(
      'Quote 1 contains your employer.',
    );
    await user.click(screen.getByRole('button', { name: 'Leave Quote 1 out' }));
    await waitFor(() =>
      expect((api.callsTo('sheet:preview').at(-1) as { options: { quoteIds: string[] } }).options.quoteIds).toEqual([
        uuid(102),
      ]),
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
    setup();
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
    const api = setup();
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
    expect(api.callsTo('file:savePdf')[0]).toMatchObject({ title: 'Message sheet - Amina' });

    api['file:savePdf'] = vi.fn(async () => ({
      ok: true as const,
      value: { mode: 'dialog' as const, path: '/home/amina/Documents/Message sheet - Amina.pdf' },
    }));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('sheet-status')).toHaveTextContent(
        'Saved to /home/amina/Documents/Message sheet - Amina.pdf',
      ),
    );

    api['file:savePdf'] = vi.fn(async () => ({ ok: true as const, value: { mode: 'dialog' as const, path: null } }));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('sheet-status')).toHaveTextContent('Not saved: the save window was closed.'),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains export errors, and offers the browser’s own print when there is no PDF printer', async () => {
    const api = setup();
    const frame = await previewFrame();
    const user = userEvent.setup();

    api['sheet:export'] = vi.fn(async () => ({
      ok: false as const,
      error: {
        code: 'TOO_LARGE' as const,
        message: 'The sheet does not fit on one page, so it was not exported. Shorten Short bio.',
        issues: [{ path: 'bio', message: 'Shorten Short bio' }],
      },
    }));
    await user.click(await screen.findByRole('button', { name: 'Export PDF' }));
    const tooLarge = await screen.findByRole('alert');
    expect(tooLarge).toHaveTextContent('Your PDF was not made');
    expect(tooLarge).toHaveTextContent('does not fit on one page, so it was not exported');
    expect(screen.queryByRole('button', { name: 'Print preview with the browser' })).not.toBeInTheDocument();

    const message =
      'PDF export needs Chromium. Meanwhile, open the preview and use your browser’s own Print > Save as PDF.';
    api['sheet:export'] = vi.fn(async () => ({ ok: false as const, error: { code: 'UNSUPPORTED' as const, message } }));
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

    api['sheet:export'] = vi.fn(async () => ({
      ok: true as const,
      value: {
        bytes: new Uint8Array([37, 80, 68, 70]),
        fileName: 'a.pdf',
        title: 'Message sheet - Amina',
        paper: 'A4' as const,
        pages: 1,
      },
    }));
    api['file:savePdf'] = vi.fn(async () => ({
      ok: false as const,
      error: {
        code: 'UNSUPPORTED' as const,
        message: '“a.pdf” was not saved: the disk is full. Free some space (or choose another drive) and try again.',
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your PDF was not saved'));
    expect(screen.getByRole('alert')).toHaveTextContent('the disk is full');
  });

  it('copies the sheet as text and says so', async () => {
    const api = setup();
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
    expect(api.callsTo('sheet:text')).toHaveLength(1);
  });

  it('says what is missing when no sheet can be made yet, with the way there', async () => {
    setup({ houses: [], quotes: [] });
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
    const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const first = setup({}, { photoConsent: true, hasPhoto: true }, (api) =>
      api.state.photos.set(AMBASSADOR, { mime: 'image/png', bytes: PNG }),
    );
    const frame = await previewFrame();
    const photo = screen.getByRole('checkbox', { name: 'Show my photo' });
    expect(photo).toBeEnabled();
    expect(photo).toBeChecked();
    expect(frame.getAttribute('srcdoc')).toContain('data:image/png;base64,');

    const user = userEvent.setup();
    await user.click(photo);
    await user.click(screen.getByRole('radio', { name: /^Pseudonym/ }));
    await waitFor(() =>
      expect((first.callsTo('sheet:preview').at(-1) as { options: object }).options).toMatchObject({
        includePhoto: false,
        nameMode: 'pseudonym',
      }),
    );
    first.view.unmount();

    // Back on the screen in the same session: the same choices.
    renderWithProviders(<MessageSheetScreen />, { api: first, initialScreen: 'message-sheet' });
    expect(await screen.findByRole('radio', { name: /^Pseudonym/ }, { timeout: 10_000 })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Show my photo' })).not.toBeChecked();
  });
});
