import { useMemo } from 'react';
import { toStageSnapshot, type StageSnapshot } from './protocol';

export interface StageSnapshotInput {
  questionText: string;
  index: number;
  total: number;
  targetSeconds: number;
  /** Time banked before the current run (changes on start, pause and reset only). */
  elapsedMs: number;
  running: boolean;
  followUp?: boolean;
}

/**
 * The snapshot for the stage, the same object until one of its fields changes: the sender posts on every new
 * object, and the stage restarts its own count from each message, so a new object per render would make it drift.
 */
export function useStageSnapshot(input: StageSnapshotInput | null): StageSnapshot | null {
  const shown = input !== null;
  const questionText = input?.questionText ?? '';
  const index = input?.index ?? 0;
  const total = input?.total ?? 1;
  const targetSeconds = input?.targetSeconds ?? 1;
  const elapsedMs = input?.elapsedMs ?? 0;
  const running = input?.running ?? false;
  const followUp = input?.followUp ?? false;
  return useMemo(
    () => (shown ? toStageSnapshot({ questionText, index, total, targetSeconds, elapsedMs, running, followUp }) : null),
    [shown, questionText, index, total, targetSeconds, elapsedMs, running, followUp],
  );
}
