import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { REVISION_WINDOW_MS } from './service';

let services: Services;
let close: () => void;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  clock = manualClock();
  ({ services, close } = await tempServices(clock));
});
afterEach(() => close());

describe('revisions', () => {
  it('snapshots the previous state on the first edit, then at most once per ten minutes', () => {
    const a = services.ambassadors.create({ fullName: 'A', shortBio: 'v1' });
    services.ambassadors.update(a.id, { shortBio: 'v2' });
    clock.advance(60_000);
    services.ambassadors.update(a.id, { shortBio: 'v3' });
    expect(services.revisions.list('ambassador', a.id)).toHaveLength(1);

    clock.advance(REVISION_WINDOW_MS);
    services.ambassadors.update(a.id, { shortBio: 'v4' });
    const history = services.revisions.list('ambassador', a.id);
    expect(history).toHaveLength(2);
    const snapshots = history.map((h) => (services.revisions.get(h.id).snapshot as { shortBio: string }).shortBio);
    expect(snapshots).toEqual(['v3', 'v1']);
  });

  it('always snapshots an archive (a status change), whatever the window', () => {
    const a = services.ambassadors.create({ fullName: 'A' });
    services.ambassadors.update(a.id, { role: 'Nurse' });
    services.ambassadors.archive(a.id, true);
    expect(services.revisions.list('ambassador', a.id).map((r) => r.reason)).toEqual(['archive', 'edit']);
  });

  it('reports a missing revision clearly', () => {
    expect(() => services.revisions.get(crypto.randomUUID())).toThrow(/no longer in the history/);
    expect(() => services.revisions.get(crypto.randomUUID())).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('forgets a removed private detail only in the copies that hold it, and says whether it removed one', () => {
    const id = crypto.randomUUID();
    const employer = (value: string) => ({ kind: 'employer' as const, value });
    const withIt = { shortBio: 'old', privateDetails: [employer('St Mary'), employer('Leeds')] };
    const without = { shortBio: 'older', privateDetails: [employer('Leeds')] };
    services.revisions.recordBefore('ambassador', id, without, 'status');
    services.revisions.recordBefore('ambassador', id, withIt, 'status');
    const snapshots = () => services.revisions.list('ambassador', id).map((r) => services.revisions.get(r.id).snapshot);

    expect(services.revisions.forgetPrivateDetails(id, [employer('Leeds')], [employer('leeds')])).toBe(false);
    expect(snapshots()).toEqual([withIt, without]);

    expect(services.revisions.forgetPrivateDetails(id, withIt.privateDetails, [employer('Leeds')])).toBe(true);
    expect(snapshots()).toEqual([{ shortBio: 'old', privateDetails: [employer('Leeds')] }, without]);
  });
});
