import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/features/settings/schemas';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { SAMPLE_AMBASSADORS } from '../sample-data/data';

let services: Services;
let close: () => void;

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
});
afterEach(() => close());

const cohortFields = {
  name: 'Residential 2026',
  organisation: 'Migrant Voices Network',
  campaign: '#IamAMigrant',
  hashtag: '#IMD2026',
  mediaDate: '2026-12-18',
  pressContact: { name: 'Sam', email: 'press@example.org', phone: '' },
};

describe('cohort service', () => {
  it('creates, patches nested press contact, archives and restores', () => {
    const c = services.cohorts.create(cohortFields);
    const updated = services.cohorts.update(c.id, { pressContact: { phone: '0123' } });
    expect(updated.pressContact).toEqual({ name: 'Sam', email: 'press@example.org', phone: '0123' });
    services.cohorts.archive(c.id, true);
    expect(services.cohorts.list()).toHaveLength(0);
    expect(services.cohorts.list(true)).toHaveLength(1);
    services.cohorts.archive(c.id, false);
    expect(services.cohorts.list()[0]?.archivedAt).toBeNull();
  });

  it('refuses to blank the cohort name', () => {
    const c = services.cohorts.create(cohortFields);
    expect(() => services.cohorts.update(c.id, { name: '   ' })).toThrow(/Cohort name is required/);
    expect(services.cohorts.get(c.id).name).toBe('Residential 2026');
  });
});

describe('settings service', () => {
  it('starts from defaults and persists patches', () => {
    expect(services.settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(services.settings.update({ theme: 'dark', currentCohortId: null })).toMatchObject({ theme: 'dark' });
    expect(services.settings.get().theme).toBe('dark');
  });
});

describe('sample data', () => {
  it('loads one fictional cohort of three ambassadors and marks the app as onboarded', () => {
    const result = services.sample.load();
    expect(result.ambassadorIds).toHaveLength(3);
    expect(services.cohorts.get(result.cohortId).name).toMatch(/fictional/);
    expect(services.settings.get()).toMatchObject({
      onboarded: true,
      currentCohortId: result.cohortId,
      currentAmbassadorId: result.ambassadorIds[0],
    });
    const names = services.ambassadors.list().map((a) => a.publicName);
    expect(names).toEqual(expect.arrayContaining(['Amira Haddad', 'Olena', 'Lin']));
    // Varied scripts in the bios, so layouts get tried with real-looking text.
    const bios = SAMPLE_AMBASSADORS.map((a) => a.longBio).join(' ');
    expect(bios).toMatch(/\p{Script=Arabic}/u);
    expect(bios).toMatch(/\p{Script=Cyrillic}/u);
    expect(bios).toMatch(/\p{Script=Han}/u);
  });
});
