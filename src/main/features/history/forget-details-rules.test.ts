/**
 * The rules that decide which private details leave a profile's older copies: two spellings of one detail are the
 * same detail (case, spaces, compatibility forms), two different words are not, and a copy that needs no change is
 * left exactly as it was (null means "do not rewrite it").
 */
import { describe, expect, it } from 'vitest';
import type { PrivateDetail } from '../../../shared/features/ambassadors/schemas';
import { keepOnlyCurrentDetails, removesPrivateDetail } from './forget-details';

const employer = (value: string): PrivateDetail => ({ kind: 'employer', value });

describe('removesPrivateDetail', () => {
  it('nothing removed when every detail is still there, in any spelling of case, spacing or width', () => {
    const before = [employer('St Mary'), employer('Northgate Imaging')];
    expect(removesPrivateDetail(before, before)).toBe(false);
    expect(removesPrivateDetail(before, [employer(' st   MARY '), employer('ｎｏｒｔｈｇａｔｅ imaging')])).toBe(false);
    expect(removesPrivateDetail([], [])).toBe(false);
  });

  it('a detail no longer on the profile is removed, even when another is added', () => {
    expect(removesPrivateDetail([employer('St Mary')], [])).toBe(true);
    expect(removesPrivateDetail([employer('St Mary')], [employer('Northgate')])).toBe(true);
  });

  it('different words stay different: joined words, and ß against ss', () => {
    expect(removesPrivateDetail([employer('St Mary')], [employer('Stmary')])).toBe(true);
    expect(removesPrivateDetail([employer('Straße 5')], [employer('STRASSE 5')])).toBe(true);
  });
});

describe('keepOnlyCurrentDetails', () => {
  const snapshot = {
    fullName: 'Amina Yusuf',
    shortBio: 'Nurse',
    privateDetails: [employer('St Mary'), employer('St Mar'), { kind: 'home_town', value: 'Leeds' }],
  };

  it('keeps the details still on the profile (in any spelling) and every other field as it was', () => {
    expect(keepOnlyCurrentDetails(snapshot, [employer('st mary'), employer('LEEDS')])).toEqual({
      fullName: 'Amina Yusuf',
      shortBio: 'Nurse',
      privateDetails: [employer('St Mary'), { kind: 'home_town', value: 'Leeds' }],
    });
  });

  it('null (leave the copy alone) when nothing in it needs to go', () => {
    expect(keepOnlyCurrentDetails(snapshot, [employer('St Mary'), employer('St Mar'), employer('Leeds')])).toBeNull();
  });

  it('null for a copy that holds no list of details (another kind of document)', () => {
    expect(keepOnlyCurrentDetails({ text: 'A quote' }, [])).toBeNull();
    expect(keepOnlyCurrentDetails(null, [])).toBeNull();
  });
});
