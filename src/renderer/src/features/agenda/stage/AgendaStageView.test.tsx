import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../../../app/theme';
import { AgendaStageView } from './AgendaStageView';
import { agendaStageUrl, isAgendaStageLocation } from './location';
import { parseAgendaStageMessage, type AgendaStageMessage, type AgendaStageSnapshot } from './protocol';

const channels: FakeChannel[] = [];
class FakeChannel {
  onmessage: ((event: MessageEvent) => void) | null = null;
  posted: unknown[] = [];
  constructor(readonly name: string) {
    channels.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  close() {}
}

function send(message: AgendaStageMessage) {
  act(() => channels.at(-1)?.onmessage?.({ data: message } as MessageEvent));
}

const snapshot = (endsAtMs: number): AgendaStageSnapshot => ({
  day: 2,
  now: {
    title: 'Mock interviews: the hot seat',
    timeRange: '13:30–15:00',
    exercise: 'Interview practice',
    endsAtMs,
    manual: true,
  },
  next: { title: 'Break', timeRange: '15:00–15:15', exercise: null },
});

afterEach(() => {
  vi.unstubAllGlobals();
  channels.length = 0;
});

describe('the agenda projector view', () => {
  it('says hello, waits, then shows now with its countdown and what is next', () => {
    vi.stubGlobal('BroadcastChannel', FakeChannel);
    render(
      <MantineProvider theme={theme}>
        <AgendaStageView />
      </MantineProvider>,
    );
    expect(channels[0]?.name).toBe('ambassador-studio.agenda-stage');
    expect(channels[0]?.posted).toEqual([{ type: 'hello' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the trainer’s laptop…');

    send({ type: 'snapshot', snapshot: snapshot(Date.now() + 10 * 60_000) });
    expect(screen.getByRole('heading', { name: 'Mock interviews: the hot seat' })).toBeInTheDocument();
    expect(screen.getByText('Day 2 · Now')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/10:00|9:59/);
    expect(screen.getByText('Break · 15:00–15:15')).toBeInTheDocument();

    send({ type: 'snapshot', snapshot: snapshot(Date.now() - 2 * 60_000) });
    expect(screen.getByTestId('agenda-stage')).toHaveAttribute('data-over', 'true');
    expect(screen.getByRole('timer')).toHaveTextContent('+2:00');
    expect(screen.getByTestId('agenda-stage-phase')).toHaveTextContent('Over time');

    send({ type: 'idle' });
    expect(screen.getByRole('status')).toHaveTextContent('Waiting');
  });

  it('refuses any snapshot that carries more than titles and times (no room for notes)', () => {
    const good = { type: 'snapshot', snapshot: snapshot(1) };
    expect(parseAgendaStageMessage(good)).toEqual(good);
    const withNotes = { type: 'snapshot', snapshot: { ...snapshot(1), now: { ...snapshot(1).now, notes: 'x' } } };
    expect(parseAgendaStageMessage(withNotes)).toBeNull();
  });

  it('lives at ?view=agenda-stage on the app’s own page', () => {
    expect(agendaStageUrl({ origin: 'app://studio', pathname: '/index.html' })).toBe(
      'app://studio/index.html?view=agenda-stage',
    );
    expect(isAgendaStageLocation('?view=agenda-stage')).toBe(true);
    expect(isAgendaStageLocation('?view=stage')).toBe(false);
  });
});
