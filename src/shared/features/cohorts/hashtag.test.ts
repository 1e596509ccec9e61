import { describe, expect, it } from 'vitest';
import { normaliseHashtag } from './hashtag';

describe('normaliseHashtag', () => {
  it('starts every tag with one "#"', () => {
    expect(normaliseHashtag('IamAMigrant')).toBe('#IamAMigrant');
    expect(normaliseHashtag('#IamAMigrant')).toBe('#IamAMigrant');
    expect(normaliseHashtag('  ##IamAMigrant ')).toBe('#IamAMigrant');
    expect(normaliseHashtag('＃移民')).toBe('#移民');
    expect(normaliseHashtag('WeBuildHome #IamAMigrant')).toBe('#WeBuildHome #IamAMigrant');
  });

  it('leaves an empty hashtag empty, and a lone sign is no tag', () => {
    expect(normaliseHashtag('')).toBe('');
    expect(normaliseHashtag('   ')).toBe('');
    expect(normaliseHashtag('#')).toBe('');
  });
});
