/**
 * The Message House is checked as it is edited, like a press quote: the same language guide (with the
 * cohort's own rules), the same notes under each field and the same safeguarding alert at the top.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedCohort, seedHouse, seedSettings } from '../../../../main/test-support/seed';
import type { HouseFields } from '../../../../shared/features/key-messages/schemas';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { KeyMessagesScreen } from './index';

const uuid = (n: number) => `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`;

const house: Partial<HouseFields> = {
  title: 'Local radio',
  audience: 'Morning radio listeners',
  goal: 'Come to the open day',
  umbrella: 'We are people, not a flood or a wave.',
  pillars: [
    {
      id: uuid(1),
      message: 'Newcomers keep our town going, not hordes at the gates.',
      proofs: [{ id: uuid(2), kind: 'story', text: 'I came here illegally and now I run the choir.', source: '' }],
    },
  ],
};

/** Amina, in a cohort whose trainer added a rule about "queue jumpers", with the house above. */
async function setup() {
  const studio = await openStudio();
  const { services } = studio;
  const cohort = seedCohort(services);
  services.languageRules.set(cohort.id, [
    {
      id: 'cohort-queue-jumpers',
      terms: ['queue jumper'],
      why: 'There is no queue for asylum.',
      alternatives: ['person seeking safety'],
      source: 'Cohort trainer',
    },
  ]);
  const amina = seedAmbassador(services, { firstName: 'Amina', fullName: 'Amina Yusuf', cohortId: cohort.id });
  seedHouse(services, amina.id, house);
  seedSettings(services);
  renderWithStudio(<KeyMessagesScreen />, studio);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
  return user;
}

describe('Checks on the Message House', () => {
  it('flags a negated water frame in the umbrella message, gently, with the reason', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: /^Umbrella message, step/ }));
    const notes = await screen.findByRole('list', { name: 'Notes on Umbrella message' });
    const items = within(notes).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-severity'))).toEqual(['info', 'info']);
    expect(items[0]).toHaveTextContent('Tip: “a flood”');
    expect(items[1]).toHaveTextContent('Tip: “a wave”');
    expect(items[0]).toHaveTextContent('Repeating a frame strengthens it');
    expect(items[0]).toHaveTextContent('Say what people are, not what they are not');
  });

  it('flags dehumanising words in a key message, and uses the cohort’s own rules', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: /^Key messages, step/ }));
    const notes = await screen.findByRole('list', { name: 'Notes on Key message 1' });
    expect(notes).toHaveTextContent('“hordes”');
    const area = screen.getByRole('textbox', { name: 'Key message 1' });
    await user.type(area, ' No queue jumpers.');
    expect(await within(notes).findByText(/“queue jumpers”: There is no queue for asylum/)).toBeInTheDocument();
    // The notes warn; they never stop the words being saved.
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'saved'), {
      timeout: 5000,
    });
  });

  it('raises the safeguarding prompt for a proof point that says “I came here illegally”', async () => {
    const user = await setup();
    const alert = await screen.findByTestId('safeguarding-alert');
    expect(alert).toHaveTextContent('This could affect your asylum or immigration case');
    expect(alert).toHaveTextContent(
      'Proof point 1 for key message 1: This says you entered the country without permission. What you say can affect your asylum or immigration case. Check with your legal adviser before saying this in public.',
    );
    await user.click(screen.getByRole('button', { name: /^Proof points, step/ }));
    const notes = await screen.findByRole('list', { name: 'Notes on Proof point 1 for key message 1' });
    const item = within(notes)
      .getByText(/This says you entered the country/)
      .closest('li');
    expect(item).toHaveAttribute('data-kind', 'safeguarding');
    expect(item).toHaveAttribute('data-severity', 'strong');
  });

  it('gathers every wording and safeguarding note on the Review step, with a way back to each step', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: /^Review, step/ }));
    const notes = await screen.findByTestId('house-notes');
    expect(within(notes).getByRole('heading', { name: 'Notes on the wording' })).toBeInTheDocument();
    const umbrella = within(notes).getByRole('list', { name: 'Review notes on Umbrella message' });
    expect(umbrella).toHaveTextContent('“a flood”');
    expect(within(notes).getByRole('list', { name: 'Review notes on Key message 1' })).toHaveTextContent('“hordes”');
    const proof = within(notes).getByRole('list', { name: 'Review notes on Proof point 1 for key message 1' });
    expect(proof).toHaveTextContent('This says you entered the country without permission');
    await user.click(within(notes).getAllByRole('button', { name: /^Go to / })[0] as HTMLElement);
    expect(await screen.findByRole('textbox', { name: 'Umbrella message' })).toBeInTheDocument();
  });
});
