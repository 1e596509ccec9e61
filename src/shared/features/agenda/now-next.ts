/**
 * What the projector shows: the block running now and the one after it. By default the clock decides (the
 * block whose time span holds this minute of the chosen day); a trainer who runs late or early can start a
 * block by hand, and then it counts down from its own full length whatever the clock says.
 */
import { blockEnd, compareBlocks, type AgendaBlock } from './schemas';

/** A block started by hand: which one, and when (milliseconds since the epoch, by the page's clock). */
export interface ManualStart {
  blockId: string;
  startedAtMs: number;
}

export interface NowNext {
  now: AgendaBlock | null;
  /** Milliseconds left in the current block; negative once it runs over (a block started by hand). */
  remainingMs: number;
  next: AgendaBlock | null;
  /** Whether the current block was started by hand rather than found by the clock. */
  manual: boolean;
}

const MINUTE_MS = 60_000;

/**
 * `minuteOfDay` may have a fraction (seconds). With a manual start, the next block is the one after it in the
 * agenda's order on the same day; by the clock, the next one to start after now on that day.
 */
export function nowNext(
  blocks: readonly AgendaBlock[],
  at: { day: number; minuteOfDay: number; nowMs: number; manual?: ManualStart | null },
): NowNext {
  const ordered = [...blocks].sort(compareBlocks);
  const manualBlock = at.manual ? ordered.find((b) => b.id === at.manual?.blockId) : undefined;
  if (at.manual && manualBlock) {
    const index = ordered.indexOf(manualBlock);
    const after = ordered[index + 1];
    return {
      now: manualBlock,
      remainingMs: manualBlock.durationMinutes * MINUTE_MS - (at.nowMs - at.manual.startedAtMs),
      next: after && after.day === manualBlock.day ? after : null,
      manual: true,
    };
  }
  const today = ordered.filter((b) => b.day === at.day);
  // With overlapping blocks, the one that started last is the one happening now.
  const running = today.filter((b) => b.startMinute <= at.minuteOfDay && at.minuteOfDay < blockEnd(b)).at(-1) ?? null;
  const next = today.find((b) => b !== running && b.startMinute > (running?.startMinute ?? at.minuteOfDay)) ?? null;
  return {
    now: running,
    remainingMs: running ? (blockEnd(running) - at.minuteOfDay) * MINUTE_MS : 0,
    next,
    manual: false,
  };
}
