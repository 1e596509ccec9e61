import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import type { Services } from '../../backend/services';
import { manualClock, tempServices } from '../../test-support/temp-backend';

let services: Services;
let close: () => void;
const clock = manualClock();

beforeEach(async () => {
  ({ services, close } = await tempServices(clock));
});
afterEach(() => close());

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('profile versions', () => {
  it('lets two windows edit two different fields and refuses the same one, with nothing written', () => {
    const a = services.ambassadors.create({ fullName: 'Amina Yusuf', role: 'Nurse' });
    expect(a.version).toBe(1);
    services.ambassadors.update(a.id, { role: 'Ward sister' }, { baseVersion: a.version });
    const b = services.ambassadors.update(a.id, { pronouns: 'she/her' }, { baseVersion: a.version });
    expect(b).toMatchObject({ role: 'Ward sister', pronouns: 'she/her', version: 3 });
    const history = services.revisions.list('ambassador', a.id);
    const refused = refusal(() => services.ambassadors.update(a.id, { role: 'Midwife' }, { baseVersion: a.version }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/\(Role\)/) });
    expect(services.ambassadors.get(a.id)).toEqual(b);
    expect(services.revisions.list('ambassador', a.id)).toEqual(history);
  });

  it('keeps photo and archive changes in step, so an editor opened before them may still save', () => {
    const a = services.ambassadors.create({ fullName: 'Amina Yusuf' });
    services.ambassadors.archive(a.id, true);
    services.ambassadors.archive(a.id, false);
    expect(services.ambassadors.update(a.id, { role: 'Nurse' }, { baseVersion: a.version }).role).toBe('Nurse');
  });

  it('updates without a base version as before (scripts and imports have no editor)', () => {
    const a = services.ambassadors.create({ fullName: 'Amina Yusuf' });
    services.ambassadors.update(a.id, { role: 'Nurse' });
    expect(services.ambassadors.update(a.id, { role: 'Midwife' }).role).toBe('Midwife');
  });
});
