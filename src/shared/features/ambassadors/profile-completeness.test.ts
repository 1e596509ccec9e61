import { describe, expect, it } from 'vitest';
import { emptyAmbassadorFields, type AmbassadorFields } from './schemas';
import { profileCompleteness } from './profile-completeness';

const person = (fields: Partial<AmbassadorFields> = {}): AmbassadorFields => ({
  ...emptyAmbassadorFields(),
  ...fields,
});

describe('profile completeness', () => {
  it('counts photo consent as decided either way, and names what is missing in checklist order', () => {
    expect(profileCompleteness(person({ firstName: 'Olena', nameMode: 'first' }))).toEqual({
      percent: 29,
      missing: ['short bio', 'languages', 'topics welcome', 'topics declined', 'private details to protect'],
    });
  });

  it('asks for a pseudonym only when the person chose to go by one', () => {
    expect(profileCompleteness(person({ nameMode: 'pseudonym', pseudonym: '' })).missing[0]).toMatch(/pseudonym/);
    expect(profileCompleteness(person({ nameMode: 'pseudonym', pseudonym: 'Lin' })).missing[0]).toBe('short bio');
  });

  it('is 100 with nothing missing when every item is there', () => {
    const full = person({
      fullName: 'Amira Haddad',
      shortBio: 'Nurse.',
      languages: ['Arabic'],
      topicsWelcome: ['Health'],
      topicsDeclined: ['Family'],
      privateDetails: [{ kind: 'home_town', value: 'Aleppo' }],
    });
    expect(profileCompleteness(full)).toEqual({ percent: 100, missing: [] });
  });
});
