/**
 * Character folding shared by every "is this private detail in the text?" comparison (drafting checks and the
 * message-sheet gate): what a person reading the text would not tell apart is made the same. Case, accents
 * and width go (NFKD, combining marks dropped, upper then lower case so ß is ss and ς is σ); letters that
 * people type without their stroke or dot become the plain letter (ł, ø, đ, ħ, ı); Arabic and Persian
 * keyboard variants of one letter become one (ی ى ي, ک ك, ة ه, ٱ ا); Arabic-Indic digits become 0-9.
 * Invisible characters (soft hyphen, zero-width spaces and joiners, direction marks, the Arabic tatweel)
 * are not characters a reader sees at all.
 */

const MARK = /\p{M}/gu;
/**
 * Format characters (soft hyphen, zero-width space/joiners, direction marks, BOM), combining marks, the Arabic
 * tatweel and the Hangul fillers: none of them is something a reader sees as a letter.
 */
const INVISIBLE = /^[\p{Cf}\p{M}\u0640\u115F\u1160\u3164\uFFA0]$/u;
const WHITESPACE = /\s+/gu;
const APOSTROPHES = /[‘’ʼ`´]/gu;
const DASHES = /[‐‑‒–—―−]/gu;

/** Letters with no decomposition that people routinely write as the plain letter, and Arabic/Persian variants. */
const PLAIN_LETTER: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
  ƚ: 'l',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  // Arabic and Persian keyboards give different code points for what readers see as one letter.
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ڪ: 'ك',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ھ: 'ه',
  ٱ: 'ا',
};

/** Decimal digits of the scripts ambassadors write in (Arabic-Indic, Persian, Devanagari, Bengali): their zero. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];

const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;

export function isInvisible(ch: string): boolean {
  return INVISIBLE.test(ch);
}

function foldSlow(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  const lower = ch.normalize('NFKD').replace(MARK, '').toUpperCase().toLowerCase();
  let out = '';
  for (const c of lower) out += PLAIN_LETTER[c] ?? c;
  return out;
}

/** The folded form of one code point: lower case, no accents, plain letters; may be empty or longer (ß -> ss). */
export function foldCodePoint(ch: string): string {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = foldSlow(ch);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(ch, folded);
  }
  return folded;
}

/**
 * The folded form of a short value, for display-level comparison and for the hashes that remember a
 * confirmation: invisible characters removed, curly apostrophes and dashes made plain, whitespace runs made
 * one space, trimmed. Punctuation stays, so two texts that read differently never fold the same.
 */
export function fold(value: string): string {
  let out = '';
  for (const ch of value) {
    if (isInvisible(ch)) continue;
    out += foldCodePoint(ch);
  }
  return out.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(WHITESPACE, ' ').trim();
}
