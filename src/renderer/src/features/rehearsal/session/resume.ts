import type { RehearsalSession, Take } from '../../../../../shared/features/rehearsal/schemas';

/** Where an unfinished session picks up again: which question, and the answer to show for review (if any). */
export interface ResumePoint {
  index: number;
  take: Take | null;
}

/** The answer given last: the highest question position, and of several tries at it the newest. */
function latestTake(takes: readonly Take[]): Take | null {
  let latest: Take | null = null;
  for (const take of takes) {
    if (
      !latest ||
      take.position > latest.position ||
      (take.position === latest.position && take.createdAt >= latest.createdAt)
    )
      latest = take;
  }
  return latest;
}

/**
 * Finds where the person was, from what the session stored: an answer not yet rated is shown again for
 * review (its recording, measures and rating form); a rated one means they were about to go on, so the next
 * question waits, except after the last question, whose rated answer is shown with "Finish and see report".
 */
export function resumePoint(session: RehearsalSession): ResumePoint {
  const lastIndex = session.questionIds.length - 1;
  const latest = latestTake(session.takes);
  if (!latest) return { index: 0, take: null };
  const index = Math.min(Math.max(latest.position, 0), lastIndex);
  if (latest.rating && index < lastIndex) return { index: index + 1, take: null };
  return { index, take: latest };
}

/** The newest session that was neither finished nor deleted: the one "Continue your session" offers. */
export function unfinishedSession(sessions: readonly RehearsalSession[]): RehearsalSession | null {
  let newest: RehearsalSession | null = null;
  for (const session of sessions) {
    // A hot seat the trainer left unfinished is theirs to run, not the ambassador's to continue.
    if (session.kind === 'hot-seat') continue;
    if (session.finishedAt === null && (!newest || session.createdAt > newest.createdAt)) newest = session;
  }
  return newest;
}
