import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Countdown } from './Countdown';
import { useAnswerClock } from './useAnswerClock';

function Harness({ targetSeconds, onLimit }: { targetSeconds: number; onLimit?: () => void }) {
  const clock = useAnswerClock({ limitMs: 40_000, onLimit });
  return (
    <>
      <button type="button" onClick={clock.running ? clock.pause : clock.start}>
        {clock.running ? 'Pause' : 'Start'}
      </button>
      <Countdown
        elapsedMs={clock.elapsedMs}
        targetSeconds={targetSeconds}
        status={clock.running ? 'running' : clock.elapsedMs > 0 ? 'paused' : 'ready'}
      />
    </>
  );
}

function renderHarness(onLimit?: () => void) {
  vi.useFakeTimers();
  render(
    <MantineProvider env="test">
      <Harness targetSeconds={30} onLimit={onLimit} />
    </MantineProvider>,
  );
  const countdown = () => screen.getByTestId('countdown');
  const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { countdown, advance };
}

describe('answer countdown', () => {
  it('goes yellow at 60 %, red at 80 %, then counts overtime, in words as well as colour', () => {
    const { countdown, advance } = renderHarness();
    expect(countdown()).toHaveAttribute('data-phase', 'normal');
    expect(screen.getByRole('timer')).toHaveTextContent('0:30');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));

    advance(17_800);
    expect(countdown()).toHaveAttribute('data-phase', 'normal');
    expect(screen.getByText('Plenty of time')).toBeInTheDocument();

    advance(400);
    expect(countdown()).toHaveAttribute('data-phase', 'warning');
    expect(screen.getByText('Head for your key message')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:12');

    advance(6_000);
    expect(countdown()).toHaveAttribute('data-phase', 'danger');
    expect(screen.getByText('Finish your sentence')).toBeInTheDocument();

    advance(11_000);
    expect(countdown()).toHaveAttribute('data-phase', 'overtime');
    expect(screen.getByRole('timer')).toHaveTextContent('+0:05');
  });

  it('announces each phase once, politely, not every second', () => {
    const { advance } = renderHarness();
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(1_000);
    const first = live.textContent;
    advance(5_000);
    expect(live.textContent).toBe(first);
    advance(13_000);
    expect(live).toHaveTextContent('More than half the time has gone');
  });

  it('stands still while paused', () => {
    const { advance } = renderHarness();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(10_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    advance(60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:20');
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The clock is paused.');
  });

  it('calls onLimit when the take reaches its length limit', () => {
    const onLimit = vi.fn();
    const { advance } = renderHarness(onLimit);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(39_000);
    expect(onLimit).not.toHaveBeenCalled();
    advance(1_200);
    expect(onLimit).toHaveBeenCalled();
  });
});
