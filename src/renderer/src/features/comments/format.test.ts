import { describe, expect, it } from 'vitest';
import { authorLine, formatLong, formatWhen } from './format';

const AT = '2026-12-10T14:05:00.000Z';

describe('comment and approval stamps', () => {
  it('write dates the way this system does, not in one fixed country’s style', () => {
    const date = new Date(AT);
    expect(formatLong(AT)).toBe(date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' }));
    expect(formatWhen(AT)).toBe(
      date.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
    );
    expect(formatLong(AT)).toContain('2026');
    expect(formatLong('not a date')).toBe('not a date');
  });

  it('names a trainer as a trainer once, and an ambassador by name alone', () => {
    expect(authorLine({ authorName: 'Sam', authorRole: 'trainer' })).toBe('Sam (trainer)');
    expect(authorLine({ authorName: 'Jo (sample trainer)', authorRole: 'trainer' })).toBe('Jo (sample trainer)');
    expect(authorLine({ authorName: 'IMIX', authorRole: 'trainer' })).toBe('IMIX (trainer)');
    expect(authorLine({ authorName: 'Amina', authorRole: 'ambassador' })).toBe('Amina');
  });
});
