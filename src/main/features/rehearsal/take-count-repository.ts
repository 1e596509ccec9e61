import type { Database } from 'better-sqlite3';

/**
 * How many times an ambassador has rehearsed each question: saved answers in practice sessions and hot seats,
 * leaving out deleted answers and sessions (an answer in the Trash was taken back, so it does not count).
 */
export function createTakeCountRepository(db: Database) {
  const perQuestion = db.prepare<[string], { question_id: string; takes: number }>(
    `SELECT t.question_id, COUNT(*) AS takes FROM take t JOIN rehearsal_session s ON s.id = t.session_id
     WHERE s.ambassador_id = ? AND s.deleted_at IS NULL AND t.deleted_at IS NULL GROUP BY t.question_id`,
  );
  return {
    perQuestion(ambassadorId: string): Map<string, number> {
      return new Map(perQuestion.all(ambassadorId).map((row) => [row.question_id, row.takes]));
    },
  };
}
