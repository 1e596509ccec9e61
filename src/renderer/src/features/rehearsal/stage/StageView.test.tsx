import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { theme } from '../../../app/theme';
import { parseStageMessage, STAGE_CHANNEL, toStageSnapshot, type StageMessage } from './protocol';
import { StageView } from './StageView';

/** As StageApp shows it, without the lazy loading. */
const renderStage = () =>
  render(
    <MantineProvider theme={theme} forceColorScheme="dark">
      <StageView />
    </MantineProvider>,
  );

const channels: BroadcastChannel[] = [];
afterEach(() => {
  while (channels.length > 0) channels.pop()?.close();
});

/** The laptop's end of the link, recording what the stage sends. */
function laptop() {
  const channel = new BroadcastChannel(STAGE_CHANNEL);
  channels.push(channel);
  const received: StageMessage[] = [];
  channel.onmessage = (event: MessageEvent) => {
    const message = parseStageMessage(event.data);
    if (message) received.push(message);
  };
  return { channel, received };
}

describe('the stage view', () => {
  it('shows a paused follow-up with its time left, and sends Space and N back to the laptop', async () => {
    const { channel, received } = laptop();
    renderStage();
    await waitFor(() => expect(received).toContainEqual({ type: 'hello' }));
    const snapshot = toStageSnapshot({
      questionText: 'So who pays for it?',
      index: 1,
      total: 3,
      targetSeconds: 20,
      elapsedMs: 4_000,
      running: false,
      followUp: true,
    });
    channel.postMessage({ type: 'snapshot', snapshot } satisfies StageMessage);

    expect(await screen.findByTestId('stage-position')).toHaveTextContent('Follow-up to question 2 of 3');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('So who pays for it?');
    expect(screen.getByRole('timer')).toHaveTextContent('0:16');
    expect(screen.getByTestId('stage-phase')).toHaveTextContent('Paused');
    expect(screen.getByTestId('stage-help')).toHaveTextContent('Space pause or resume · N next · F full screen');

    fireEvent.keyDown(document.body, { key: ' ', code: 'Space' });
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN' });
    await waitFor(() =>
      expect(received.filter((m) => m.type === 'control')).toEqual([
        { type: 'control', action: 'toggle-pause' },
        { type: 'control', action: 'next' },
      ]),
    );
  });

  it('goes full screen with F or the button, in the stage window itself', async () => {
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document.documentElement, 'requestFullscreen', { value: request, configurable: true });
    try {
      renderStage();
      const button = await screen.findByRole('button', { name: 'Full screen' });
      fireEvent.keyDown(document.body, { key: 'f', code: 'KeyF' });
      expect(request).toHaveBeenCalledTimes(1);
      fireEvent.click(button);
      expect(request).toHaveBeenCalledTimes(2);
    } finally {
      Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
    }
  });

  it('never takes a hostile flag, a rating or a name onto the wall', () => {
    const base = toStageSnapshot({
      questionText: 'Q',
      index: 0,
      total: 1,
      targetSeconds: 15,
      elapsedMs: 0,
      running: true,
    });
    for (const extra of [{ hostile: true }, { trainerScore: 4 }, { ambassadorName: 'Amira' }]) {
      expect(parseStageMessage({ type: 'snapshot', snapshot: { ...base, ...extra } })).toBeNull();
    }
    expect(parseStageMessage({ type: 'control', action: 'rate' })).toBeNull();
  });
});
