/**
 * Which writing system a draft is in, so the English-only analysers (passive voice, simpler words,
 * reading ease) run only on English and never raise false alarms on Arabic, Ukrainian, Chinese or a
 * mixed draft.
 */

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Scripts written without spaces between words, so there are no word edges to check. */
export const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Share of Latin letters at or above which a draft counts as "mostly Latin". */
export const MOSTLY_LATIN = 0.85;
/** Below this many words there is too little to tell English from French or Spanish: assume English. */
const MIN_WORDS_FOR_LANGUAGE_GUESS = 6;

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the a an and or but of to in on at for with from by is are was were be been am i we you he she it they ' +
    'my our your their his her its me us them this that these those not have has had do does did will would ' +
    'can could should there here what who when where why how all more about into than then just also because ' +
    "so if as i'm it's don't can't we're they're"
  ).split(' '),
);

/**
 * Common function words of other languages written in Latin script (French, Spanish, Portuguese, Italian,
 * German, Turkish, Tagalog, Swahili, Vietnamese), leaving out any that are also English words.
 */
const OTHER_FUNCTION_WORDS = new Set(
  (
    'de la le les des et est je un une du que qui dans pour pas ce il elle nous vous sont avec sur ' +
    'el los las y es en por con para del al yo soy muy pero una mi su lo ' +
    'os um uma em não eu com da dos das é ' +
    'di che è per non sono della gli ' +
    'der die das und ist ich nicht mit ein eine zu von den dem auf wir sie ' +
    've bir bu ben için çok ile ama gibi ' +
    'ang ng sa mga ako ay ' +
    'na ya wa kwa ni katika ' +
    'và là của tôi có không những một'
  )
    .split(' ')
    .filter((w) => !ENGLISH_FUNCTION_WORDS.has(w)),
);

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n += 1;
  return n;
}

export interface ScriptProfile {
  letters: number;
  latin: number;
  cjk: number;
}

export function scriptProfile(text: string): ScriptProfile {
  return { letters: count(text, LETTER), latin: count(text, LATIN), cjk: count(text, CJK) };
}

export function isMostlyLatin(profile: ScriptProfile): boolean {
  return profile.letters > 0 && profile.latin / profile.letters >= MOSTLY_LATIN;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu;

/**
 * True when the English analysers should run: the draft is mostly Latin script and, when it is long
 * enough to tell, uses more English function words than those of other Latin-script languages (so French,
 * Spanish or Turkish drafts are left alone, while dense English jargon still counts as English).
 */
export function looksEnglish(text: string, profile: ScriptProfile = scriptProfile(text)): boolean {
  if (!isMostlyLatin(profile)) return false;
  let words = 0;
  let english = 0;
  let other = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words += 1;
    const word = m[0].toLowerCase().replace('’', "'");
    if (ENGLISH_FUNCTION_WORDS.has(word)) english += 1;
    else if (OTHER_FUNCTION_WORDS.has(word)) other += 1;
  }
  if (words < MIN_WORDS_FOR_LANGUAGE_GUESS) return true;
  return english > other;
}
