import { describe, expect, it } from 'vitest';
import { isStageViewLocation, stageViewUrl } from './location';
import { parseStageMessage, toStageSnapshot } from './protocol';

describe('stage protocol', () => {
  it('builds a snapshot with the question and clock only, never notes or hints', () => {
    const input = {
      questionText: "Why don't you go back?",
      index: 1,
      total: 3,
      targetSeconds: 30,
      elapsedMs: 1234.6,
      running: true,
      bridgeHint: 'secret hint',
      notes: 'trainer notes',
    };
    const snapshot = toStageSnapshot(input);
    expect(snapshot).toEqual({
      question: "Why don't you go back?",
      position: 2,
      total: 3,
      targetSeconds: 30,
      elapsedMs: 1235,
      running: true,
    });
    expect(JSON.stringify(snapshot)).not.toMatch(/secret|trainer/);
  });

  it('refuses messages that carry anything else', () => {
    const snapshot = toStageSnapshot({
      questionText: 'Q',
      index: 0,
      total: 1,
      targetSeconds: 15,
      elapsedMs: 0,
      running: false,
    });
    expect(parseStageMessage({ type: 'snapshot', snapshot })).toEqual({ type: 'snapshot', snapshot });
    expect(parseStageMessage({ type: 'snapshot', snapshot: { ...snapshot, notes: 'x' } })).toBeNull();
    expect(parseStageMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseStageMessage('hello')).toBeNull();
  });

  it('opens the app itself with ?view=stage', () => {
    expect(stageViewUrl({ origin: 'app://studio', pathname: '/index.html' })).toBe(
      'app://studio/index.html?view=stage',
    );
    expect(isStageViewLocation('?view=stage')).toBe(true);
    expect(isStageViewLocation('?view=other')).toBe(false);
    expect(isStageViewLocation('')).toBe(false);
  });
});
