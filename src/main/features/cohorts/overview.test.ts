import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../backend/services';
import { seedComment, seedQuote } from '../../test-support/seed';
import { seen } from '../../test-support/seen';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import { approveQuote, readyHouse } from '../message-sheet/service.test-support';

let services: Services;
let close: () => void;
let clock: ReturnType<typeof manualClock>;
let cohortId: string;

beforeEach(async () => {
  clock = manualClock('2026-11-27T09:00:00.000Z');
  ({ services, close } = await tempServices(clock));
  cohortId = testCohort(services, { name: 'Residential', mediaDate: '2026-12-18' }).id;
});
afterEach(() => close());

const grade = (g: 'again' | 'easy') => ({ bridged: true, usedStory: true, withinTime: true, confidence: 3, grade: g });

/** One session of two rated takes: "again" makes its question due a quarter of an hour later. */
function rehearse(ambassadorId: string): void {
  const session = services.rehearsal.start({
    ambassadorId,
    interviewType: 'live-radio',
    mode: 'random',
    count: 2,
    categories: [],
  });
  session.questionIds.forEach((questionId, position) => {
    const take = services.rehearsal.saveTake({
      sessionId: session.id,
      questionId,
      position,
      durationMs: 1000,
      notes: '',
    });
    services.rehearsal.rateTake(take.id, grade(position === 0 ? 'again' : 'easy'));
  });
}

describe('cohort overview', () => {
  it('gives one row per ambassador with every measure, and the sheet’s reasons in the pack’s words', () => {
    const ready = services.ambassadors.create({
      fullName: 'Amira Haddad',
      cohortId,
      shortBio: 'Nurse and choir singer.',
      languages: ['Arabic', 'English'],
      topicsWelcome: ['Health'],
      topicsDeclined: ['Family'],
      privateDetails: [{ kind: 'home_town', value: 'Aleppo' }],
    });
    const houseId = readyHouse(services, ready.id, 'A');
    approveQuote(services, ready.id, 'A town is made by the people who turn up.', houseId);
    seedQuote(services, ready.id, { text: 'We sing on Thursdays.' }, 'in_review');
    const sentBack = seedQuote(services, ready.id, { text: 'Home is people.' }, 'in_review');
    seedComment(services, { targetType: 'quote', targetId: sentBack.id }, 'text', 'Say whose home.', 'Sam');
    services.quotes.transition(sentBack.id, 'sendBack', 'Sam', [], seen(services, sentBack.id));
    seedQuote(services, ready.id, { text: 'Draft one.' });
    seedQuote(services, ready.id, { text: 'Old one.' }, 'retired');
    rehearse(ready.id);

    const starting = services.ambassadors.create({ firstName: 'Olena', cohortId, nameMode: 'pseudonym' });
    services.ambassadors.create({ firstName: 'Elsewhere' }); // in no cohort: not on this overview

    clock.advance(15 * 60 * 1000);
    const { rows } = services.cohortOverview.overview(cohortId);
    expect(rows.map((r) => r.name)).toEqual(['Amira Haddad', 'Olena']);
    const [amira, olena] = rows;

    expect(amira).toMatchObject({
      ambassadorId: ready.id,
      profile: { percent: 100, missing: [] },
      primaryHouse: { id: houseId, title: 'Main house A' },
      houseCount: 1,
      quotes: { draft: 1, changes_requested: 1, in_review: 1, approved: 1, retired: 1 },
      firstQuoteIds: { changes_requested: sentBack.id },
      rehearsal: { sessions: 1, takes: 2, due: 1 },
      openComments: 1,
      sheet: { ready: true, blockers: [] },
    });
    expect(amira?.primaryHouse?.umbrella).toMatch(/call home/);
    expect(amira?.rehearsal.lastAt).toBe('2026-11-27T09:00:00.000Z');

    expect(olena).toMatchObject({
      primaryHouse: null,
      houseCount: 0,
      quotes: { draft: 0, changes_requested: 0, in_review: 0, approved: 0, retired: 0 },
      rehearsal: { sessions: 0, takes: 0, lastAt: null, due: 0 },
      openComments: 0,
      sheet: { ready: false },
    });
    expect(olena?.profile.percent).toBe(14);
    expect(olena?.profile.missing).toEqual([
      'public name (pseudonym chosen but empty)',
      'short bio',
      'languages',
      'topics welcome',
      'topics declined',
      'private details to protect',
    ]);
    // The same sentence the press pack gives when it skips her.
    expect(() => services.sheets.preview(starting.id, {})).toThrow(olena?.sheet.blockers[0]);
  });

  it('names the safeguarding check that holds a sheet back', () => {
    const a = services.ambassadors.create({
      fullName: 'Wei Zhang',
      cohortId,
      privateDetails: [{ kind: 'employer', value: 'Harbour Bakery' }],
      shortBio: 'Wei bakes bread at Harbour Bakery.',
    });
    const houseId = readyHouse(services, a.id, 'W');
    approveQuote(services, a.id, 'Bread brings people to the table.', houseId);
    const [row] = services.cohortOverview.overview(cohortId).rows;
    expect(row?.sheet.ready).toBe(false);
    expect(row?.sheet.blockers).toEqual([
      'Safeguarding check: Short bio contains your employer. Remove it, or confirm that it may appear on the sheet.',
    ]);
  });

  it('refuses a cohort that does not exist', () => {
    expect(() => services.cohortOverview.overview(crypto.randomUUID())).toThrow(/does not exist/);
  });

  it('stays quick for 40 ambassadors', () => {
    for (let i = 0; i < 40; i += 1) {
      const a = services.ambassadors.create({ fullName: `Person ${String(i).padStart(2, '0')}`, cohortId });
      const houseId = readyHouse(services, a.id, String(i));
      approveQuote(services, a.id, `Quote number ${i} about the town.`, houseId);
      seedQuote(services, a.id, { text: `Waiting ${i}.` }, 'in_review');
    }
    const started = performance.now();
    const { rows } = services.cohortOverview.overview(cohortId);
    const ms = performance.now() - started;
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.sheet.ready && r.quotes.in_review === 1)).toBe(true);
    console.info(`cohort overview, 40 ambassadors: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1500);
  });
});
