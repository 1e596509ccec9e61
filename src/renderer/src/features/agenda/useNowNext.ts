import { useCallback, useEffect, useMemo, useState } from 'react';
import { nowNext, type ManualStart, type NowNext } from '../../../../shared/features/agenda/now-next';
import { blockEnd, EXERCISE_LABELS, type Agenda, type AgendaBlock } from '../../../../shared/features/agenda/schemas';
import { dayOfDate, formatTimeRange } from '../../../../shared/features/agenda/time';
import type { AgendaStageSnapshot } from './stage/protocol';
import { readClockChoice, writeClockChoice } from './clock-choice';

export interface AgendaClock extends NowNext {
  /** The day shown: chosen by the trainer, else today by the agenda's start date, else the first day. */
  day: number;
  days: number[];
  setDay(day: number): void;
  /** "Start this block now": it counts down its whole length from this moment. */
  start(blockId: string): void;
  /** Back to following the clock. */
  followClock(): void;
  /** What the projector shows, changing only when what is on changes (not every second). */
  snapshot: AgendaStageSnapshot | null;
}

const localDate = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

function localMidnight(ms: number): number {
  const at = new Date(ms);
  at.setHours(0, 0, 0, 0);
  return at.getTime();
}

const shown = (b: AgendaBlock) => ({
  title: b.title,
  timeRange: formatTimeRange(b.startMinute, b.durationMinutes),
  exercise: b.exercise ? EXERCISE_LABELS[b.exercise] : null,
});

/** Now and next by the page's clock (ticking every second), with the trainer's manual start and day choice. */
export function useNowNext(cohortId: string, agenda: Agenda | undefined, tickMs = 1000): AgendaClock {
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [stored] = useState(() => readClockChoice(cohortId));
  const [manual, setManual] = useState<ManualStart | null>(stored.manual);
  const [chosenDay, setChosenDay] = useState<number | null>(stored.chosenDay);

  // Kept for this window's session: the trainer can look at another tab or screen mid-block and come back.
  useEffect(() => writeClockChoice(cohortId, { manual, chosenDay }), [cohortId, manual, chosenDay]);

  useEffect(() => {
    const id = setInterval(() => setNowMs(Date.now()), tickMs);
    return () => clearInterval(id);
  }, [tickMs]);

  const blocks = useMemo(() => agenda?.blocks ?? [], [agenda]);
  const days = useMemo(() => [...new Set(blocks.map((b) => b.day))].sort((a, b) => a - b), [blocks]);
  const at = new Date(nowMs);
  const today = agenda?.startDate ? dayOfDate(agenda.startDate, localDate(at)) : null;
  const day = chosenDay ?? (today !== null && days.includes(today) ? today : (days[0] ?? 1));
  const minuteOfDay = at.getHours() * 60 + at.getMinutes() + at.getSeconds() / 60;
  const result = nowNext(blocks, { day, minuteOfDay, nowMs, manual });

  const { now, next } = result;
  const endsAtMs = !now
    ? 0
    : manual && result.manual
      ? manual.startedAtMs + now.durationMinutes * 60_000
      : localMidnight(nowMs) + blockEnd(now) * 60_000;
  const snapshot = useMemo<AgendaStageSnapshot | null>(
    () =>
      agenda
        ? {
            day,
            now: now ? { ...shown(now), endsAtMs, manual: manual !== null } : null,
            next: next ? shown(next) : null,
          }
        : null,
    [agenda, day, now, next, endsAtMs, manual],
  );

  const start = useCallback((blockId: string) => setManual({ blockId, startedAtMs: Date.now() }), []);
  const followClock = useCallback(() => setManual(null), []);
  const setDay = useCallback((value: number) => {
    setChosenDay(value);
    setManual(null);
  }, []);

  return { ...result, day, days, setDay, start, followClock, snapshot };
}
