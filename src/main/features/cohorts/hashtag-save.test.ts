import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyCohortFields } from '../../../shared/features/cohorts/schemas';
import type { Services } from '../../backend/services';
import { manualClock, tempServices } from '../../test-support/temp-backend';

let services: Services;
let close: () => void;

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
});
afterEach(() => close());

it('stores the hashtag with its "#", on create and on every save', () => {
  const c = services.cohorts.create({ ...emptyCohortFields(), name: 'Residential', hashtag: ' IamAMigrant ' });
  expect(c.hashtag).toBe('#IamAMigrant');
  expect(services.cohorts.update(c.id, { hashtag: 'WeBuildHome ＃IMD2026' }).hashtag).toBe('#WeBuildHome #IMD2026');
  expect(services.cohorts.update(c.id, { hashtag: '' }).hashtag).toBe('');
});
