import { describe, expect, it } from 'vitest';
import { clockElapsed, formatClock, formatSeconds, pauseClock, startClock, STOPPED_CLOCK, timerPhase } from './timer';

describe('timerPhase', () => {
  it('turns yellow at 60 %, red at 80 %, then overtime after the target', () => {
    const target = 30_000;
    expect(timerPhase(0, target)).toBe('normal');
    expect(timerPhase(17_999, target)).toBe('normal');
    expect(timerPhase(18_000, target)).toBe('warning');
    expect(timerPhase(23_999, target)).toBe('warning');
    expect(timerPhase(24_000, target)).toBe('danger');
    expect(timerPhase(30_000, target)).toBe('danger');
    expect(timerPhase(30_001, target)).toBe('overtime');
  });
});

describe('pausable clock', () => {
  it('banks time across pauses and ignores repeated starts', () => {
    let clock = startClock(STOPPED_CLOCK, 1_000);
    expect(startClock(clock, 5_000)).toBe(clock);
    expect(clockElapsed(clock, 4_000)).toBe(3_000);
    clock = pauseClock(clock, 4_000);
    expect(clockElapsed(clock, 60_000)).toBe(3_000);
    clock = startClock(clock, 10_000);
    expect(clockElapsed(clock, 12_500)).toBe(5_500);
  });
});

describe('formatting', () => {
  it('shows time left, then overtime with a plus sign', () => {
    expect(formatClock(0, 30_000)).toBe('0:30');
    expect(formatClock(29_100, 30_000)).toBe('0:01');
    expect(formatClock(30_000, 30_000)).toBe('0:00');
    expect(formatClock(37_400, 30_000)).toBe('+0:07');
    expect(formatClock(0, 90_000)).toBe('1:30');
  });

  it('says durations as people do', () => {
    expect(formatSeconds(1)).toBe('1 second');
    expect(formatSeconds(45)).toBe('45 seconds');
    expect(formatSeconds(60)).toBe('1 minute');
    expect(formatSeconds(90.4)).toBe('1 minute 30 seconds');
  });
});
