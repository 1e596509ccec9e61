/** Chart data derived from past sessions: takes per day, answer time against target, pauses and confidence. */
import type { RehearsalSession, Take } from '../../../../../shared/features/rehearsal/schemas';

export interface DayCount {
  /** YYYY-MM-DD (local time), for sorting. */
  day: string;
  /** "3 Dec", for the axis and the table. */
  label: string;
  takes: number;
}

export interface TakePoint {
  /** "1", "2"... in the order the answers were given. */
  label: string;
  when: string;
  answerSeconds: number;
  targetSeconds: number;
  speakingSeconds: number | null;
  pauses: number | null;
  confidence: number | null;
}

function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function dayLabel(day: string): string {
  return new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

export function allTakes(sessions: readonly RehearsalSession[]): Take[] {
  return sessions.flatMap((s) => s.takes).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function takesPerDay(sessions: readonly RehearsalSession[]): DayCount[] {
  const counts = new Map<string, number>();
  for (const take of allTakes(sessions))
    counts.set(localDay(take.createdAt), (counts.get(localDay(take.createdAt)) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, takes]) => ({ day, label: dayLabel(day), takes }));
}

/** The most recent answers (oldest first), so the line charts stay readable. */
export function takePoints(sessions: readonly RehearsalSession[], limit = 30): TakePoint[] {
  const takes = allTakes(sessions).slice(-limit);
  return takes.map((take, i) => ({
    label: String(i + 1),
    when: new Date(take.createdAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }),
    answerSeconds: Math.round(take.durationMs / 100) / 10,
    targetSeconds: take.targetSeconds,
    speakingSeconds: take.metrics ? take.metrics.speakingSeconds : null,
    pauses: take.metrics ? take.metrics.pauseCount : null,
    confidence: take.rating ? take.rating.confidence : null,
  }));
}

/** One sentence per chart for people who cannot see it (and anyone in a hurry). */
export function progressSummary(sessions: readonly RehearsalSession[]) {
  const days = takesPerDay(sessions);
  const points = takePoints(sessions);
  const total = days.reduce((sum, d) => sum + d.takes, 0);
  const within = points.filter((p) => p.answerSeconds <= p.targetSeconds + 0.5).length;
  const confidences = points.map((p) => p.confidence).filter((c): c is number => c !== null);
  const first = confidences.slice(0, Math.ceil(confidences.length / 2));
  const last = confidences.slice(Math.ceil(confidences.length / 2));
  const avg = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  const trend =
    confidences.length < 2
      ? 'not enough ratings yet to see a trend'
      : avg(last) > avg(first) + 0.2
        ? 'rising'
        : avg(last) < avg(first) - 0.2
          ? 'lower lately'
          : 'steady';
  return {
    takes: `${total} answer${total === 1 ? '' : 's'} on ${days.length} day${days.length === 1 ? '' : 's'}.`,
    time:
      points.length === 0
        ? 'No answers yet.'
        : points.length === 1
          ? `Your answer was ${within === 1 ? 'within' : 'over'} its target time.`
          : `${within} of your last ${points.length} answers were within their target time.`,
    confidence:
      confidences.length === 0
        ? 'No confidence ratings yet.'
        : `Confidence: ${trend} (latest ${confidences.at(-1)} of 5).`,
  };
}
