import type { Database } from 'better-sqlite3';
import { storedCardSchema, type StoredCard } from '../../../shared/scheduling';
import { readJson } from '../../db/json-column';

export function createCardRepository(db: Database) {
  const s = {
    all: db.prepare<[string], { question_id: string; card: string }>(
      'SELECT question_id, card FROM review_card WHERE ambassador_id = ? AND deleted_at IS NULL',
    ),
    get: db.prepare<[string, string], { card: string }>(
      'SELECT card FROM review_card WHERE ambassador_id = ? AND question_id = ? AND deleted_at IS NULL',
    ),
    upsert: db.prepare(
      `INSERT INTO review_card (id, ambassador_id, question_id, card, due, created_at, updated_at)
       VALUES (@id, @ambassadorId, @questionId, @card, @due, @now, @now)
       ON CONFLICT(ambassador_id, question_id) DO UPDATE SET card = excluded.card, due = excluded.due, updated_at = excluded.updated_at`,
    ),
  };
  return {
    all(ambassadorId: string): Map<string, StoredCard> {
      const out = new Map<string, StoredCard>();
      for (const row of s.all.all(ambassadorId)) {
        const card = readJson<StoredCard | null>(row.card, storedCardSchema, null);
        if (card) out.set(row.question_id, card);
      }
      return out;
    },
    get(ambassadorId: string, questionId: string): StoredCard | null {
      const row = s.get.get(ambassadorId, questionId);
      return row ? readJson<StoredCard | null>(row.card, storedCardSchema, null) : null;
    },
    save(id: string, ambassadorId: string, questionId: string, card: StoredCard, now: string): void {
      s.upsert.run({ id, ambassadorId, questionId, card: JSON.stringify(card), due: card.due, now });
    },
  };
}

export type CardRepository = ReturnType<typeof createCardRepository>;
