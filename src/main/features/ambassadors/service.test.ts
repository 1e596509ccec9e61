import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { inspectImage } from '../../../shared/image-metadata';
import { dimensions, landscapeJpeg, tinyPng } from '../../test-support/images';

let services: Services;
let close: () => void;
const clock = manualClock();

beforeEach(async () => {
  ({ services, close } = await tempServices(clock));
});
afterEach(() => close());

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}

async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('ambassador service', () => {
  it('creates with defaults that keep people private: first-name mode, no photo consent', () => {
    const a = services.ambassadors.create({ fullName: 'Amina Yusuf' });
    expect(a).toMatchObject({ fullName: 'Amina Yusuf', nameMode: 'first', photoConsent: false, hasPhoto: false });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(services.ambassadors.list()).toEqual([
      expect.objectContaining({ id: a.id, displayName: 'Amina Yusuf', publicName: 'Amina' }),
    ]);
  });

  it('updates with a patch, keeping the other fields, and stamps updated_at', () => {
    const a = services.ambassadors.create({ fullName: 'Amina Yusuf', languages: ['English'] });
    clock.advance(1000);
    const b = services.ambassadors.update(a.id, {
      shortBio: 'Nurse',
      privateDetails: [{ kind: 'employer', value: 'St Mary' }],
    });
    expect(b).toMatchObject({ fullName: 'Amina Yusuf', languages: ['English'], shortBio: 'Nurse' });
    expect(b.privateDetails).toEqual([{ kind: 'employer', value: 'St Mary' }]);
    expect(b.updatedAt > a.updatedAt).toBe(true);
  });

  it('refuses unknown ids and unknown cohorts without writing', () => {
    expect(errorOf(() => services.ambassadors.update(crypto.randomUUID(), { role: 'x' })).code).toBe('NOT_FOUND');
    const a = services.ambassadors.create({ fullName: 'A' });
    expect(errorOf(() => services.ambassadors.update(a.id, { cohortId: crypto.randomUUID() })).code).toBe('NOT_FOUND');
    expect(services.ambassadors.get(a.id).cohortId).toBeNull();
  });

  it('archives and restores; archived ambassadors leave the default list', () => {
    const a = services.ambassadors.create({ fullName: 'A' });
    services.ambassadors.archive(a.id, true);
    expect(services.ambassadors.list()).toHaveLength(0);
    expect(services.ambassadors.list({ includeArchived: true })[0]?.archivedAt).not.toBeNull();
    services.ambassadors.archive(a.id, false);
    expect(services.ambassadors.list()).toHaveLength(1);
  });

  it('filters by cohort', () => {
    const cohort = testCohort(services, { name: 'IMD 2026' });
    services.ambassadors.create({ fullName: 'In', cohortId: cohort.id });
    services.ambassadors.create({ fullName: 'Out' });
    expect(services.ambassadors.list({ cohortId: cohort.id }).map((a) => a.displayName)).toEqual(['In']);
  });

  it('stores a photo re-encoded as a clean JPEG, replaces and removes it', async () => {
    const a = services.ambassadors.create({ fullName: 'A' });
    expect((await services.ambassadors.setPhoto(a.id, tinyPng(64))).hasPhoto).toBe(true);
    const first = services.ambassadors.photo(a.id);
    // Whatever was uploaded, what is kept is the picture drawn again: a JPEG with nothing hidden in it.
    expect(first?.mime).toBe('image/jpeg');
    expect(inspectImage(first!.bytes)).toEqual({ format: 'image/jpeg', readable: true, metadata: [] });
    expect(await dimensions(first!.bytes)).toEqual({ width: 64, height: 64 });
    await services.ambassadors.setPhoto(a.id, await landscapeJpeg(320, 240));
    expect(await dimensions(services.ambassadors.photo(a.id)!.bytes)).toEqual({ width: 320, height: 240 });
    expect(services.ambassadors.removePhoto(a.id).hasPhoto).toBe(false);
    expect(services.ambassadors.photo(a.id)).toBeNull();
  });

  it('refuses a non-image or oversized photo with a clear message and keeps the old one', async () => {
    const a = services.ambassadors.create({ fullName: 'A' });
    await services.ambassadors.setPhoto(a.id, tinyPng(64));
    const before = services.ambassadors.photo(a.id)?.bytes;
    const text = new TextEncoder().encode('<svg onload="alert(1)"></svg> not a photo');
    const notImage = await rejectionOf(services.ambassadors.setPhoto(a.id, text));
    expect(notImage.code).toBe('UNSUPPORTED');
    expect(notImage.message).toMatch(/not a photo/);
    const huge = new Uint8Array(3 * 1024 * 1024);
    huge.set(tinyPng(8));
    const tooBig = await rejectionOf(services.ambassadors.setPhoto(a.id, huge));
    expect(tooBig.code).toBe('TOO_LARGE');
    expect(tooBig.message).toMatch(/3\.0 MB; the limit is 2\.0 MB/);
    expect(services.ambassadors.photo(a.id)?.bytes).toEqual(before);
  });
});
