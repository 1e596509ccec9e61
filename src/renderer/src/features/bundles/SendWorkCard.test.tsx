import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedAmbassador, seedCohort, seedHouse, seedQuote, unlockTrainer } from '../../../../main/test-support/seed';
import type { LaptopKind } from '../../../../shared/features/access/schemas';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { amiraSendsWork, PASSPHRASE } from '../../test-utils/bundles';
import { SendWorkCard } from './SendWorkCard';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What the first run decided, changed afterwards by a trainer in another window (only a trainer may). */
async function setLaptopKind(studio: TestStudio, kind: LaptopKind): Promise<void> {
  const trainerWindow = studio.window();
  await unlockTrainer(trainerWindow);
  expect(await trainerWindow['access:setLaptopKind']({ kind })).toMatchObject({ ok: true });
}

async function setup() {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Winter cohort' });
  const amira = seedAmbassador(studio.services, {
    cohortId: cohort.id,
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    nameMode: 'full',
  });
  seedHouse(studio.services, amira.id, { title: 'Radio' });
  seedQuote(studio.services, amira.id, { text: 'Home is what we build.' });
  seedQuote(studio.services, amira.id, { text: 'Neighbours make a town.' });
  renderWithStudio(<SendWorkCard ambassadorId={amira.id} />, studio);
  return { studio, amira };
}

describe('Send my work to my trainer', () => {
  it('says what will be sent, waits for the passphrase, then downloads one encrypted file', async () => {
    const { studio, amira } = await setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();

    const contents = await screen.findByTestId('send-work-contents');
    await waitFor(() => expect(contents).toHaveTextContent('1 Message House'));
    expect(contents).toHaveTextContent('2 press quotes');
    expect(contents).toHaveTextContent('0 rehearsal sessions, without recordings');
    expect(contents).toHaveTextContent('including your safeguarding details');
    expect(screen.getByText(/it can only be opened with the cohort passphrase/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Include recordings' })).not.toBeChecked();

    const send = screen.getByRole('button', { name: 'Send my work' });
    expect(send).toBeDisabled();
    const passphrase = screen.getByLabelText('Cohort passphrase', { selector: 'input' });
    await user.type(passphrase, 'short');
    expect(screen.getByText('At least 10 characters (5 so far)')).toBeInTheDocument();
    await user.clear(passphrase);
    await user.type(passphrase, PASSPHRASE);
    await user.click(send);

    await waitFor(() => expect(screen.getByTestId('send-work-status')).toHaveTextContent(/^Downloading as “.+”\./), {
      timeout: 10_000,
    });
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/\.studio-bundle$/);
    expect(screen.getByTestId('send-work-status')).toHaveTextContent(link.download);
    expect(studio.api.callsTo('bundle:exportWork')).toEqual([
      { ambassadorId: amira.id, includeRecordings: false, passphrase: PASSPHRASE },
    ]);
  });

  it('sends recordings only when asked', async () => {
    const { studio } = await setup();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const card = screen.getByRole('region', { name: 'Send my work to my trainer' });
    expect(await within(card).findByText(/You have no recordings yet\./)).toBeInTheDocument();
    await user.click(within(card).getByRole('checkbox', { name: 'Include recordings' }));
    await waitFor(() => expect(screen.getByTestId('send-work-contents')).toHaveTextContent('with their recordings'));
    await user.type(within(card).getByLabelText('Cohort passphrase', { selector: 'input' }), PASSPHRASE);
    await user.click(within(card).getByRole('button', { name: 'Send my work' }));
    await waitFor(() => expect(screen.getByTestId('send-work-status')).toHaveTextContent(/^Downloading/), {
      timeout: 10_000,
    });
    expect(studio.api.callsTo('bundle:exportWork')[0]).toMatchObject({ includeRecordings: true });
  });

  it('on her own laptop, Amira opens the feedback her trainer returned, and may move everything', async () => {
    const sent = await amiraSendsWork();
    const ownLaptop = sent.laptop;
    await setLaptopKind(ownLaptop, 'own');

    // The trainer's laptop: the work comes in, a comment goes on a quote, feedback goes back.
    const trainer = await openStudio();
    await unlockTrainer(trainer.api);
    const work = { name: sent.file.name, bytes: new Uint8Array(await sent.file.arrayBuffer()) };
    await trainer.api['bundle:import']({ file: work, passphrase: PASSPHRASE, acceptOtherCohort: true });
    const cohorts = await trainer.api['cohort:list']({});
    const cohortId = cohorts.ok ? cohorts.value[0]!.id : '';
    const comment = await trainer.api['comment:add']({
      targetType: 'quote',
      targetId: sent.quoteIds[0]!,
      field: 'text',
      body: 'Say where the food bank is.',
    });
    expect(comment.ok).toBe(true);
    const feedback = await trainer.api['bundle:exportFeedback']({
      cohortId,
      ambassadorId: sent.ambassadorId,
      passphrase: PASSPHRASE,
    });
    const file = feedback.ok ? feedback.value.files[0] : undefined;
    if (file?.mode !== 'download') throw new Error('expected the feedback to come back for download');

    renderWithStudio(<SendWorkCard ambassadorId={sent.ambassadorId} />, ownLaptop);
    const user = userEvent.setup();
    const card = screen.getByRole('region', { name: 'Send my work to my trainer' });
    await user.type(within(card).getByLabelText('Cohort passphrase', { selector: 'input' }), PASSPHRASE);
    await user.upload(
      within(card).getByLabelText('Open feedback: bundle files'),
      new File([file.bytes as Uint8Array<ArrayBuffer>], file.fileName),
    );
    await waitFor(() => expect(screen.getByTestId('import-status')).toHaveTextContent('Imported 1 file.'), {
      timeout: 15_000,
    });
    const report = screen.getByTestId('import-report');
    expect(report).toHaveTextContent('Imported feedback for Amira Haddad (Winter cohort).');
    expect(within(report).getByRole('row', { name: /^Comments/ })).toHaveTextContent('1');
    const comments = await ownLaptop.api['comment:list']({ targetType: 'quote', targetId: sent.quoteIds[0]! });
    expect(comments.ok && comments.value.map((c) => c.body)).toEqual(['Say where the food bank is.']);

    // Moving to a new laptop is the owner's own step here.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(card).getByRole('button', { name: 'Write everything to one file' }));
    await waitFor(() => expect(screen.getByTestId('move-laptop-status')).toHaveTextContent(/^Downloading as “.+”/), {
      timeout: 15_000,
    });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('on a shared laptop, says a trainer opens the feedback', async () => {
    const studio = await openStudio();
    const amira = seedAmbassador(studio.services, { fullName: 'Amira Haddad' });
    await setLaptopKind(studio, 'shared');
    renderWithStudio(<SendWorkCard ambassadorId={amira.id} />, studio);
    expect(
      await screen.findByText('On a shared laptop, a trainer opens feedback from the Trainer screen.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open feedback' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Write everything to one file' })).not.toBeInTheDocument();
  });
});
