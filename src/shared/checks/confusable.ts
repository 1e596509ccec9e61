/**
 * Look-alike letters inside one word. Text pasted from another program, or typed with the keyboard switched
 * to Ukrainian half way through a word, can hold "Kоvalenko" with a Cyrillic о: a reader sees Kovalenko.
 *
 * Only words that mix Latin, Cyrillic and Greek letters are touched (Unicode's "mixed-script confusable" case,
 * UTS #39 section 5): the letters of the word's less used scripts become the look-alike letter of its main
 * script. A word written wholly in Cyrillic or Greek is left alone, so Ukrainian "Не" ("not") is never read as
 * the family name "He", and the checks for values written in other scripts keep working.
 *
 * The pairs are the Latin/Cyrillic/Greek letters that Unicode's confusables data (confusables.txt) gives the
 * same skeleton, folded to lower case; "upper" pairs only look alike as capitals (Cyrillic Н and Latin H, but
 * not н and h). The `confusables` npm package was not used: it maps every non-Latin letter of a whole string
 * to Latin (Олена -> OneHa, ل -> J, ß -> B), which would break the checks for Arabic, Ukrainian and German.
 */

type Script = 'latin' | 'cyrillic' | 'greek';

interface Pair {
  latin: string;
  other: string;
  script: Exclude<Script, 'latin'>;
  /** True when the two only look alike as capital letters. */
  upperOnly: boolean;
}

const pairs = (script: Pair['script'], upperOnly: boolean, list: string): Pair[] =>
  list.split(' ').map((p) => ({ latin: p[0] ?? '', other: p[1] ?? '', script, upperOnly }));

/** Capital-only pairs first: for a capital letter they are the better match. */
const PAIRS: readonly Pair[] = [
  ...pairs('cyrillic', true, 'bв hн kк mм tт'),
  ...pairs('cyrillic', false, 'aа eе oо pр cс xх yу iі jј sѕ dԁ qԛ wԝ hһ lӏ'),
  ...pairs('greek', true, 'aα bβ eε zζ hη iι kκ mμ nν oο pρ tτ yυ xχ'),
  ...pairs('greek', false, 'oο iι kκ pρ xχ vν uυ'),
];

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
/** A key is folded letters and digits: plain a-z and 0-9 means nothing to unmix. */
const PLAIN = /^[a-z0-9]*$/;

function scriptOf(ch: string): Script | null {
  if (ch < '\u0080') return /[a-z]/i.test(ch) ? 'latin' : null;
  if (CYRILLIC.test(ch)) return 'cyrillic';
  if (GREEK.test(ch)) return 'greek';
  if (LATIN.test(ch)) return 'latin';
  return null;
}

function lookAlike(ch: string, from: Script, to: Script, upper: boolean): string | null {
  for (const p of PAIRS) {
    if (p.upperOnly && !upper) continue;
    if (from === 'latin' && p.script === to && p.latin === ch) return p.other;
    if (to === 'latin' && p.script === from && p.other === ch) return p.latin;
  }
  if (from !== 'latin' && to !== 'latin') {
    const latin = lookAlike(ch, from, 'latin', upper);
    return latin === null ? null : lookAlike(latin, 'latin', to, upper);
  }
  return null;
}

/**
 * The folded key with every mixed-script word written in its main script. `gaps[i] > 0` marks a word break
 * before `key[i]`; `upper[i]` says the original letter was a capital. Letters keep their positions, so the
 * offsets into the original text stay right.
 */
export function unmixScripts(key: string, gaps: ArrayLike<number>, upper: ArrayLike<number>): string {
  if (PLAIN.test(key)) return key;
  const chars = key.split('');
  let changed = false;
  let start = 0;
  for (let i = 1; i <= chars.length; i += 1) {
    if (i < chars.length && (gaps[i] ?? 0) === 0) continue;
    if (unmixWord(chars, start, i, upper)) changed = true;
    start = i;
  }
  return changed ? chars.join('') : key;
}

function unmixWord(chars: string[], start: number, end: number, upper: ArrayLike<number>): boolean {
  const counts: Record<Script, number> = { latin: 0, cyrillic: 0, greek: 0 };
  for (let i = start; i < end; i += 1) {
    const s = scriptOf(chars[i] ?? '');
    if (s) counts[s] += 1;
  }
  const used = (Object.keys(counts) as Script[]).filter((s) => counts[s] > 0);
  if (used.length < 2) return false;
  // Ties go to Latin, then Cyrillic: the order of the keys.
  const main = used.reduce((best, s) => (counts[s] > counts[best] ? s : best));
  let changed = false;
  for (let i = start; i < end; i += 1) {
    const ch = chars[i] ?? '';
    const s = scriptOf(ch);
    if (!s || s === main) continue;
    const replacement = lookAlike(ch, s, main, (upper[i] ?? 0) === 1);
    if (replacement !== null) {
      chars[i] = replacement;
      changed = true;
    }
  }
  return changed;
}
