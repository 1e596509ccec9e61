/** A private detail taken off a profile leaves the profile's history, and the file's bytes, as well. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrivateDetail } from '../../../shared/features/ambassadors/schemas';
import type { Services } from '../../backend/services';
import { countIn, newMarker, textNeedles } from '../ambassadors/erase.test-support';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import { REVISION_WINDOW_MS } from './service';

let services: Services;
let close: () => void;
let dir: string;
const clock = manualClock();

beforeEach(async () => {
  ({ services, close, dir } = await tempServices(clock));
});
afterEach(() => close());

const detailsInHistory = (id: string): PrivateDetail[][] =>
  services.revisions
    .list('ambassador', id)
    .map((r) => (services.revisions.get(r.id).snapshot as { privateDetails: PrivateDetail[] }).privateDetails);

describe('forgetting a removed private detail', () => {
  it('takes it out of every older copy of the profile, keeps the rest, and leaves no bytes behind', () => {
    const town = `${newMarker()} town`;
    const a = services.ambassadors.create({
      fullName: 'Amina Yusuf',
      privateDetails: [
        { kind: 'home_town', value: town },
        { kind: 'employer', value: 'St Mary' },
      ],
    });
    services.ambassadors.update(a.id, { shortBio: 'Nurse' });
    clock.advance(REVISION_WINDOW_MS + 1);
    services.ambassadors.update(a.id, { shortBio: 'Nurse and runner' });
    expect(
      detailsInHistory(a.id)
        .flat()
        .filter((d) => d.value === town),
    ).toHaveLength(2);

    clock.advance(REVISION_WINDOW_MS + 1);
    services.ambassadors.update(a.id, { privateDetails: [{ kind: 'employer', value: 'St Mary' }] });

    const history = detailsInHistory(a.id);
    expect(history).toHaveLength(3);
    expect(history).toEqual([
      [{ kind: 'employer', value: 'St Mary' }],
      [{ kind: 'employer', value: 'St Mary' }],
      [{ kind: 'employer', value: 'St Mary' }],
    ]);
    // The rest of each copy is as it was.
    const oldest = services.revisions.list('ambassador', a.id).at(-1)!;
    expect(services.revisions.get(oldest.id).snapshot).toMatchObject({ fullName: 'Amina Yusuf', shortBio: '' });
    const dbPath = join(dir, 'test.sqlite');
    expect(countIn(dbPath, textNeedles(town)) + countIn(`${dbPath}-wal`, textNeedles(town))).toBe(0);
  });

  it('also forgets an older spelling the detail was corrected from', () => {
    const a = services.ambassadors.create({
      fullName: 'Amina',
      privateDetails: [{ kind: 'employer', value: 'St Mar' }],
    });
    services.ambassadors.update(a.id, { privateDetails: [{ kind: 'employer', value: 'St Mary' }] });
    expect(detailsInHistory(a.id)).toEqual([[]]);
  });

  it('leaves the history alone when no detail is removed (a new one, or the same one spelled alike)', () => {
    const a = services.ambassadors.create({
      fullName: 'Amina',
      privateDetails: [{ kind: 'employer', value: 'St Mary' }],
    });
    services.ambassadors.update(a.id, {
      privateDetails: [
        { kind: 'employer', value: ' st mary' },
        { kind: 'home_town', value: 'Leeds' },
      ],
    });
    expect(detailsInHistory(a.id)).toEqual([[{ kind: 'employer', value: 'St Mary' }]]);
  });
});
