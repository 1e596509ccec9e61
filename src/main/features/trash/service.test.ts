import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../backend/services';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import { seedComment, seedQuote } from '../../test-support/seed';
import { REVISION_WINDOW_MS } from '../history/service';

let services: Services;
let close: () => void;
let clock: ReturnType<typeof manualClock>;
let cohortId: string;
let ambassadorId: string;
const EVERYONE = { only: null, includeArchived: true };
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  clock = manualClock('2026-11-27T09:00:00.000Z');
  ({ services, close } = await tempServices(clock));
  cohortId = testCohort(services, { name: 'Residential' }).id;
  ambassadorId = services.ambassadors.create({ fullName: 'Wei Zhang', cohortId }).id;
});
afterEach(() => close());

const mediaBytes = (id: string) =>
  (services.ctx.db.prepare('SELECT size FROM media WHERE id = ?').get(id) as { size: number }).size;

describe('the Trash', () => {
  it('keeps a deleted quote with its comments and history, and puts all of it back', () => {
    const quote = seedQuote(services, ambassadorId, { text: 'Nurses like me keep the night shift going.' });
    clock.advance(REVISION_WINDOW_MS + 1);
    services.quotes.update(quote.id, services.quotes.get(quote.id).version, { text: 'Nurses keep nights going.' });
    const comment = seedComment(services, { targetType: 'quote', targetId: quote.id }, 'text', 'Name the ward?');

    const trashId = services.quotes.remove(quote.id, 'Wei Zhang');

    expect(() => services.quotes.get(quote.id)).toThrow(/does not exist/);
    expect(services.search.query('nights', EVERYONE)).toEqual([]);
    const [item] = services.trash.list(ambassadorId);
    expect(item).toMatchObject({
      id: trashId,
      kind: 'quote',
      entityId: quote.id,
      label: 'Nurses keep nights going.',
      deletedBy: 'Wei Zhang',
      expiresAt: '2026-12-27T09:10:00.001Z',
    });

    expect(services.trash.restore(trashId)).toEqual({ kind: 'quote', entityId: quote.id, ambassadorId });
    expect(services.quotes.get(quote.id).text).toBe('Nurses keep nights going.');
    expect(services.revisions.list('quote', quote.id)).toHaveLength(1);
    expect(services.comments.list('quote', quote.id).map((c) => [c.id, c.body])).toEqual([
      [comment.id, 'Name the ward?'],
    ]);
    expect(services.search.query('nights', EVERYONE).map((hit) => hit.entityId)).toContain(quote.id);
    expect(services.trash.list(null)).toEqual([]);
    // Restoring is a change like any other: the next bundle carries the quote as alive again.
    expect(services.quotes.get(quote.id).version).toBeGreaterThan(quote.version);
  });

  it('puts a house back without giving its owner two primary houses', () => {
    const first = services.houses.create(ambassadorId, { umbrella: 'We build this town together' });
    const second = services.houses.create(ambassadorId, { umbrella: 'Care is work' });
    expect(services.houses.get(first.id).isPrimary).toBe(true);
    const trashId = services.houses.remove(first.id, 'Wei Zhang');
    expect(services.houses.get(second.id).isPrimary).toBe(true);

    services.trash.restore(trashId);

    expect(services.houses.get(first.id).umbrella).toBe('We build this town together');
    const primaries = services.houses.list(ambassadorId).filter((h) => h.isPrimary);
    expect(primaries.map((h) => h.id)).toEqual([second.id]);
  });

  it('keeps a session’s answers and recordings until the trash is emptied', () => {
    const session = services.rehearsal.start({
      ambassadorId,
      interviewType: 'live-radio',
      mode: 'random',
      count: 2,
      categories: [],
    });
    const audio = new Uint8Array([1, 2, 3, 4]);
    const take = services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 4000,
      recording: { mime: 'audio/webm', bytes: audio },
      notes: 'Bridge earlier',
    });
    const mediaId = services.ctx.db
      .prepare('SELECT recording_media_id FROM take WHERE id = ?')
      .pluck()
      .get(take.id) as string;

    const trashId = services.rehearsal.deleteSession(session.id, 'Wei Zhang');
    expect(services.rehearsal.list(ambassadorId)).toEqual([]);
    // The answer's words leave its row; the recording stays stored for the Trash.
    expect(services.ctx.db.prepare('SELECT notes FROM take WHERE id = ?').pluck().get(take.id)).toBe('');
    expect(mediaBytes(mediaId)).toBe(4);

    services.trash.restore(trashId);
    const [back] = services.rehearsal.list(ambassadorId);
    expect(back?.takes.map((t) => t.notes)).toEqual(['Bridge earlier']);
    expect(services.rehearsal.recording(take.id)).toEqual({ mime: 'audio/webm', bytes: audio });

    services.rehearsal.deleteSession(session.id, 'Wei Zhang');
    expect(services.trash.empty(ambassadorId)).toBe(1);
    expect(mediaBytes(mediaId)).toBe(0);
  });

  it('puts an answer back only into a session that is there', () => {
    const session = services.rehearsal.start({
      ambassadorId,
      interviewType: 'live-radio',
      mode: 'random',
      count: 2,
      categories: [],
    });
    const take = services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 1000,
      notes: 'First try',
    });
    const takeTrash = services.rehearsal.deleteTake(take.id, 'Wei Zhang');
    const sessionTrash = services.rehearsal.deleteSession(session.id, 'Wei Zhang');
    expect(() => services.trash.restore(takeTrash)).toThrow(/session this answer belongs to first/);
    services.trash.restore(sessionTrash);
    services.trash.restore(takeTrash);
    expect(services.rehearsal.get(session.id).takes.map((t) => t.notes)).toEqual(['First try']);
  });

  it('deletes a cohort’s own question only when no set uses it, and never a built-in one', () => {
    const question = services.questions.add(cohortId, {
      category: 'work',
      difficulty: 2,
      text: 'What does your team do?',
      bridgeHint: '',
    });
    const set = services.questions.saveSet({ cohortId, name: 'Day one', questionIds: [question.id] });
    expect(() => services.questions.deleteQuestion(question.id, 'Sam')).toThrow(/in the set “Day one”/);
    const builtIn = services.questions.forCohort(cohortId).find((q) => q.source !== 'custom')!;
    expect(() => services.questions.deleteQuestion(builtIn.id, 'Sam')).toThrow(/Retire it/);

    const setTrash = services.questions.deleteSet(set.id, 'Sam');
    const questionTrash = services.questions.deleteQuestion(question.id, 'Sam');
    expect(services.questions.forCohort(cohortId).some((q) => q.id === question.id)).toBe(false);
    expect(services.trash.list(null).map((i) => [i.kind, i.label, i.ambassadorId])).toEqual([
      ['question', 'What does your team do?', null],
      ['questionSet', 'Day one', null],
    ]);
    services.trash.restore(questionTrash);
    services.trash.restore(setTrash);
    expect(services.questions.sets(cohortId).map((s) => [s.name, s.questionIds])).toEqual([['Day one', [question.id]]]);
  });

  it('lets items go by themselves after 30 days, recordings included', () => {
    const quote = seedQuote(services, ambassadorId, { text: 'Old words' });
    services.quotes.remove(quote.id, 'Wei Zhang');
    clock.advance(29 * DAY);
    expect(services.trash.purgeExpired()).toBe(0);
    clock.advance(2 * DAY);
    expect(services.trash.purgeExpired()).toBe(1);
    expect(services.trash.list(null)).toEqual([]);
  });

  it('refuses to restore an item that was brought back another way, and says so', () => {
    const quote = seedQuote(services, ambassadorId, { text: 'Twice' });
    const trashId = services.quotes.remove(quote.id, 'Wei Zhang');
    services.ctx.db.prepare('UPDATE quote SET deleted_at = NULL WHERE id = ?').run(quote.id);
    expect(() => services.trash.restore(trashId)).toThrow(/changed or removed since it was deleted/);
    expect(() => services.trash.restore('00000000-0000-4000-8000-000000000000')).toThrow(/no longer in the Trash/);
  });

  it('goes with the person when they are erased, recordings included', () => {
    const session = services.rehearsal.start({
      ambassadorId,
      interviewType: 'live-radio',
      mode: 'random',
      count: 1,
      categories: [],
    });
    services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 1000,
      recording: { mime: 'audio/webm', bytes: new Uint8Array([9, 9]) },
      notes: '',
    });
    services.rehearsal.deleteSession(session.id, 'Wei Zhang');
    const kept = services.ctx.db.prepare('SELECT count(*) FROM media WHERE size > 0').pluck().get();
    expect(kept).toBe(1);
    services.ambassadors.erase(ambassadorId, 'Wei Zhang');
    expect(services.trash.list(null)).toEqual([]);
    expect(services.ctx.db.prepare('SELECT count(*) FROM media WHERE size > 0').pluck().get()).toBe(0);
  });
});
