import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEST_TRAINER_SECRET } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { Startup } from '../../app/App';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';

/** A laptop on which Ambassador Studio has never been used: an empty, not yet onboarded studio. */
async function firstRun(): Promise<TestStudio> {
  const studio = await openStudio();
  renderWithStudio(<Startup />, studio);
  return studio;
}

describe('First run', () => {
  it('offers the three choices after a short welcome', async () => {
    await firstRun();
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Ambassador Studio' })).toBeInTheDocument();
    for (const name of ["I'm an ambassador", "I'm a trainer", 'Explore with sample data']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('ambassador path: creates the profile, then makes it current and finishes onboarding', async () => {
    const { api, services } = await firstRun();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: "I'm an ambassador" }));
    expect(screen.getByText('Nothing leaves this laptop unless you export it.')).toBeInTheDocument();

    // First name is the one thing needed.
    await user.click(screen.getByRole('button', { name: 'Create my profile' }));
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription(/first name/i);
    expect(api.callsTo('ambassador:create')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Amina');
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Amina Yusuf');
    const group = screen.getByRole('radiogroup', { name: 'How should we name you in public?' });
    expect(screen.getByTestId('public-name-preview')).toHaveTextContent('In public you will appear as: Amina');
    await user.click(within(group).getByRole('radio', { name: 'Full name' }));
    expect(screen.getByTestId('public-name-preview')).toHaveTextContent('In public you will appear as: Amina Yusuf');
    await user.type(screen.getByRole('textbox', { name: 'Pronouns' }), 'she/her');
    await user.click(screen.getByRole('button', { name: 'Create my profile' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Amina Yusuf' })).toBeInTheDocument();
    const order = api.calls
      .map((c) => c.channel)
      .filter((c) => c === 'ambassador:create' || c === 'access:setLaptopKind' || c === 'settings:update');
    expect(order).toEqual(['ambassador:create', 'access:setLaptopKind', 'settings:update']);
    expect(api.callsTo('ambassador:create')).toEqual([
      {
        fields: {
          firstName: 'Amina',
          fullName: 'Amina Yusuf',
          pseudonym: '',
          nameMode: 'full',
          pronouns: 'she/her',
          cohortId: null,
        },
      },
    ]);
    const stored = services.ambassadors.list();
    expect(stored).toHaveLength(1);
    const created = services.ambassadors.get(stored[0]?.id ?? '');
    expect(created).toMatchObject({
      firstName: 'Amina',
      fullName: 'Amina Yusuf',
      nameMode: 'full',
      pronouns: 'she/her',
    });
    // The profile made in this window is its workspace (the backend opens it); the laptop becomes hers.
    expect(api.callsTo('access:setLaptopKind')).toEqual([{ kind: 'own' }]);
    expect(api.callsTo('settings:update')).toEqual([{ patch: { onboarded: true } }]);
    expect(services.settings.get()).toMatchObject({ currentAmbassadorId: created.id, onboarded: true });
    expect(await api['access:state']({})).toMatchObject({
      ok: true,
      value: { laptopKind: 'own', ambassadorId: created.id, trainer: null },
    });
    // Her own laptop: no switcher to other people's work, and ambassador mode.
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Current ambassador' })).not.toBeInTheDocument();
  });

  it('trainer path: protects trainer mode first, then creates a cohort and opens the Trainer screen unlocked', async () => {
    const studio = await firstRun();
    const { api, services } = studio;
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: "I'm a trainer" }));
    expect(screen.getByRole('heading', { level: 1, name: 'Protect trainer mode' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Your name' });
    expect(name).toHaveFocus();
    const secret = screen.getByLabelText('Trainer PIN or passphrase');
    const again = screen.getByLabelText('Type it again');

    // Checked before anything is sent: a name, a secret that resists guessing, typed the same twice.
    await user.click(screen.getByRole('button', { name: 'Protect trainer mode' }));
    expect(name).toHaveAccessibleDescription(/Give your name: approvals are recorded with it\./);
    expect(name).toHaveFocus();
    await user.type(name, 'Sam');
    await user.type(secret, '1234');
    await user.click(screen.getByRole('button', { name: 'Protect trainer mode' }));
    expect(secret).toHaveAccessibleDescription(/Use 6 or more digits, or a passphrase of 10 or more characters\./);
    expect(secret).toHaveFocus();
    await user.type(secret, '5678');
    // The error goes as soon as the field is edited.
    expect(secret).not.toHaveAccessibleDescription(/Use 6 or more digits/);
    await user.type(again, '12345670');
    await user.click(screen.getByRole('button', { name: 'Protect trainer mode' }));
    expect(again).toHaveAccessibleDescription('The two are not the same.');
    expect(again).toHaveFocus();
    expect(api.callsTo('access:addTrainer')).toHaveLength(0);

    await user.clear(again);
    await user.type(again, '12345678{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up your cohort' })).toBeInTheDocument();
    expect(api.callsTo('access:addTrainer')).toEqual([{ name: 'Sam', secret: '12345678' }]);
    expect(api.callsTo('access:setLaptopKind')).toEqual([{ kind: 'shared' }]);

    await user.type(screen.getByRole('textbox', { name: 'Cohort name' }), 'Migrants Day 2026');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Harbour Voices');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Trainer' })).toBeInTheDocument();
    const [cohort] = services.cohorts.list();
    expect(cohort).toMatchObject({ name: 'Migrants Day 2026', organisation: 'Harbour Voices' });
    expect(services.settings.get()).toMatchObject({ onboarded: true, currentCohortId: cohort?.id });
    expect(await api['access:state']({})).toMatchObject({
      ok: true,
      value: { laptopKind: 'shared', trainer: { name: 'Sam' }, trainerSecretSet: true },
    });
    expect(screen.getByText('Trainer mode: Sam')).toBeInTheDocument();
    // The secret now guards trainer mode: another window starts locked and unlocks only with it.
    const other = studio.window();
    expect(await other['access:state']({})).toMatchObject({ ok: true, value: { trainer: null } });
    expect(await other['access:unlockTrainer']({ secret: '12345678' })).toMatchObject({
      ok: true,
      value: { trainer: { name: 'Sam' } },
    });
  });

  it('trainer path after a reload: trainer mode is already protected, so the trainer unlocks it and goes on', async () => {
    const studio = await openStudio();
    // The secret was set in an earlier page of this first run, which was then reloaded (a new, locked window).
    await studio.window()['access:addTrainer']({ name: 'Sam', secret: TEST_TRAINER_SECRET });
    renderWithStudio(<Startup />, studio);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: "I'm a trainer" }));
    expect(screen.queryByRole('textbox', { name: 'Your name' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unlock trainer mode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock trainer mode' });
    await user.type(within(dialog).getByLabelText('Trainer PIN or passphrase'), `${TEST_TRAINER_SECRET}{Enter}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Set up your cohort' })).toBeInTheDocument();
    expect(studio.api.callsTo('access:addTrainer')).toHaveLength(0);
    expect(await studio.api['access:state']({})).toMatchObject({
      ok: true,
      value: { laptopKind: 'shared', trainer: { name: 'Sam' } },
    });
  });

  it('sample path: loads the sample data and goes Home', async () => {
    const { api, services } = await firstRun();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Explore with sample data' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Amira Haddad' })).toBeInTheDocument();
    expect(api.callsTo('sample:load')).toHaveLength(1);
    // The real sample: one fictional cohort of three ambassadors, the first of them current.
    const sample = services.ambassadors.list();
    expect(sample).toHaveLength(3);
    const amira = sample.find((a) => a.displayName === 'Amira Haddad');
    expect(services.settings.get()).toMatchObject({ onboarded: true, currentAmbassadorId: amira?.id });
  });
});
