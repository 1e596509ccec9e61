import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { amiraSendsWork, editQuoteText, exportWork, PASSPHRASE } from '../../test-utils/bundles';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { BetweenLaptops } from './BetweenLaptops';

/** The trainer's own laptop, in trainer mode, with no cohort yet: everything arrives in bundles. */
async function trainerLaptop(): Promise<TestStudio> {
  const studio = await openStudio();
  await unlockTrainer(studio.api);
  renderWithStudio(<BetweenLaptops cohort={null} />, studio);
  return studio;
}

async function typePassphrase(user: ReturnType<typeof userEvent.setup>, passphrase = PASSPHRASE) {
  const field = await screen.findByLabelText('Cohort passphrase', { selector: 'input' });
  // Enabled once the window knows it is in trainer mode.
  await waitFor(() => expect(field).toBeEnabled());
  await user.clear(field);
  await user.type(field, passphrase);
}

/** Decrypting a bundle takes a moment (the passphrase is stretched on purpose), more so on a busy machine. */
const SLOW = { timeout: 15_000 };

const importInput = () => screen.getByLabelText('Import work: bundle files');
const quotesOn = async (studio: TestStudio, ambassadorId: string) => {
  const quotes = await studio.api['quote:list']({ ambassadorId });
  if (!quotes.ok) throw new Error(quotes.error.message);
  return quotes.value;
};

describe('Between laptops: import work', () => {
  it('imports many files one call each, with progress, asks before adding a cohort, and reports per file', async () => {
    const sent = await amiraSendsWork();
    const studio = await trainerLaptop();
    const user = userEvent.setup();
    await typePassphrase(user);
    const broken = new File([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])], 'broken.studio-bundle');
    await user.upload(importInput(), [sent.file, broken]);

    // The first file is for a cohort this laptop does not have: asked first, while the progress says where it is.
    const question = await screen.findByRole('dialog', { name: 'Add a cohort to this laptop?' }, SLOW);
    expect(question).toHaveTextContent(
      `“${sent.file.name}” is for the cohort “Winter cohort”, which is not on this laptop. Add it?`,
    );
    expect(screen.getByTestId('import-status')).toHaveTextContent(`Importing 1 of 2: ${sent.file.name}`);
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '0');
    await user.click(within(question).getByRole('button', { name: 'Add the cohort and import' }));

    await waitFor(
      () => expect(screen.getByTestId('import-status')).toHaveTextContent('Imported 1 file; 1 file refused.'),
      SLOW,
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const [first, second] = screen.getAllByTestId('import-report');
    expect(first).toHaveTextContent(sent.file.name);
    expect(first).toHaveTextContent('Imported work from Amira Haddad (Winter cohort).');
    const table = within(first!).getByRole('table', { name: `What changed from ${sent.file.name}` });
    const quotesRow = within(table).getByRole('row', { name: /^Press quotes/ });
    expect(
      within(quotesRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '0', '0', '0', '0']);
    expect(within(table).getByRole('row', { name: /^Message Houses/ })).toHaveTextContent('1');
    expect(second).toHaveTextContent('broken.studio-bundle');
    expect(within(second!).getByText(/^Refused, nothing was written: .+/)).toBeInTheDocument();

    // One call per file, the first one again once the person agreed.
    const calls = studio.api.callsTo('bundle:import');
    expect(calls.map((c) => [c.file.name, c.acceptOtherCohort ?? false])).toEqual([
      [sent.file.name, false],
      [sent.file.name, true],
      ['broken.studio-bundle', false],
    ]);
    expect((await quotesOn(studio, sent.ambassadorId)).map((q) => q.id).sort()).toEqual([...sent.quoteIds].sort());
  });

  it('refuses a wrong passphrase with its reason, and imports nothing when the new cohort is declined', async () => {
    const sent = await amiraSendsWork();
    const studio = await trainerLaptop();
    const user = userEvent.setup();

    await typePassphrase(user, 'not the passphrase');
    await user.upload(importInput(), sent.file);
    await waitFor(
      () => expect(screen.getByTestId('import-status')).toHaveTextContent('Nothing imported: 1 file refused.'),
      SLOW,
    );
    expect(screen.getByTestId('import-report')).toHaveTextContent(/Refused, nothing was written: .+/);

    await typePassphrase(user);
    await user.upload(importInput(), sent.file);
    const question = await screen.findByRole('dialog', { name: 'Add a cohort to this laptop?' }, SLOW);
    await user.click(within(question).getByRole('button', { name: 'Do not import' }));
    await waitFor(
      () =>
        expect(screen.getByTestId('import-report')).toHaveTextContent(
          'Refused, nothing was written: Not imported: you chose not to add the cohort “Winter cohort” to this laptop.',
        ),
      SLOW,
    );
    const everyone = await studio.api['ambassador:list']({ includeArchived: true });
    expect(everyone.ok && everyone.value).toEqual([]);
  });

  it('is read-only with the reason outside trainer mode', async () => {
    const studio = await openStudio();
    renderWithStudio(<BetweenLaptops cohort={null} />, studio);
    expect(await screen.findByText('Importing work and returning feedback need trainer mode.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import work' })).toBeDisabled();
    expect(screen.getAllByText('Only a trainer can do this.').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Write everything to one file' })).toBeDisabled();
  });
});

describe('Between laptops: conflicts', () => {
  it('shows both texts of a quote changed on both laptops, and takes theirs when asked', async () => {
    const sent = await amiraSendsWork();
    const studio = await trainerLaptop();
    const user = userEvent.setup();
    const first = await studio.api['bundle:import']({
      file: { name: sent.file.name, bytes: new Uint8Array(await sent.file.arrayBuffer()) },
      passphrase: PASSPHRASE,
      acceptOtherCohort: true,
    });
    expect(first.ok && first.value.outcome).toBe('imported');
    expect(await screen.findByTestId('no-conflicts')).toHaveTextContent('No conflicts.');

    // Both laptops change the same quote after they last agreed.
    const quoteId = sent.quoteIds[0]!;
    editQuoteText(studio, quoteId, 'Home is what we build, together.');
    editQuoteText(sent.laptop, quoteId, 'Home is what we build, street by street.');
    const again = await exportWork(sent.laptop, sent.ambassadorId);

    await typePassphrase(user);
    await user.upload(importInput(), again);
    await waitFor(() => expect(screen.getByTestId('import-status')).toHaveTextContent('Imported 1 file.'), SLOW);
    expect(screen.getByTestId('import-report')).toHaveTextContent('1 change needs your choice');

    const conflict = await screen.findByTestId('bundle-conflict', {}, SLOW);
    expect(within(conflict).getByRole('region', { name: 'On this laptop (mine)' })).toHaveTextContent(
      'Home is what we build, together.',
    );
    expect(within(conflict).getByRole('region', { name: 'From the bundle (theirs)' })).toHaveTextContent(
      'Home is what we build, street by street.',
    );
    // Nothing is replaced until someone chooses.
    expect((await quotesOn(studio, sent.ambassadorId)).find((q) => q.id === quoteId)?.text).toBe(
      'Home is what we build, together.',
    );

    await user.click(within(conflict).getByRole('button', { name: /^Take theirs/ }));
    expect(await screen.findByTestId('no-conflicts', {}, SLOW)).toBeInTheDocument();
    expect((await quotesOn(studio, sent.ambassadorId)).find((q) => q.id === quoteId)?.text).toBe(
      'Home is what we build, street by street.',
    );
    expect(studio.api.callsTo('bundle:resolveConflict')).toEqual([{ id: expect.any(String), choice: 'theirs' }]);
  });
});
