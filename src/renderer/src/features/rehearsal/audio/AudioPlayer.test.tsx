import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AudioPlayer } from './AudioPlayer';
import { formatPlaybackTime, mediaDurationMs } from './playback-time';

/** What Chromium reports for WebM straight from MediaRecorder: no length in the file. */
function reportDuration(audio: HTMLAudioElement, seconds: number) {
  Object.defineProperty(audio, 'duration', { configurable: true, value: seconds });
  fireEvent.durationChange(audio);
}

function renderPlayer() {
  render(
    <MantineProvider>
      <AudioPlayer src="blob:test/take" knownDurationMs={42_400} label="Listen to your answer" />
    </MantineProvider>,
  );
  const player = screen.getByRole('group', { name: 'Listen to your answer' });
  const audio = player.querySelector('audio')!;
  return { player, audio, slider: screen.getByRole('slider', { name: 'Position in the recording' }) };
}

describe('AudioPlayer', () => {
  it('shows the measured length when the file reports none, and seeks with the keyboard', async () => {
    const { audio, slider } = renderPlayer();
    reportDuration(audio, Infinity);
    expect(screen.getByTestId('player-time')).toHaveTextContent('0:00 / 0:42');
    expect(slider).toHaveAttribute('aria-valuetext', '0:00 of 0:42');

    const user = userEvent.setup();
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(audio.currentTime).toBe(3);
    expect(screen.getByTestId('player-time')).toHaveTextContent('0:03 / 0:42');
    await user.keyboard('{End}');
    expect(audio.currentTime).toBeCloseTo(42.4);
    await user.keyboard('{Home}');
    expect(audio.currentTime).toBe(0);
  });

  it('uses the length in the file once it has one', () => {
    const { audio } = renderPlayer();
    reportDuration(audio, 41.96);
    expect(screen.getByTestId('player-time')).toHaveTextContent('0:00 / 0:41');
    Object.defineProperty(audio, 'currentTime', { configurable: true, writable: true, value: 12.5 });
    fireEvent.timeUpdate(audio);
    expect(screen.getByTestId('player-time')).toHaveTextContent('0:12 / 0:41');
  });

  it('has a labelled play button', () => {
    renderPlayer();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
});

describe('playback times', () => {
  it('formats whole seconds and refuses lengths a file does not really have', () => {
    expect(formatPlaybackTime(42_999)).toBe('0:42');
    expect(formatPlaybackTime(605_000)).toBe('10:05');
    expect(mediaDurationMs(Infinity)).toBeNull();
    expect(mediaDurationMs(Number.NaN)).toBeNull();
    expect(mediaDurationMs(1.5)).toBe(1500);
  });
});
