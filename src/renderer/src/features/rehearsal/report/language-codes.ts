/**
 * The profile keeps languages as free text ("Arabic", "Farsi (Dari)", "français"); the pace range needs a
 * BCP-47 code. Names people commonly write for the languages ambassadors speak, in English and in the
 * language itself; anything else that already looks like a code is taken as one.
 */
const CODES_BY_NAME: Readonly<Record<string, string>> = {
  english: 'en',
  arabic: 'ar',
  العربية: 'ar',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  spanish: 'es',
  español: 'es',
  german: 'de',
  deutsch: 'de',
  italian: 'it',
  portuguese: 'pt',
  persian: 'fa',
  farsi: 'fa',
  فارسی: 'fa',
  dari: 'prs',
  pashto: 'ps',
  urdu: 'ur',
  hindi: 'hi',
  bengali: 'bn',
  bangla: 'bn',
  punjabi: 'pa',
  tamil: 'ta',
  tigrinya: 'ti',
  amharic: 'am',
  oromo: 'om',
  somali: 'so',
  swahili: 'sw',
  kurdish: 'ku',
  kurmanji: 'kmr',
  sorani: 'ckb',
  turkish: 'tr',
  ukrainian: 'uk',
  українська: 'uk',
  russian: 'ru',
  polish: 'pl',
  romanian: 'ro',
  albanian: 'sq',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'yue',
  vietnamese: 'vi',
  nepali: 'ne',
  hausa: 'ha',
  yoruba: 'yo',
  igbo: 'ig',
  lingala: 'ln',
  tagalog: 'tl',
};

const LOOKS_LIKE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The BCP-47 code for a language as someone wrote it, or null when it is not recognised. */
export function languageCode(written: string): string | null {
  const raw = written.trim();
  // "fr", "en-GB": the primary subtag is what the syllables-per-word table is keyed by.
  if (LOOKS_LIKE_CODE.test(raw) && raw.split('-')[0]!.length <= 3 && !CODES_BY_NAME[raw.toLowerCase()]) {
    return raw.split('-')[0]!.toLowerCase();
  }
  // "Arabic (Sudanese)", "Farsi/Dari", "French - fluent": the first name is the language.
  const name = written
    .trim()
    .toLowerCase()
    .split(/[(/,;–-]/)[0]!
    .trim();
  if (CODES_BY_NAME[name]) return CODES_BY_NAME[name];
  const firstWord = name.split(/\s+/)[0] ?? '';
  return CODES_BY_NAME[firstWord] ?? null;
}

/** A code's name in the reader's own locale ("Arabic", "arabe"…), falling back to the code. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The profile's languages as codes (known ones only, no repeats), English always among them. */
export function takeLanguages(profileLanguages: readonly string[]): string[] {
  const codes = profileLanguages.map(languageCode).filter((code): code is string => code !== null);
  return [...new Set([...codes, 'en'])];
}

/**
 * The language a take is assumed to be in before anyone picks one: English when the profile lists it (most
 * interviews the programme prepares for are in English) or lists nothing we recognise; otherwise the first
 * language listed.
 */
export function defaultTakeLanguage(profileLanguages: readonly string[]): string {
  const codes = profileLanguages.map(languageCode).filter((code): code is string => code !== null);
  return codes.length === 0 || codes.includes('en') ? 'en' : codes[0]!;
}
