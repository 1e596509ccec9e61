import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from './normalise';
import { findTerm, prepareTerm, textContains, type TermOptions } from './term';

/** What a reader would highlight: the original text of every match. */
function found(text: string, value: string, options: TermOptions = {}): string[] {
  const term = prepareTerm(value, options);
  if (!term) return [];
  return findTerm(normaliseForMatch(text), term).map((s) => text.slice(s.start, s.end));
}

const NAME = { name: true, companion: 'Wei' };

describe('variant classes that are read as the value', () => {
  it('plural and possessive forms (English, and Turkish suffixes after an apostrophe)', () => {
    expect(found('The Haddads came, and the Haddads’ car.', 'Haddad')).toEqual(['Haddads', 'Haddads']);
    expect(found("Haddad's shop, Haddad’s shop, Haddadʼs shop", 'Haddad')).toEqual(['Haddad', 'Haddad', 'Haddad']);
    expect(found('Ankara’da yaşıyorum', 'Ankara')).toEqual(['Ankara']);
    expect(found('two Elm Street hostels', 'Elm Street hostel')).toEqual(['Elm Street hostels']);
    expect(found('the Bradleys and the Bradley family', 'Bradley')).toEqual(['Bradleys', 'Bradley']);
    expect(found('both Familys? no: families', 'family')).toEqual(['Familys', 'families']);
  });

  it('soft hyphens and zero-width or direction characters pasted from another program', () => {
    for (const text of [
      'Ko\u00ADvalenko',
      'Ko\u200Bvalenko',
      'Ko\u200Cvalenko',
      'Ko\u200Dvalenko',
      'Ko\u2060valenko',
      '\u200EKovalenko\u200F',
      '\uFEFFKovalenko',
    ]) {
      // The highlight starts at the first letter; invisible characters inside or after it are part of it.
      const highlighted = text.replace(/^[\u200E\uFEFF]/u, '');
      expect(found(`I am ${text} here`, 'Kovalenko'), JSON.stringify(text)).toEqual([highlighted]);
    }
  });

  it('a hyphen, dash, underscore or several spaces instead of a space, or the space left out', () => {
    for (const text of [
      'Elm-Street hostel',
      'Elm–Street hostel',
      'Elm_Street hostel',
      'Elm  \u00A0Street hostel',
      'ElmStreet hostel',
      'Elm Street-hostel',
    ]) {
      expect(found(`We live at the ${text} now.`, 'Elm Street hostel'), text).toEqual([text]);
    }
  });

  it('punctuation dropped or added', () => {
    expect(found('She works at St Marys Hospital.', 'St. Mary’s Hospital')).toEqual(['St Marys Hospital']);
    expect(found('She works at St. Mary’s Hospital.', 'St Marys Hospital')).toEqual(['St. Mary’s Hospital']);
    expect(found('OBrien, O Brien and O’Brien', "O'Brien")).toEqual(['OBrien', 'O Brien', 'O’Brien']);
    expect(found('at Northgate Imaging Ltd.', 'Northgate Imaging Ltd')).toEqual(['Northgate Imaging Ltd']);
    expect(found('from Tartus, Syria', 'Tartus Syria')).toEqual(['Tartus, Syria']);
  });

  it('a word broken across a line', () => {
    expect(found('My name is Koval-\nenko.', 'Kovalenko')).toEqual(['Koval-\nenko']);
    expect(found('My name is Koval‐\r\n   enko.', 'Kovalenko')).toEqual(['Koval‐\r\n   enko']);
    expect(found('We met at Elm\nStreet hostel', 'Elm Street hostel')).toEqual(['Elm\nStreet hostel']);
  });

  it('a two-letter family name, as a whole word written as a name', () => {
    expect(found('Mr Li spoke, then LI again, and Li’s son.', 'Li', NAME)).toEqual(['Li', 'LI', 'Li']);
    expect(found('Li came first.', 'Li', NAME)).toEqual(['Li']);
    expect(found('Wu and Ng', 'Wu', NAME)).toEqual(['Wu']);
  });

  it('a two-letter family name that is also an everyday word, only where a name stands', () => {
    expect(found('I met Mr He and Wei He. WEI HE too.', 'He', NAME)).toEqual(['He', 'He', 'HE']);
    expect(found('He said he would come. HE SAID IT.\nHe left.', 'He', NAME)).toEqual([]);
    expect(found('An apple, and Do it. My name is An.', 'An', NAME)).toEqual(['An']);
  });

  it('a name run together inside an email, @name, #tag or web address', () => {
    expect(found('Mail olenakovalenko@gmail.com', 'Kovalenko')).toEqual(['kovalenko']);
    expect(found('Follow @olena_kovalenko99', 'Kovalenko')).toEqual(['kovalenko']);
    expect(found('#OlenaKovalenko #kovalenkofamily', 'Kovalenko')).toEqual(['Kovalenko', 'kovalenko']);
    expect(found('See www.haddad-family.org/amira', 'Haddad')).toEqual(['haddad']);
    expect(found('#ElmStreetHostel', 'Elm Street hostel')).toEqual(['ElmStreetHostel']);
    expect(found('janelee@example.org and leejane@example.org', 'Lee')).toEqual(['lee', 'lee']);
    expect(found('wei.li@example.org, weili@example.org, liwei@example.org', 'Li', NAME)).toEqual(['li', 'li', 'li']);
  });

  it('inflected forms in other scripts', () => {
    expect(found('Я з Харкова. У Харкові тепло.', 'Харків')).toEqual(['Харкова', 'Харкові']);
    expect(found('Я з Києва, жила в Києві.', 'Київ')).toEqual(['Києва', 'Києві']);
    expect(found('Родина Коваленків і пані Коваленко', 'Коваленко')).toEqual(['Коваленків', 'Коваленко']);
    expect(found('Семья Ивановых, с Ивановым', 'Иванов')).toEqual(['Ивановых', 'Ивановым']);
    expect(found('Харків', 'Харкова')).toEqual(['Харків']);
    expect(found('Η οικογένεια Παπαδοπούλου', 'Παπαδόπουλος')).toEqual(['Παπαδοπούλου']);
    // After a prefix (بـ "in") the highlight is the name itself.
    expect(found('أنا حمصي، وأحب حمص وبحمص', 'حمص')).toEqual(['حمصي', 'حمص', 'حمص']);
    expect(found('مدينتي جميلة', 'مدينة')).toEqual(['مدينتي']);
    expect(found('از کرمان آمدم', 'كرمان')).toEqual(['کرمان']);
  });

  it('look-alike letters from another script inside one word', () => {
    expect(found('I am Kоvalenko', 'Kovalenko')).toEqual(['Kоvalenko']);
    expect(found('Я Кoваленко', 'Коваленко')).toEqual(['Кoваленко']);
    expect(found('HАDDАD', 'Haddad')).toEqual(['HАDDАD']);
  });

  it('numbers with their separators changed', () => {
    expect(found('call 07700-900-123 or 07700 900 123', '07700 900123')).toEqual(['07700-900-123', '07700 900 123']);
    expect(found('call 077009001234', '07700 900123')).toEqual([]);
  });
});

describe('no false alarms', () => {
  it('never inside another word, or across words that only spell it', () => {
    expect(found('Riversider and Leedsville', 'Riverside')).toEqual([]);
    expect(found('She had dad’s car. Had. Dad.', 'Haddad')).toEqual([]);
    expect(found('Lily, Libya, Olivia and Li-ion', 'Li', NAME)).toEqual(['Li']);
    expect(found('lily@example.org and olivia@example.org', 'Li', NAME)).toEqual([]);
    expect(found('#homesforall', 'Homs')).toEqual([]);
  });

  it('never across a sentence end or from one list item into the next', () => {
    expect(found('I love Leeds. Road works are slow.', 'Leeds Road')).toEqual([]);
    expect(found('Elm\n\nStreet hostel', 'Elm Street hostel')).toEqual([]);
    expect(found('Elm! Street hostel', 'Elm Street hostel')).toEqual([]);
  });

  it('a whole word in Cyrillic or Greek is not read as a Latin look-alike', () => {
    expect(found('Не знаю. Но это так. Ма, привет.', 'He', { name: true })).toEqual([]);
    expect(found('Но', 'Ho', { name: true })).toEqual([]);
    expect(found('Сова летит', 'Coba')).toEqual([]);
    expect(found('Ηλίας', 'Hlias')).toEqual([]);
  });

  it('does not look for values too short to mean anything', () => {
    expect(prepareTerm('x')).toBeNull();
    expect(prepareTerm('Al')).toBeNull();
    expect(prepareTerm('林')).toBeNull();
    expect(prepareTerm('成都')).not.toBeNull();
    // Only a name in a script with capitals may be two letters long.
    expect(prepareTerm('Li', { name: true })?.short).toBe(true);
    expect(prepareTerm('لي', { name: true })).toBeNull();
  });

  it('says whether a text contains a value, both as written', () => {
    expect(textContains('Tartus, by the sea', 'TARTŪS')).toBe(true);
    expect(textContains('Tartusian', 'Tartus')).toBe(false);
  });
});
