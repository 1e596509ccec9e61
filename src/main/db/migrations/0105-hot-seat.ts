import type { Migration } from './types';

/**
 * Hot-seat mock interviews: a rehearsal session the trainer runs for an ambassador (the trainer plays the
 * journalist). The session says what kind it is and which trainer ran it; each take may carry the time the
 * trainer gave that question, the follow-up asked (when it was one) and the trainer's rating and comment as JSON
 * (score, comment, the trainer's name and when), which the ambassador reads in their history.
 */
export const hotSeat: Migration = {
  version: 105,
  name: 'hot-seat',
  up(db) {
    db.exec(`
      ALTER TABLE rehearsal_session ADD COLUMN kind TEXT NOT NULL DEFAULT 'practice' CHECK (kind IN ('practice', 'hot-seat'));
      ALTER TABLE rehearsal_session ADD COLUMN run_by TEXT;
      ALTER TABLE take ADD COLUMN follow_up TEXT;
      ALTER TABLE take ADD COLUMN trainer_feedback TEXT;
    `);
  },
};
