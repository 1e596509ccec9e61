import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { StudioApi } from '../../../shared/contract';
import { seedAmbassador, seedCohort, seedHouse } from '../../../main/test-support/seed';
import { openStudio } from '../test-utils/studio';
import { ApiProvider, useApi } from './ApiProvider';
import { useChannelQuery } from './channel-query';

let screenApi: StudioApi | null = null;
const keepApi = (api: StudioApi) => {
  screenApi = api;
};

function Probe({ ambassadorId }: { ambassadorId: string }) {
  const api = useApi();
  useEffect(() => keepApi(api), [api]);
  const houses = useChannelQuery('house:list', { ambassadorId });
  const sameHouses = useChannelQuery('house:list', { ambassadorId });
  const cohorts = useChannelQuery('cohort:list', {});
  return (
    <>
      <p data-testid="umbrella">{houses.data?.[0]?.umbrella ?? '…'}</p>
      <p data-testid="same">{sameHouses.data?.[0]?.umbrella ?? '…'}</p>
      <p data-testid="cohorts">{cohorts.data?.map((c) => c.name).join(', ') ?? '…'}</p>
    </>
  );
}

describe('the data layer', () => {
  it('shares one answer per [channel, input]; a successful command reloads only what reads the topics it changes', async () => {
    const studio = await openStudio();
    seedCohort(studio.services, { name: 'Residential' });
    const amira = seedAmbassador(studio.services, { firstName: 'Amira' });
    const house = seedHouse(studio.services, amira.id, { umbrella: 'Home is people' });
    render(
      <ApiProvider api={studio.api}>
        <Probe ambassadorId={amira.id} />
      </ApiProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('umbrella')).toHaveTextContent('Home is people'));
    expect(screen.getByTestId('cohorts')).toHaveTextContent('Residential');
    // Two components asking the same thing make one request.
    expect(studio.api.callsTo('house:list')).toHaveLength(1);

    await act(async () => {
      const result = await screenApi!['house:update']({
        id: house.id,
        baseVersion: house.version,
        patch: { umbrella: 'We build this town' },
      });
      expect(result.ok).toBe(true);
    });
    // The command resolves only after the stale answer was loaded again: no reload by hand.
    expect(studio.api.callsTo('house:list')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('umbrella')).toHaveTextContent('We build this town'));
    expect(screen.getByTestId('same')).toHaveTextContent('We build this town');
    expect(studio.api.callsTo('cohort:list')).toHaveLength(1);

    // A refused command reloads nothing.
    await act(async () => {
      const refused = await screenApi!['house:update']({
        id: crypto.randomUUID(),
        baseVersion: 1,
        patch: { umbrella: 'x' },
      });
      expect(refused.ok).toBe(false);
    });
    expect(studio.api.callsTo('house:list')).toHaveLength(2);
  });

  it('shows a failed load as an error with the backend’s message, and loads again on reload', async () => {
    const studio = await openStudio();
    const restore = studio.api.override('cohort:list', () => ({
      ok: false,
      error: { code: 'DB_UNAVAILABLE', message: 'The disk is full.' },
    }));
    function Cohorts() {
      const cohorts = useChannelQuery('cohort:list', {});
      return (
        <>
          <p data-testid="error">{cohorts.error?.message ?? ''}</p>
          <button type="button" onClick={() => void cohorts.reload()}>
            reload
          </button>
          <p data-testid="count">{cohorts.data?.length ?? '…'}</p>
        </>
      );
    }
    render(
      <ApiProvider api={studio.api}>
        <Cohorts />
      </ApiProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('error')).toHaveTextContent('The disk is full.'));
    restore();
    await act(async () => screen.getByRole('button', { name: 'reload' }).click());
    await waitFor(() => expect(screen.getByTestId('count')).toHaveTextContent('0'));
    expect(screen.getByTestId('error')).toHaveTextContent('');
  });
});
