import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { seedAmbassador, seedHouse } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { HousePicturePdfButton } from './HousePicturePdfButton';

async function setup(options: Parameters<typeof openStudio>[0] = {}, template: 'house' | 'box' = 'house') {
  const studio = await openStudio(options);
  const amina = seedAmbassador(studio.services, { firstName: 'Amina', fullName: 'Amina Yusuf', nameMode: 'first' });
  const house = seedHouse(studio.services, amina.id, {
    title: 'Local radio',
    umbrella: 'Everyone deserves a home.',
    template,
  });
  const beforeExport = vi.fn(async () => undefined);
  const view = renderWithStudio(<HousePicturePdfButton houseId={house.id} beforeExport={beforeExport} />, studio);
  return { studio, house, beforeExport, view };
}

describe('HousePicturePdfButton', () => {
  it('saves what is typed, then downloads a one-page PDF in browser mode', async () => {
    const { studio, house, beforeExport } = await setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save the house picture as a PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('house-pdf-status')).toHaveTextContent(
        'Your Message House is downloading as “Message House - Local radio.pdf”.',
      ),
    );
    expect(beforeExport).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('Message House - Local radio.pdf');
    expect(studio.api.callsTo('sheet:housePicture')).toEqual([{ houseId: house.id }]);
    click.mockRestore();
  });

  it('says where the desktop app saved it', async () => {
    const savePdf = vi.fn(async () => '/home/amina/Message House - Local radio.pdf');
    await setup({ savePdf });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save the house picture as a PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('house-pdf-status')).toHaveTextContent(
        'Saved to /home/amina/Message House - Local radio.pdf',
      ),
    );
    expect(savePdf).toHaveBeenCalledWith('Message House - Local radio', expect.any(Uint8Array));
  });

  it('explains why a Message Box has no picture to print', async () => {
    await setup({}, 'box');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save the house picture as a PDF' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This one is a Message Box, which has no house picture.',
    );
  });
});
