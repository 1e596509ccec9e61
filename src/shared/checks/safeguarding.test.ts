import { describe, expect, it } from 'vitest';
import { checkSafeguarding, type SafeguardingContext, UNHCR_ADVICE } from './safeguarding';

function context(overrides: Partial<SafeguardingContext> = {}): SafeguardingContext {
  return {
    privateDetails: [],
    topicsDeclined: [],
    fullName: 'Amina Haddad',
    firstName: 'Amina',
    pseudonym: '',
    nameMode: 'first',
    ...overrides,
  };
}

function spans(text: string, ctx: SafeguardingContext): string[] {
  return checkSafeguarding(text, ctx)
    .filter((f) => f.start !== undefined)
    .map((f) => text.slice(f.start, f.end));
}

describe('checkSafeguarding: private details', () => {
  it('calls a private family name a family member’s name, not the ambassador’s own', () => {
    const ctx = context({ privateDetails: [{ kind: 'family_name', value: 'Idris' }] });
    const [f] = checkSafeguarding('My son Idris loves football.', ctx);
    expect(f?.message).toBe('This mentions a family member’s name, which you asked to keep private.');
  });

  it('finds a private detail whatever the case, accents or spacing, and names only its kind', () => {
    const ctx = context({ privateDetails: [{ kind: 'employer', value: 'São Paulo  Bakery' }] });
    for (const text of [
      'I bake at SAO PAULO BAKERY every morning.',
      'I bake at são paulo bakery every morning.',
      'I bake at Sa\u0303o Paulo\n Bakery every morning.',
    ]) {
      const findings = checkSafeguarding(text, ctx);
      expect(findings, text).toHaveLength(1);
      const [f] = findings;
      expect(f).toMatchObject({ kind: 'safeguarding', severity: 'strong' });
      expect(f?.message).toBe('This mentions your employer, which you asked to keep private.');
      expect(f?.message.toLowerCase()).not.toContain('paulo');
      expect(f?.suggestion.toLowerCase()).not.toContain('paulo');
      const highlighted = text.slice(f?.start, f?.end).normalize('NFD').replace(/\p{M}/gu, '');
      expect(highlighted.toLowerCase().replace(/\s+/g, ' ')).toBe('sao paulo bakery');
    }
  });

  it('includes the combining accent in the highlight and finds a plain value in accented text', () => {
    const text = 'Je viens de Ale\u0301ppo.';
    const ctx = context({ privateDetails: [{ kind: 'home_town', value: 'Aleppo' }] });
    expect(spans(text, ctx)).toEqual(['Ale\u0301ppo']);
  });

  it('ignores values under 3 characters, and never matches inside other words', () => {
    const ctx = context({
      privateDetails: [
        { kind: 'other', value: 'Al' },
        { kind: 'home_town', value: 'Leeds' },
      ],
    });
    expect(checkSafeguarding('Al said Leedsville is lovely, and so is Bleeds.', ctx)).toEqual([]);
  });

  it('finds values in Arabic (with a prefix) and in Chinese (no spaces, two characters)', () => {
    const arabic = context({ privateDetails: [{ kind: 'home_town', value: 'حمص' }] });
    expect(spans('أنا من حمص وعشت بحمص طويلا.', arabic)).toEqual(['حمص', 'حمص']);
    const chinese = context({ privateDetails: [{ kind: 'home_town', value: '成都' }] });
    expect(spans('我来自成都。', chinese)).toEqual(['成都']);
  });

  it('gives the UNHCR advice when immigration status is involved', () => {
    const ctx = context({ privateDetails: [{ kind: 'immigration_status', value: 'waiting for my asylum decision' }] });
    const [f] = checkSafeguarding('I am still Waiting for my asylum decision.', ctx);
    expect(f?.suggestion).toContain(UNHCR_ADVICE);
    expect(f?.source).toMatch(/UNHCR/);
  });

  it('gives no finding on a draft without any private detail', () => {
    const ctx = context({
      privateDetails: [
        { kind: 'home_town', value: 'Aleppo' },
        { kind: 'employer', value: 'Royal Infirmary' },
      ],
      topicsDeclined: ['religion'],
    });
    expect(checkSafeguarding('I love my work as a nurse and the friends I made here.', ctx)).toEqual([]);
    expect(checkSafeguarding('', ctx)).toEqual([]);
  });
});

describe('checkSafeguarding: jigsaw identification', () => {
  it('adds one whole-text strong finding listing the kinds when two kinds appear', () => {
    const ctx = context({
      privateDetails: [
        { kind: 'home_town', value: 'Aleppo' },
        { kind: 'employer', value: 'Royal Infirmary' },
      ],
    });
    const findings = checkSafeguarding('I grew up in Aleppo and I now work at the Royal Infirmary.', ctx);
    const jigsaw = findings.filter((f) => f.id === 'safeguarding:jigsaw:all');
    expect(jigsaw).toHaveLength(1);
    expect(jigsaw[0]?.severity).toBe('strong');
    expect(jigsaw[0] && ('start' in jigsaw[0] || 'end' in jigsaw[0])).toBe(false);
    expect(jigsaw[0]?.message).toBe('Together these details could identify you: home town and employer.');
    expect(findings).toHaveLength(3);
  });

  it('does not add it for one kind, even if it appears twice', () => {
    const ctx = context({ privateDetails: [{ kind: 'home_town', value: 'Aleppo' }] });
    const findings = checkSafeguarding('Aleppo, always Aleppo.', ctx);
    expect(findings.map((f) => f.id)).toEqual(['safeguarding:home-town:0', 'safeguarding:home-town:15']);
  });

  it('counts a family name as one of the kinds and adds the UNHCR advice for status', () => {
    const ctx = context({ privateDetails: [{ kind: 'immigration_status', value: 'refugee status' }] });
    const [jigsaw] = checkSafeguarding('Amina Haddad got refugee status last year.', ctx);
    expect(jigsaw?.message).toBe('Together these details could identify you: immigration status and family name.');
    expect(jigsaw?.suggestion).toContain(UNHCR_ADVICE);
  });
});

describe('checkSafeguarding: names and declined topics', () => {
  it('flags the full name once (not also the family name inside it) in first-name mode', () => {
    const findings = checkSafeguarding('My name is Amina Haddad.', context());
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['safeguarding:full-name:11', 'strong']]);
    expect(findings[0]?.suggestion).toBe('Use your first name only.');
  });

  it('flags the family name alone, but not the first name, in first-name mode', () => {
    expect(spans('The Haddad family say hello. Amina says hello too.', context())).toEqual(['Haddad']);
  });

  it('checks nothing about names in full-name mode', () => {
    expect(checkSafeguarding('My name is Amina Haddad.', context({ nameMode: 'full' }))).toEqual([]);
  });

  it('in pseudonym mode, flags the family name (strong) and the real first name (warning)', () => {
    const ctx = context({ nameMode: 'pseudonym', pseudonym: 'Noor' });
    const findings = checkSafeguarding('Noor, also known as Amina, is proud. Haddad is a common name.', ctx);
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['safeguarding:real-first-name:20', 'warning'],
      ['safeguarding:family-name:37', 'strong'],
    ]);
    expect(findings[0]?.suggestion).toContain('“Noor”');
  });

  it('warns when a declined topic appears, singular or plural, in any case', () => {
    const ctx = context({ topicsDeclined: ['Religion', 'family left behind'] });
    const findings = checkSafeguarding('Religions matter to many. My Family  left behind is safe.', ctx);
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(findings[0]?.message).toBe('This touches on “Religion”, a topic you chose not to talk about.');
    expect(findings[1]?.suggestion).toContain('I’d rather not talk about that');
  });
});

describe('checkSafeguarding: read the way a person reads (the same matching as the sheet gate)', () => {
  it('finds details however they are written, and highlights exactly the original text', () => {
    const ctx = context({
      privateDetails: [
        { kind: 'current_location', value: 'Elm Street hostel' },
        { kind: 'employer', value: 'Northgate Imaging' },
      ],
    });
    const text = 'We moved into the Elm-Street hos\u00ADtel. Follow #NorthgateImaging!';
    expect(spans(text, ctx)).toEqual(['Elm-Street hos\u00ADtel', 'NorthgateImaging']);
    expect(checkSafeguarding(text, ctx)[0]?.id).toBe('safeguarding:jigsaw:all');
  });

  it('flags the family name in its plural, possessive, hyphenated and run-together forms', () => {
    const text = 'The Haddads said hi. Haddad’s shop. Had-\ndad. Write to amina.haddad@example.org';
    // In the email the whole name is there: one finding for the full name covers it.
    expect(spans(text, context())).toEqual(['Haddads', 'Haddad', 'Had-\ndad', 'amina.haddad']);
  });

  it('flags a two-letter family name as a whole word, never inside another name', () => {
    const ctx = context({ fullName: 'Wei Li', firstName: 'Wei' });
    expect(spans('Lily and Libby met Mr Li. Wei Li waved.', ctx)).toEqual(['Li', 'Wei Li']);
    expect(checkSafeguarding('Lily, Olivia, Libya and lithium are not names here.', ctx)).toEqual([]);
  });

  it('finds a Ukrainian value in its inflected form, and a mixed-script look-alike', () => {
    const ctx = context({
      fullName: 'Olena Kovalenko',
      firstName: 'Olena',
      privateDetails: [{ kind: 'home_town', value: 'Харків' }],
    });
    const text = 'Я з Харкова. My name is Kоvalenko.';
    expect(spans(text, ctx)).toEqual(['Харкова', 'Kоvalenko']);
    expect(checkSafeguarding(text, ctx)[0]?.message).toBe(
      'Together these details could identify you: home town and family name.',
    );
  });

  it('keeps quiet on ordinary sentences, other people’s names and other scripts', () => {
    const ctx = context({
      fullName: 'Wei He',
      firstName: 'Wei',
      privateDetails: [
        { kind: 'home_town', value: 'Homs' },
        { kind: 'employer', value: 'Royal Infirmary' },
      ],
    });
    for (const text of [
      'He said he would come, and he did. HE WAS RIGHT.',
      'Homes for all, royal jelly and an infirmary visit.',
      'Не знаю. Но это так.',
      '林帮助家政工人了解自己的权利。',
    ]) {
      expect(checkSafeguarding(text, ctx), text).toEqual([]);
    }
  });
});
