/**
 * The building blocks every channel schema is made of: text with a cap and no broken characters, required text,
 * lists of short items, dates, and the helper that copies a record's editable fields.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { byId, idSchema, isoDate, isWellFormedText, noInput, pickFields, requiredText, text, textList } from './fields';
import { formatBytes, LIMITS } from './limits';

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('isWellFormedText', () => {
  it('accepts whole characters, including surrogate pairs (emoji)', () => {
    expect(isWellFormedText('')).toBe(true);
    expect(isWellFormedText('Ça va 👋🏽')).toBe(true);
  });

  it('refuses a lone high or low surrogate anywhere in the text', () => {
    expect(isWellFormedText('a\uD83D')).toBe(false);
    expect(isWellFormedText('\uD83Da')).toBe(false);
    expect(isWellFormedText('a\uDC4Bb')).toBe(false);
    expect(isWellFormedText('\uDC4B\uD83D')).toBe(false);
  });
});

describe('text and requiredText', () => {
  it('names the field and the cap, and the broken character, in the person’s words', () => {
    expect(messages(text(3, 'Title'), 'abcd')).toEqual(['Title is too long (at most 3 characters)']);
    expect(messages(text(3, 'Title'), 'a\uD83D')).toEqual(['Title contains a broken character; please retype it']);
    expect(messages(text(3), 'abcd')).toEqual(['This field is too long (at most 3 characters)']);
    expect(messages(text(3, 'Title'), 'abc')).toEqual([]);
  });

  it('required text must hold more than spaces', () => {
    expect(messages(requiredText(10, 'Name'), ' \n ')).toEqual(['Name is required']);
    expect(messages(requiredText(10, 'Name'), '')).toEqual(['Name is required']);
    expect(messages(requiredText(10, 'Name'), ' A ')).toEqual([]);
  });
});

describe('textList', () => {
  it('takes up to 30 entries of up to 200 characters each', () => {
    expect(LIMITS.listLength).toBe(30);
    expect(LIMITS.listItem).toBe(200);
    expect(
      messages(
        textList('Topics'),
        Array.from({ length: 30 }, () => 'x'.repeat(200)),
      ),
    ).toEqual([]);
    expect(
      messages(
        textList('Topics'),
        Array.from({ length: 31 }, () => 'x'),
      ),
    ).toEqual(['Topics: at most 30 entries']);
    expect(messages(textList('Topics'), ['x'.repeat(201)])).toEqual(['Topics is too long (at most 200 characters)']);
  });
});

describe('ids, dates and empty inputs', () => {
  it('an id is a UUID', () => {
    expect(messages(idSchema, crypto.randomUUID())).toEqual([]);
    expect(messages(idSchema, 'not-an-id')).toEqual(['Expected an id']);
    expect(messages(byId, { id: crypto.randomUUID(), extra: 1 })).not.toEqual([]);
  });

  it('a date is YYYY-MM-DD or empty', () => {
    expect(messages(isoDate, '')).toEqual([]);
    expect(messages(isoDate, '2026-12-18')).toEqual([]);
    expect(messages(isoDate, '18/12/2026')).toContain('Use a date like 2026-12-18');
  });

  it('a channel without arguments takes an empty object and nothing else', () => {
    expect(noInput.safeParse({}).success).toBe(true);
    expect(noInput.safeParse({ anything: true }).success).toBe(false);
  });
});

describe('pickFields', () => {
  it('copies exactly the keys the schema lists, leaving ids, timestamps and status out', () => {
    const schema = z.object({ title: z.string(), body: z.string() });
    const record = { id: 'x', title: 'T', body: 'B', status: 'draft', createdAt: 'now' };
    expect(pickFields(schema, record)).toEqual({ title: 'T', body: 'B' });
  });
});

describe('formatBytes', () => {
  it('bytes below a kilobyte, whole kilobytes below a megabyte, megabytes with one decimal', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
    expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });

  it('photos are capped at 2 MB', () => {
    expect(LIMITS.photoBytes).toBe(2 * 1024 * 1024);
  });
});
