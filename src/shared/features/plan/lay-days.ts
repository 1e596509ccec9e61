/** Lays the wished-for rehearsals onto days under the daily limit (the placing step of schedule.ts). */
import type { PlanItem, PlanItemKind } from './schemas';

/** The sort key of items FSRS has not scheduled (new questions, planned second looks): after any real due time. */
export const NOT_DUE = Number.MAX_SAFE_INTEGER;
const PRIORITY: Record<PlanItemKind, number> = { overdue: 0, due: 1, second: 2, new: 3 };

export interface Pending {
  item: PlanItem;
  /** The day it is meant for: older wishes go first within the same kind. */
  wanted: number;
  /** When FSRS made it due (ms), so the most overdue goes first within a day; NOT_DUE for the others. */
  dueAt: number;
}

export interface LaidDays {
  days: PlanItem[][];
  /** Rehearsals that did not fit: a new question never introduced misses two. */
  notPlaced: number;
}

const byPriority = (a: Pending, b: Pending) =>
  PRIORITY[a.item.kind] - PRIORITY[b.item.kind] || a.wanted - b.wanted || a.dueAt - b.dueAt;

/**
 * `reviews[d]` are the questions FSRS brings back on day d; `fresh` the new questions in turn order, each with its
 * day. What does not fit moves to the next day. With `fillUp`, places left over on a day go to the next new
 * questions early (used only when the even spread does not fit, since it front-loads the first days).
 */
export function layDays(
  count: number,
  limit: number,
  secondLookGap: number,
  reviews: readonly Pending[][],
  fresh: readonly Pending[],
  fillUp: boolean,
): LaidDays {
  const wants = reviews.map((day) => [...day]);
  const queue = [...fresh];
  const days: PlanItem[][] = [];
  let carry: Pending[] = [];
  for (let day = 0; day < count; day += 1) {
    const later = queue.findIndex((p) => p.wanted > day);
    const pending = [...carry, ...wants[day]!, ...queue.splice(0, later === -1 ? queue.length : later)];
    pending.sort(byPriority);
    const early = fillUp ? queue.splice(0, Math.max(0, limit - pending.length)) : [];
    const placed = [...pending.slice(0, limit), ...early];
    carry = pending.slice(limit);
    for (const { item } of placed) {
      if (item.kind !== 'new') continue;
      const second = Math.min(day + secondLookGap, count - 1);
      const look: Pending = { item: { ...item, kind: 'second' }, wanted: second, dueAt: NOT_DUE };
      // Introduced on the last day: its second look cannot fit, and counts as not placed.
      if (second > day) wants[second]!.push(look);
      else carry.push(look);
    }
    days.push(placed.map((p) => p.item));
  }
  const notPlaced = [...carry, ...queue].reduce((sum, p) => sum + (p.item.kind === 'new' ? 2 : 1), 0);
  return { days, notPlaced };
}
