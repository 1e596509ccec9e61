import { describe, expect, it } from 'vitest';
import type { CohortOverviewRow } from '../../../../../shared/features/cohorts/overview-schemas';
import { filterOverview, viewCounts } from './overview-filter';

function row(name: string, overrides: Partial<CohortOverviewRow> = {}): CohortOverviewRow {
  return {
    ambassadorId: name,
    name,
    profile: { percent: 100, missing: [] },
    primaryHouse: null,
    houseCount: 0,
    quotes: { draft: 0, changes_requested: 0, in_review: 0, approved: 0, retired: 0 },
    firstQuoteIds: {},
    rehearsal: { sessions: 0, takes: 0, lastAt: null, due: 0 },
    openComments: 0,
    sheet: { ready: true, blockers: [] },
    ...overrides,
  };
}

const rows = [
  row('Eléna Petrova'),
  row('Amira Haddad', { quotes: { draft: 0, changes_requested: 0, in_review: 2, approved: 1, retired: 0 } }),
  row('Lin', { sheet: { ready: false, blockers: ['Lin has no approved quote yet.'] } }),
  row('Wei Zhang', { openComments: 1 }),
];

describe('overview filters', () => {
  it('finds names by every word, ignoring case and accents', () => {
    expect(filterOverview(rows, 'all', 'elena').map((r) => r.name)).toEqual(['Eléna Petrova']);
    expect(filterOverview(rows, 'all', ' zhang  WEI ').map((r) => r.name)).toEqual(['Wei Zhang']);
    expect(filterOverview(rows, 'all', '')).toHaveLength(4);
  });

  it('narrows to what needs the trainer, and counts each view', () => {
    expect(filterOverview(rows, 'attention', '').map((r) => r.name)).toEqual(['Amira Haddad', 'Lin', 'Wei Zhang']);
    expect(filterOverview(rows, 'sheet', '').map((r) => r.name)).toEqual(['Lin']);
    expect(filterOverview(rows, 'review', '').map((r) => r.name)).toEqual(['Amira Haddad']);
    expect(viewCounts(rows)).toEqual({ all: 4, attention: 3, sheet: 1, review: 1 });
  });
});
