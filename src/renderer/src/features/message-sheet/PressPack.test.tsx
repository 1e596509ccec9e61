import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackExport } from '../../../../shared/features/message-sheet/api';
import { createMockClient } from '../../api/mock-client';
import type { Result } from '../../api/result';
import { renderWithProviders } from '../../test-utils/render';
import { MessageSheetScreen } from './index';

const COHORT = '44444444-4444-4444-8444-444444444444';
const READY = '11111111-1111-4111-8111-111111111111';
const NOT_READY = '11111111-1111-4111-8111-222222222222';
const HOUSE = '22222222-2222-4222-8222-222222222222';
const uuid = (n: number) => `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`;

function setup(role: 'trainer' | 'ambassador' = 'trainer') {
  const api = createMockClient({
    settings: { onboarded: true, role, currentAmbassadorId: READY, currentCohortId: COHORT },
    cohorts: [
      { id: COHORT, name: 'Winter cohort', organisation: 'Harbour Voices', campaign: 'Home Is Where We Build It' },
    ],
    ambassadors: [
      { id: READY, cohortId: COHORT, fullName: 'Amira Haddad', firstName: 'Amira', nameMode: 'full' },
      { id: NOT_READY, cohortId: COHORT, fullName: 'Olena Kovalenko', firstName: 'Olena', nameMode: 'first' },
    ],
    houses: [{ id: HOUSE, ambassadorId: READY, title: 'Radio', umbrella: 'We build home together.', pillars: [] }],
    quotes: [
      {
        id: uuid(1),
        ambassadorId: READY,
        text: 'Home is what we build.',
        status: 'approved',
        approvedBy: 'Trainer',
        approvedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
  });
  renderWithProviders(<MessageSheetScreen />, { api, initialScreen: 'message-sheet' });
  return api;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Press pack', () => {
  it('is made in trainer mode only', async () => {
    setup('ambassador');
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
    const api = setup();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const real = api['pack:export'];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    api['pack:export'] = vi.fn(async (input: Parameters<typeof real>[0]): Promise<Result<PackExport>> => {
      await gate;
      return real(input);
    });
    api['pack:progress'] = vi.fn(async () => ({
      ok: true as const,
      value: { running: true, stage: 'printing' as const, done: 1, total: 2, message: 'Printing 2 pages…' },
    }));

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export press pack' }, { timeout: 10_000 }));
    const bar = await screen.findByRole('progressbar', { name: 'Press pack progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '50'));
    expect(screen.getByTestId('pack-status')).toHaveTextContent('Printing 2 pages…');
    expect(api['pack:progress']).toHaveBeenCalled();

    release();
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
    expect(api.callsTo('pack:export')[0]).toEqual({ cohortId: COHORT, options: { paper: 'A4' } });
  });

  it('says why a file is refused as a logo, and stores and removes a real one', async () => {
    const api = setup();
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

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await user.upload(input, new File([png], 'logo.png', { type: 'image/png' }));
    expect(await screen.findByRole('img', { name: 'Logo of Harbour Voices' })).toBeInTheDocument();
    expect(screen.getByText(/Logo saved/)).toBeInTheDocument();
    expect(api.callsTo('sheet:setLogo')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(await screen.findByText('No logo yet.')).toBeInTheDocument();
    expect(screen.getByText('Logo removed.')).toBeInTheDocument();
  });

  it('explains a pack that cannot be made', async () => {
    const api = setup();
    api['pack:export'] = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'UNSUPPORTED' as const, message: 'PDF export needs Chromium. Install it and try again.' },
    }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export press pack' }, { timeout: 10_000 }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The press pack was not made');
    expect(alert).toHaveTextContent('PDF export needs Chromium.');
  });
});
