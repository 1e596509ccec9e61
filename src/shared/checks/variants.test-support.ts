/**
 * Generators for the property tests of the private-detail matching (drafting checks and the sheet gate): the
 * values an ambassador keeps private, each written in every way the gate promises to read as the value
 * (VARIANT_CLASSES), and ordinary text that must never trip it.
 */
import fc from 'fast-check';
import type { PrivateDetail } from '../features/ambassadors/schemas';

export interface ValueCase {
  value: string;
  /** The private detail kind, or 'name' for the ambassador's own family name (first-name sheet). */
  kind: PrivateDetail['kind'] | 'name';
  script: 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'han';
  /** A two-letter name: only the classes a reader applies to a short name. */
  short?: boolean;
  /** Inflected forms (other scripts). */
  inflected?: readonly string[];
}

export const VALUE_CASES: readonly ValueCase[] = [
  { value: 'Kovalenko', kind: 'name', script: 'latin' },
  { value: 'Elm Street hostel', kind: 'current_location', script: 'latin' },
  { value: 'Northgate Imaging', kind: 'employer', script: 'latin' },
  { value: 'St Mary’s Hospital', kind: 'employer', script: 'latin' },
  { value: 'Haddad', kind: 'family_name', script: 'latin' },
  { value: 'Li', kind: 'name', script: 'latin', short: true },
  { value: 'Харків', kind: 'home_town', script: 'cyrillic', inflected: ['Харкова', 'Харкові', 'Харкову'] },
  {
    value: 'Коваленко',
    kind: 'family_name',
    script: 'cyrillic',
    inflected: ['Коваленка', 'Коваленку', 'Коваленком', 'Коваленкові', 'Коваленків'],
  },
  {
    value: 'Παπαδόπουλος',
    kind: 'family_name',
    script: 'greek',
    inflected: ['Παπαδόπουλου', 'Παπαδόπουλο', 'Παπαδόπουλε', 'Παπαδοπούλου'],
  },
  { value: 'حمص', kind: 'home_town', script: 'arabic', inflected: ['حمصي', 'وحمص', 'بحمص', 'لحمص'] },
  { value: '成都', kind: 'current_location', script: 'han' },
];

/** The profile behind the cases: first-name sheets, so the family name must not print. */
export function caseProfile(c: ValueCase): {
  fullName: string;
  firstName: string;
  privateDetails: PrivateDetail[];
} {
  const details = VALUE_CASES.filter((v) => v.kind !== 'name').map((v) => ({
    kind: v.kind as PrivateDetail['kind'],
    value: v.value,
  }));
  return c.short
    ? { fullName: 'Wei Li', firstName: 'Wei', privateDetails: details }
    : { fullName: 'Olena Kovalenko', firstName: 'Olena', privateDetails: details };
}

const INVISIBLES = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u034F'];
const CYRILLIC_FOR_LATIN: Readonly<Record<string, string>> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
};
const LATIN_FOR_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CYRILLIC_FOR_LATIN).map(([l, c]) => [c, l]),
);
const WORD_SEPARATORS = ['-', '–', '_', '  ', '\u00A0', '', ' - ', '\n'];
const LINE_BREAKS = ['-\n', '-\r\n', '- \n  ', '‐\n'];

const compact = (v: string) => v.replace(/[\s'’.]/gu, '');
const capitalised = (v: string) => v.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/**
 * Replaces some look-alike letters of each word, never so many that the word's main script changes: up to half
 * of a Latin word (a tie counts as Latin), fewer than half of a Cyrillic one.
 */
function swapLetters(value: string, table: Readonly<Record<string, string>>, latinWord: boolean): fc.Arbitrary<string> {
  return fc.array(fc.boolean(), { minLength: value.length, maxLength: value.length }).map((picks) =>
    value
      .split(/(\s+)/u)
      .map((word) => {
        const letters = word.replace(/[^\p{L}]/gu, '').length;
        const limit = latinWord ? Math.floor(letters / 2) : Math.ceil(letters / 2) - 1;
        let used = 0;
        return [...word]
          .map((ch, i) => {
            const to = table[ch];
            if (!to || used >= limit || !picks[i]) return ch;
            used += 1;
            return to;
          })
          .join('');
      })
      .join(''),
  );
}

function insertAt(value: string, what: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const chars = [...value];
  return fc
    .tuple(fc.integer({ min: 1, max: Math.max(1, chars.length - 1) }), what)
    .map(([i, w]) => [...chars.slice(0, i), w, ...chars.slice(i)].join(''));
}

type Variant = (c: ValueCase) => fc.Arbitrary<string> | null;

/** Every variant class the gate reads as the value; null where a class does not apply to a value. */
export const VARIANT_CLASSES: Readonly<Record<string, Variant>> = {
  asWritten: (c) => fc.constant(c.value),
  letterCase: (c) =>
    c.short
      ? fc.constantFrom(c.value, c.value.toUpperCase())
      : c.script === 'han' || c.script === 'arabic'
        ? null
        : fc
            .array(fc.boolean(), { minLength: c.value.length, maxLength: c.value.length })
            .map((up) => [...c.value].map((ch, i) => (up[i] ? ch.toUpperCase() : ch.toLowerCase())).join('')),
  accentsAndWidth: (c) =>
    c.script !== 'latin'
      ? null
      : fc.oneof(
          insertAt(c.value, fc.constantFrom('\u0301', '\u0308', '\u0327')),
          fc.constant(c.value.replace(/[A-Za-z]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))),
        ),
  pluralOrPossessive: (c) =>
    c.script !== 'latin'
      ? null
      : c.short
        ? fc.constantFrom(`${c.value}'s`, `${c.value}’s`, `${c.value}ʼs`)
        : fc.constantFrom(`${c.value}s`, `${c.value}'s`, `${c.value}’s`, `${c.value}s’`, `${c.value}'da`),
  invisibleCharacters: (c) =>
    insertAt(
      c.value,
      fc.array(fc.constantFrom(...INVISIBLES), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
    ),
  separators: (c) =>
    !c.value.includes(' ')
      ? null
      : fc
          .array(fc.constantFrom(...WORD_SEPARATORS), { minLength: 3, maxLength: 3 })
          .map((seps) => c.value.split(' ').reduce((acc, w, i) => (i === 0 ? w : `${acc}${seps[i] ?? ' '}${w}`), '')),
  punctuationDropped: (c) => (/[’'.]/u.test(c.value) ? fc.constant(c.value.replace(/[’'.]/gu, '')) : null),
  lineBreakHyphenation: (c) => {
    if (c.short || c.script === 'arabic' || c.script === 'han') return null;
    const longest = c.value.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 4) return null;
    return fc
      .tuple(fc.integer({ min: 2, max: longest.length - 2 }), fc.constantFrom(...LINE_BREAKS))
      .map(([i, br]) => c.value.replace(longest, `${longest.slice(0, i)}${br}${longest.slice(i)}`));
  },
  runTogetherHandle: (c) => {
    if (c.script !== 'latin') return null;
    const first = c.short ? 'wei' : 'olena';
    const v = compact(c.value).toLowerCase();
    if (c.short) return fc.constantFrom(`${first}.${v}@example.org`, `${first}${v}@example.org`, `#Wei${c.value}`);
    return fc.constantFrom(
      `${first}${v}@example.org`,
      `${first}.${v}99@example.org`,
      `@${first}_${v}`,
      `#${compact(capitalised(c.value))}`,
      `www.${v}-family.org`,
    );
  },
  otherScriptInflection: (c) => (c.inflected ? fc.constantFrom(...c.inflected) : null),
  mixedScriptLookAlikes: (c) =>
    c.script === 'latin'
      ? swapLetters(c.value, CYRILLIC_FOR_LATIN, true)
      : c.script === 'cyrillic'
        ? swapLetters(c.value, LATIN_FOR_CYRILLIC, false)
        : null,
};

/** A value case with one of its variant classes, written out. */
export const variantOfAValue: fc.Arbitrary<{ c: ValueCase; cls: string; text: string }> = fc
  .constantFrom(...VALUE_CASES)
  .chain((c) => {
    const classes = Object.entries(VARIANT_CLASSES).flatMap(([cls, make]) => {
      const arb = make(c);
      return arb ? [arb.map((text) => ({ c, cls, text }))] : [];
    });
    return fc.oneof(...classes);
  });

/** Ordinary words, other people's names that contain a short family name, and words in other scripts. */
const ORDINARY = (
  'we sing together every Thursday in a church hall people who came here help build the places home welcome ' +
  'neighbours nurses students parents street hostel imaging north gate hospital saint mary family name ' +
  'Lily Olivia Libby Ali Malik Lilian Lidia Elmwood Norths Kovacs Hadid Homes Chengdu-style ' +
  'Олена музикантка керівниця хору збирає сусідів Коваль Харитон ' +
  'أميرة مهندسة طبية حيوية تساعد المستشفيات حماس ' +
  '林帮助家政工人 了解自己的权利 ' +
  'Ηλίας οικογένεια Παπάς'
).split(' ');

/** Words joined by spaces and punctuation as in real sentences. */
export const ordinaryText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...ORDINARY), fc.constantFrom(' ', ' ', ', ', '. ', '\n', ' — ', '! ')), {
    minLength: 1,
    maxLength: 14,
  })
  .map((parts) =>
    parts
      .map(([w, sep]) => w + sep)
      .join('')
      .trim(),
  );

/** Text around a variant: words on either side, never a letter touching it. */
export const surroundings: fc.Arbitrary<{ before: string; after: string }> = fc.record({
  before: fc.oneof(
    fc.constant(''),
    fc.tuple(ordinaryText, fc.constantFrom(' ', '\n', ', ', ' (', ': ', '. ')).map(([t, s]) => t + s),
  ),
  after: fc.oneof(
    fc.constant(''),
    fc.tuple(fc.constantFrom(' ', '.', ', ', '! ', '\n', ') '), ordinaryText).map(([s, t]) => s + t),
  ),
});
