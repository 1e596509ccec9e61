import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Question, QuestionCategory, QuestionContent } from '../../../shared/features/question-bank/schemas';
import { readJson } from '../../db/json-column';

interface QuestionRow {
  id: string;
  cohort_id: string | null;
  category: QuestionCategory;
  difficulty: 1 | 2 | 3;
  text: string;
  bridge_hint: string;
}

export interface QuestionSetRow {
  id: string;
  cohortId: string;
  name: string;
  questionIds: string[];
  updatedAt: string;
}

const idList = z.array(z.string());

export function createQuestionRepository(db: Database) {
  const s = {
    custom: db.prepare<[string], QuestionRow>(
      'SELECT id, cohort_id, category, difficulty, text, bridge_hint FROM question WHERE cohort_id = ? AND deleted_at IS NULL ORDER BY created_at',
    ),
    get: db.prepare<[string], QuestionRow>(
      'SELECT id, cohort_id, category, difficulty, text, bridge_hint FROM question WHERE id = ? AND deleted_at IS NULL',
    ),
    insert: db.prepare(
      `INSERT INTO question (id, cohort_id, category, difficulty, text, bridge_hint, created_at, updated_at)
       VALUES (@id, @cohortId, @category, @difficulty, @text, @bridgeHint, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE question SET category = @category, difficulty = @difficulty, text = @text, bridge_hint = @bridgeHint,
       updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
    ),
    retired: db.prepare<[string], { question_id: string }>(
      'SELECT question_id FROM question_retired WHERE cohort_id = ?',
    ),
    retire: db.prepare('INSERT OR IGNORE INTO question_retired (cohort_id, question_id, created_at) VALUES (?, ?, ?)'),
    unretire: db.prepare('DELETE FROM question_retired WHERE cohort_id = ? AND question_id = ?'),
    sets: db.prepare<
      [string],
      { id: string; cohort_id: string; name: string; question_ids: string; updated_at: string }
    >(
      'SELECT id, cohort_id, name, question_ids, updated_at FROM question_set WHERE cohort_id = ? AND deleted_at IS NULL ORDER BY name',
    ),
    getSet: db.prepare<
      [string],
      { id: string; cohort_id: string; name: string; question_ids: string; updated_at: string }
    >('SELECT id, cohort_id, name, question_ids, updated_at FROM question_set WHERE id = ? AND deleted_at IS NULL'),
    upsertSet: db.prepare(
      `INSERT INTO question_set (id, cohort_id, name, question_ids, created_at, updated_at) VALUES (@id, @cohortId, @name, @ids, @now, @now)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, question_ids = excluded.question_ids, updated_at = excluded.updated_at`,
    ),
    // A deleted set or question stays as a tombstone with its words: they are the cohort's, not a person's, and a
    // bundle carries the tombstone as a valid row (a question must have a text).
    deleteSet: db.prepare('UPDATE question_set SET deleted_at = @now, updated_at = @now WHERE id = @id'),
    deleteQuestion: db.prepare('UPDATE question SET deleted_at = @now, updated_at = @now WHERE id = @id'),
  };

  const toQuestion = (row: QuestionRow, retired: Set<string>): Question => ({
    id: row.id,
    category: row.category,
    difficulty: row.difficulty,
    text: row.text,
    bridgeHint: row.bridge_hint,
    source: 'custom',
    cohortId: row.cohort_id,
    retired: retired.has(row.id),
  });

  const toSet = (r: {
    id: string;
    cohort_id: string;
    name: string;
    question_ids: string;
    updated_at: string;
  }): QuestionSetRow => ({
    id: r.id,
    cohortId: r.cohort_id,
    name: r.name,
    questionIds: readJson(r.question_ids, idList, []),
    updatedAt: r.updated_at,
  });

  return {
    retiredIds: (cohortId: string) => new Set(s.retired.all(cohortId).map((r) => r.question_id)),
    custom(cohortId: string, retired: Set<string>): Question[] {
      return s.custom.all(cohortId).map((r) => toQuestion(r, retired));
    },
    get(id: string): Question | undefined {
      const row = s.get.get(id);
      return row ? toQuestion(row, new Set()) : undefined;
    },
    insert(id: string, cohortId: string, q: QuestionContent, now: string): void {
      s.insert.run({ id, cohortId, ...q, now });
    },
    update(id: string, q: QuestionContent, now: string): void {
      s.update.run({ id, ...q, now });
    },
    setRetired(cohortId: string, questionId: string, retired: boolean, now: string): void {
      if (retired) s.retire.run(cohortId, questionId, now);
      else s.unretire.run(cohortId, questionId);
    },
    sets: (cohortId: string) => s.sets.all(cohortId).map(toSet),
    getSet(id: string): QuestionSetRow | undefined {
      const row = s.getSet.get(id);
      return row ? toSet(row) : undefined;
    },
    saveSet(id: string, cohortId: string, name: string, questionIds: string[], now: string): void {
      s.upsertSet.run({ id, cohortId, name, ids: JSON.stringify(questionIds), now });
    },
    deleteSet(id: string, now: string): void {
      s.deleteSet.run({ id, now });
    },
    deleteQuestion(id: string, now: string): void {
      s.deleteQuestion.run({ id, now });
    },
  };
}

export type QuestionRepository = ReturnType<typeof createQuestionRepository>;
