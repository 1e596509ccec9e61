import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../question-bank/schemas';
import { DAILY_LIMIT, planSchedule, type PlannedQuestion } from './schedule';

const NOW = new Date('2026-12-10T09:00:00Z');

function questions(count: number, category: QuestionCategory): PlannedQuestion[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${category}-${i}`, text: `Question ${i}`, category }));
}

function plan(input: Omit<Parameters<typeof planSchedule>[0], 'now' | 'timeZone'>) {
  return planSchedule({ now: NOW, timeZone: 'Europe/Berlin', ...input });
}

describe('whatever the cards', () => {
  it('never puts more than the daily limit on a day, nor a question twice on one day, nor anything on the media day', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 40; run += 1) {
      const qs = QUESTION_CATEGORIES.flatMap((c) => questions(1 + Math.floor(random() * 8), c));
      const cards = new Map(
        qs
          .filter(() => random() < 0.6)
          .map((q) => [q.id, { due: new Date(NOW.getTime() + (random() - 0.3) * 30 * 86_400_000).toISOString() }]),
      );
      const mediaDate = random() < 0.2 ? '' : `2026-12-${String(10 + Math.floor(random() * 19)).padStart(2, '0')}`;
      const result = plan({ questions: qs, cards, mediaDate });
      for (const day of result.days) {
        expect(day.items.length).toBeLessThanOrEqual(DAILY_LIMIT);
        expect(new Set(day.items.map((i) => i.questionId)).size).toBe(day.items.length);
        if (mediaDate) expect(day.date < mediaDate || result.mediaStatus !== 'upcoming').toBe(true);
      }
      const placed = result.days.reduce((sum, d) => sum + d.items.length, 0);
      const fresh = qs.length - cards.size;
      expect(placed + result.notPlaced + result.laterCount).toBe(cards.size + 2 * fresh);
    }
  });
});
