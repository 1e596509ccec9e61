import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../backend/services';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import { seedQuote } from '../../test-support/seed';
import { damageQuoteFields } from '../../test-support/damage';

let services: Services;
let close: () => void;
let ambassadorId: string;

beforeEach(async () => {
  ({ services, close } = await tempServices(manualClock()));
  ambassadorId = services.ambassadors.create({ fullName: 'Wei Zhang' }).id;
});
afterEach(() => close());

const storedFields = (table: string, id: string) =>
  services.ctx.db.prepare(`SELECT fields FROM ${table} WHERE id = ?`).pluck().get(id) as string;

const damageQuote = (id: string) => damageQuoteFields(services.ctx.db, id);

describe('quarantine: records the app cannot fully read', () => {
  it('shows what can be read of a damaged quote, marks it, and refuses every change that would overwrite it', () => {
    const quote = seedQuote(services, ambassadorId, {
      text: 'Care is work, and work is care.',
      variants: {
        pressRelease: '',
        soundbite: 'Care is work.',
        social: 'Care is work #MigrantsDay',
        socialPlatform: 'x',
      },
    });
    const damaged = damageQuote(quote.id);

    const read = services.quotes.get(quote.id);
    expect(read.text).toBe('Care is work, and work is care.');
    // Only the unknown platform is unreadable: the variants' words are still shown.
    expect(read.variants).toMatchObject({ soundbite: 'Care is work.', social: 'Care is work #MigrantsDay' });
    expect(read.needsRepair?.columns).toEqual([
      { column: 'fields', raw: damaged, problems: [expect.stringMatching(/^variants\.socialPlatform: /)] },
    ]);
    expect(() => services.quotes.update(quote.id, read.version, { text: '' })).toThrow(/kept exactly as stored/);
    expect(() => services.quotes.transition(quote.id, 'submit', '')).toThrow(/kept exactly as stored/);
    expect(storedFields('quote', quote.id)).toBe(damaged);
  });

  it('lists damaged records and repairs one with corrected text, keeping the original', () => {
    const quote = seedQuote(services, ambassadorId, { text: 'Care is work.' });
    const damaged = damageQuote(quote.id);
    const [item] = services.repair.list(null);
    expect(item).toMatchObject({ kind: 'quote', id: quote.id, ambassadorId, label: 'Care is work.' });
    expect(services.repair.list(ambassadorId)).toHaveLength(1);
    expect(services.repair.list(services.ambassadors.create({ fullName: 'Amira' }).id)).toEqual([]);

    expect(() => services.repair.apply('quote', quote.id, 'fields', '{"text": ', 'Sam')).toThrow(/not valid JSON/);
    expect(() => services.repair.apply('quote', quote.id, 'fields', damaged, 'Sam')).toThrow(/still does not fit/);
    const fixed = damaged.replace('"myspace"', '"instagram"');
    services.repair.apply('quote', quote.id, 'fields', fixed, 'Sam');

    const back = services.quotes.get(quote.id);
    expect(back.needsRepair).toBeUndefined();
    expect(back.variants.socialPlatform).toBe('instagram');
    expect(services.repair.list(null)).toEqual([]);
    const original = services.ctx.db.prepare('SELECT original, repaired_by FROM repaired_value').get();
    expect(original).toEqual({ original: damaged, repaired_by: 'Sam' });
    // A repaired quote is an ordinary one again.
    services.quotes.update(back.id, back.version, { text: 'Care is work, still.' });
    expect(() => services.repair.apply('quote', quote.id, 'fields', fixed, 'Sam')).toThrow(/not damaged/);
  });

  it('keeps what can be read of a house when asked, and drops only the unreadable part', () => {
    const house = services.houses.create(ambassadorId, { umbrella: 'We build this town together' });
    const fields = JSON.parse(storedFields('message_house', house.id)) as Record<string, unknown>;
    services.ctx.db
      .prepare('UPDATE message_house SET fields = ? WHERE id = ?')
      .run(JSON.stringify({ ...fields, template: 'pyramid' }), house.id);
    expect(services.houses.get(house.id).needsRepair).toBeDefined();
    expect(services.houses.get(house.id).umbrella).toBe('We build this town together');

    services.repair.salvage('house', house.id, 'Wei Zhang');
    const repaired = services.houses.get(house.id);
    expect(repaired.needsRepair).toBeUndefined();
    expect([repaired.umbrella, repaired.template]).toEqual(['We build this town together', 'house']);
  });

  it('protects a profile whose private details cannot be read, so they are never saved away as empty', () => {
    const person = services.ambassadors.create({
      fullName: 'Amira Haddad',
      privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
    });
    const raw = '[{"kind":"employer","value":"Northgate Imaging","note":42}]';
    services.ctx.db.prepare('UPDATE ambassador SET private_details = ? WHERE id = ?').run(raw, person.id);
    const read = services.ambassadors.get(person.id);
    expect(read.needsRepair?.columns.map((c) => c.column)).toEqual(['private_details']);
    expect(() => services.ambassadors.update(person.id, { shortBio: 'Nurse.' })).toThrow(/kept exactly as stored/);
    expect(services.ctx.db.prepare('SELECT private_details FROM ambassador WHERE id = ?').pluck().get(person.id)).toBe(
      raw,
    );
  });

  it('reads a value that is not JSON at all as damaged, with its text kept for the repair screen', () => {
    const quote = seedQuote(services, ambassadorId, { text: 'Plain' });
    services.ctx.db.prepare('UPDATE quote SET fields = ? WHERE id = ?').run('{"text": "Plain", oops', quote.id);
    const read = services.quotes.get(quote.id);
    expect(read.needsRepair?.columns[0]).toEqual({
      column: 'fields',
      raw: '{"text": "Plain", oops',
      problems: ['The stored text is not valid JSON.'],
    });
  });
});

describe('quarantine and the message sheet', () => {
  it('makes no sheet for a profile whose private details cannot be read', () => {
    const person = services.ambassadors.create({ fullName: 'Amira Haddad', nameMode: 'full' });
    services.ctx.db.prepare("UPDATE ambassador SET topics_declined = '{oops' WHERE id = ?").run(person.id);
    expect(() => services.sheets.preview(person.id, {})).toThrow(/declined topics cannot be checked/);
  });
});
