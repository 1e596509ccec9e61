import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import type { Services } from '../../backend/services';
import { manualClock, tempServices } from '../../test-support/temp-backend';

let services: Services;
let close: () => void;
let ambassadorId: string;
const clock = manualClock();
const [care, work, home] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];

beforeEach(async () => {
  ({ services, close } = await tempServices(clock));
  ambassadorId = services.ambassadors.create({ fullName: 'Olena Kovalenko' }).id;
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

function twoPillarHouse() {
  return services.houses.create(ambassadorId, {
    umbrella: 'Migrants build the places we call home',
    pillars: [
      { id: care, message: 'We care for your parents', proofs: [] },
      { id: work, message: 'We keep the buses running', proofs: [] },
    ],
  });
}

const stateOf = (id: string) => ({ house: services.houses.get(id), history: services.revisions.list('house', id) });

describe('message house: field-level patches from two windows', () => {
  it('lets two windows edit two different key messages, both from the same base version', () => {
    const h = twoPillarHouse();
    services.houses.update(h.id, h.version, { pillarPatches: [{ id: care, message: 'Nurses from 40 countries' }] });
    const b = services.houses.update(h.id, h.version, {
      pillarPatches: [{ id: work, message: 'Drivers on every route' }],
    });
    expect(b.pillars.map((p) => p.message)).toEqual(['Nurses from 40 countries', 'Drivers on every route']);
    expect(b.version).toBe(h.version + 2);
  });

  it('refuses the same key message from a stale window, naming it, with nothing written', () => {
    const h = twoPillarHouse();
    services.houses.update(h.id, h.version, { pillarPatches: [{ id: work, message: 'Window A' }] });
    const before = stateOf(h.id);
    const refused = refusal(() =>
      services.houses.update(h.id, h.version, { pillarPatches: [{ id: work, message: 'Window B' }] }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/\(Key message 2\)/) });
    expect(stateOf(h.id)).toEqual(before);
  });

  it('treats a key message’s proof points as their own field', () => {
    const h = twoPillarHouse();
    const proof = { id: crypto.randomUUID(), kind: 'fact' as const, text: '1 in 5 nurses', source: 'NHS' };
    services.houses.update(h.id, h.version, { pillarPatches: [{ id: care, proofs: [proof] }] });
    expect(
      services.houses.update(h.id, h.version, { pillarPatches: [{ id: care, message: 'Care' }] }).pillars[0],
    ).toEqual({ id: care, message: 'Care', proofs: [proof] });
    expect(
      refusal(() => services.houses.update(h.id, h.version, { pillarPatches: [{ id: care, proofs: [] }] })).message,
    ).toMatch(/Key message 1 proof points/);
  });

  it('merges Message Box fields one by one', () => {
    const h = services.houses.create(ambassadorId, { template: 'box' });
    services.houses.update(h.id, h.version, { box: { issue: 'Care homes short of staff' } });
    const b = services.houses.update(h.id, h.version, { box: { benefits: 'Parents looked after' } });
    expect(b.box).toMatchObject({ issue: 'Care homes short of staff', benefits: 'Parents looked after' });
    expect(refusal(() => services.houses.update(h.id, h.version, { box: { issue: 'Other' } })).code).toBe('CONFLICT');
  });

  it('lets two windows each add a key message, but not remove one another window has just edited', () => {
    const h = twoPillarHouse();
    services.houses.update(h.id, h.version, { addPillars: [{ id: home, message: 'Home', proofs: [] }] });
    expect(services.houses.get(h.id).pillars).toHaveLength(3);
    services.houses.update(h.id, h.version, { pillarPatches: [{ id: care, message: 'Edited in A' }] });
    expect(refusal(() => services.houses.update(h.id, h.version, { removePillars: [care] })).code).toBe('CONFLICT');
    const removed = services.houses.update(h.id, h.version, { removePillars: [work] });
    expect(removed.pillars.map((p) => p.id)).toEqual([care, home]);
  });

  it('refuses a change to a key message another window removed', () => {
    const h = twoPillarHouse();
    services.houses.update(h.id, h.version, { removePillars: [work] });
    const refused = refusal(() =>
      services.houses.update(h.id, h.version, { pillarPatches: [{ id: work, message: 'Still here?' }] }),
    );
    expect(refused.message).toMatch(/removed in another window/);
  });

  it('keeps the replaced house in the history when a conflict is resolved by keeping mine', () => {
    const h = twoPillarHouse();
    const theirs = services.houses.update(h.id, h.version, { umbrella: 'Theirs' });
    clock.advance(1000);
    services.houses.update(h.id, theirs.version, { umbrella: 'Mine' }, true);
    const umbrellas = services.revisions
      .list('house', h.id)
      .map((r) => (services.revisions.get(r.id).snapshot as { umbrella: string }).umbrella);
    expect(umbrellas).toEqual(['Theirs', 'Migrants build the places we call home']);
  });

  it('keeps field records in step when the primary house changes, so open editors are not refused', () => {
    const h = twoPillarHouse();
    const other = services.houses.create(ambassadorId, { title: 'Second' });
    services.houses.setPrimary(other.id);
    services.houses.setPrimary(h.id);
    expect(services.houses.update(h.id, h.version, { goal: 'Change one mind' }).goal).toBe('Change one mind');
  });
});
