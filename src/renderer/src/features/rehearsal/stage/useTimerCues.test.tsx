import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnswerClock } from '../session/useAnswerClock';
import type { TimerCue } from './cues';
import { useTimerCues } from './useTimerCues';

/** The hot seat's wiring: the answer clock feeds the cue hook, as HotSeatRunner does. */
function useClockWithCues(targetMs: number, enabled: boolean, beep: (cue: TimerCue) => void) {
  const clock = useAnswerClock({ tickMs: 200 });
  useTimerCues({ elapsedMs: clock.elapsedMs, targetMs, enabled, beep });
  return clock;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-03T09:00:00Z') });
});
afterEach(() => vi.useRealTimers());

describe('stage timer sound cues', () => {
  it('beeps once at 60 %, 80 % and over time, and not again after a pause and resume', () => {
    const beep = vi.fn<(cue: TimerCue) => void>();
    const { result } = renderHook(() => useClockWithCues(10_000, true, beep));
    act(() => result.current.start());
    act(() => void vi.advanceTimersByTime(5_800));
    expect(beep).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(400));
    expect(beep.mock.calls).toEqual([['warning']]);

    act(() => result.current.pause());
    act(() => void vi.advanceTimersByTime(30_000));
    act(() => result.current.start());
    expect(beep).toHaveBeenCalledTimes(1);

    act(() => void vi.advanceTimersByTime(2_000));
    expect(beep.mock.calls.at(-1)).toEqual(['danger']);
    act(() => void vi.advanceTimersByTime(2_400));
    expect(beep.mock.calls.map(([cue]) => cue)).toEqual(['warning', 'danger', 'overtime']);
    act(() => void vi.advanceTimersByTime(20_000));
    expect(beep).toHaveBeenCalledTimes(3);
  });

  it('is silent when the sound is off (the default), and a reset plays nothing', () => {
    const beep = vi.fn<(cue: TimerCue) => void>();
    const { result } = renderHook(() => useClockWithCues(10_000, false, beep));
    act(() => result.current.start());
    act(() => void vi.advanceTimersByTime(12_000));
    act(() => result.current.reset());
    expect(beep).not.toHaveBeenCalled();
  });

  it('pauses the clock: time stands still until resumed', () => {
    const { result } = renderHook(() => useClockWithCues(10_000, false, vi.fn()));
    act(() => result.current.start());
    act(() => void vi.advanceTimersByTime(3_000));
    act(() => result.current.pause());
    act(() => void vi.advanceTimersByTime(60_000));
    expect(result.current.elapsedMs).toBe(3_000);
    act(() => result.current.start());
    act(() => void vi.advanceTimersByTime(1_000));
    expect(result.current.elapsedMs).toBe(4_000);
  });
});
