import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
    const order = api.calls.map((c) => c.channel).filter((c) => c === 'ambassador:create' || c === 'settings:update');
    expect(order).toEqual(['ambassador:create', 'settings:update']);
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
    expect(api.callsTo('settings:update')).toEqual([
      { patch: { currentAmbassadorId: created.id, role: 'ambassador', onboarded: true } },
    ]);
    expect(services.settings.get()).toMatchObject({
      currentAmbassadorId: created.id,
      role: 'ambassador',
      onboarded: true,
    });
  });

  it('trainer path: creates a cohort and opens the Trainer screen in trainer mode', async () => {
    const { services } = await firstRun();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: "I'm a trainer" }));
    await user.type(screen.getByRole('textbox', { name: 'Cohort name' }), 'Migrants Day 2026');
    await user.type(screen.getByRole('textbox', { name: 'Organisation' }), 'Harbour Voices');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Trainer' })).toBeInTheDocument();
    const [cohort] = services.cohorts.list();
    expect(cohort).toMatchObject({ name: 'Migrants Day 2026', organisation: 'Harbour Voices' });
    expect(services.settings.get()).toMatchObject({ role: 'trainer', onboarded: true, currentCohortId: cohort?.id });
    expect(services.roles.current()).toBe('trainer');
    expect(screen.getByText('Trainer mode')).toBeInTheDocument();
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
