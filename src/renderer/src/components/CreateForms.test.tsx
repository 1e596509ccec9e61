import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Ambassador } from '../../../shared/features/ambassadors/schemas';
import type { Result } from '../api/result';
import { renderWithStudio } from '../test-utils/render';
import { unlockTrainer } from '../../../main/test-support/seed';
import { openStudio } from '../test-utils/studio';
import { AmbassadorCreateForm } from './AmbassadorCreateForm';
import { CohortCreateForm } from './CohortCreateForm';

describe('Create forms', () => {
  it('shows one problem at a time before sending, and each clears as its field is edited', async () => {
    const studio = await openStudio();
    renderWithStudio(<AmbassadorCreateForm submitLabel="Create profile" onCreated={vi.fn()} />, studio);
    const user = userEvent.setup();
    const firstName = await screen.findByRole('textbox', { name: 'First name' });

    await user.click(screen.getByRole('radio', { name: 'Pseudonym' }));
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    expect(firstName).toHaveAccessibleDescription('Please write your first name.');
    expect(screen.getByRole('textbox', { name: 'Pseudonym' })).not.toHaveAccessibleDescription(/Please write/);

    await user.type(firstName, 'S');
    expect(firstName).not.toHaveAccessibleDescription('Please write your first name.');
    await user.click(screen.getByRole('button', { name: 'Create profile' }));
    const pseudonym = screen.getByRole('textbox', { name: 'Pseudonym' });
    expect(pseudonym).toHaveAccessibleDescription(
      /Please write the pseudonym you want to use, or choose another option\./,
    );
    await user.type(pseudonym, 'Star');
    expect(pseudonym).not.toHaveAccessibleDescription(/Please write the pseudonym/);
    expect(studio.api.callsTo('ambassador:create')).toHaveLength(0);
  });

  it("shows the backend's field issue on the field, says the profile was not created, and clears it on edit", async () => {
    const studio = await openStudio();
    let answer: Result<Ambassador> | undefined;
    studio.api.override('ambassador:create', async (_input, callReal) => (answer = await callReal()));
    const onCreated = vi.fn();
    renderWithStudio(<AmbassadorCreateForm submitLabel="Create profile" onCreated={onCreated} />, studio);
    const user = userEvent.setup();
    const firstName = await screen.findByRole('textbox', { name: 'First name' });

    await user.click(firstName);
    await user.paste('S'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Create profile' }));

    expect(await screen.findByText('The profile was not created')).toBeInTheDocument();
    const issue = answer && !answer.ok ? answer.error.issues?.find((i) => i.path === 'fields.firstName') : undefined;
    expect(issue?.message).toBeTruthy();
    expect(firstName).toHaveAccessibleDescription(issue?.message ?? '');
    expect(onCreated).not.toHaveBeenCalled();
    expect(studio.services.ambassadors.list()).toHaveLength(0);

    await user.type(firstName, '{Backspace}');
    expect(firstName).not.toHaveAccessibleDescription(issue?.message ?? '');
  });

  it('keeps the button busy until the caller has finished with the new cohort', async () => {
    const studio = await openStudio();
    let finish = () => {};
    const onCreated = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    // Creating a cohort is a trainer's.
    await unlockTrainer(studio.api);
    renderWithStudio(<CohortCreateForm onCreated={onCreated} />, studio);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Create cohort' }));
    expect(screen.getByRole('textbox', { name: 'Cohort name' })).toHaveAccessibleDescription(
      /Please give the cohort a name/,
    );

    await user.type(screen.getByRole('textbox', { name: 'Cohort name' }), 'Migrants Day 2026');
    await user.type(screen.getByRole('textbox', { name: 'Hashtag' }), '#IamAMigrant');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    expect(onCreated).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Migrants Day 2026', hashtag: '#IamAMigrant' }),
    );
    expect(screen.getByRole('button', { name: 'Create cohort' })).toBeDisabled();
    finish();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create cohort' })).toBeEnabled());
    expect(studio.services.cohorts.list()).toHaveLength(1);
  });
});
