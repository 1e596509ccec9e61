/**
 * The words the self-incrimination check reads (self-incrimination.ts). English only: the check looks for the
 * shape "I/we + (helpers) + a verb of entering, staying or working + how it was done", so each list is small
 * and closed. Words are lower case with straight apostrophes, as the check's tokens are.
 */

/** What the sentence says the ambassador did: the message names it. */
export type OwnAct = 'entry' | 'stay' | 'work' | 'status';

/** The speaker as subject. Contractions with "am"/"are" carry their own verb ("I'm here illegally"). */
export const SUBJECTS: ReadonlyMap<string, OwnAct | null> = new Map<string, OwnAct | null>([
  ['i', null],
  ['we', null],
  ["i've", null],
  ["we've", null],
  ["i'd", null],
  ["we'd", null],
  ["i'm", 'status'],
  ["we're", 'status'],
]);

const verbs = (act: OwnAct, words: string): Array<[string, OwnAct]> => words.split(' ').map((w) => [w, act]);

/** Main verbs, by what they describe. "be" and "have" describe a status ("I was undocumented", "I had no papers"). */
export const VERBS: ReadonlyMap<string, OwnAct> = new Map([
  ...verbs(
    'entry',
    'come comes came coming enter enters entered entering arrive arrives arrived arriving cross crosses crossed crossing get gets got getting travel travels travelled traveled travelling traveling sneak sneaked snuck sneaking slip slipped slipping',
  ),
  ...verbs(
    'stay',
    'stay stays stayed staying live lives lived living remain remains remained remaining settle settled',
  ),
  ...verbs('work', 'work works worked working paid earn earns earned earning employed'),
]);

/** Be and have: skipped as helpers ("I was working"), or the verb itself when no main verb follows. */
export const STATUS_VERBS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had']);

/** Overstaying is the act and its manner at once. */
export const OVERSTAY = new Set(['overstay', 'overstays', 'overstayed', 'overstaying']);

/** Words that may stand between the subject and its verb: auxiliaries, adverbs, "had to", "kept on". */
export const HELPERS = new Set(
  (
    'do did does will would could can might must should shall to had have has was were am be been being ' +
    'then later also just first finally eventually still once already only even really actually soon ' +
    'need needed needs try tried decided start started began begin kept keep continued ended end up managed ' +
    'used went go going got all both secretly quietly myself ourselves there'
  ).split(' '),
);

/** Negation: the sentence denies the act ("I never worked illegally"). */
export const NEGATIONS = new Set(['not', 'never', 'neither', 'nor']);

export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

/** Words that start someone else's clause: what follows is not about the speaker ("I know people who came…"). */
export const CLAUSE_SWITCH = new Set(
  (
    'who whom whose which that unlike but although though whereas because unless ' +
    'they he she it people others someone somebody everyone many most those these them him her their'
  ).split(' '),
);

/**
 * How the act was done, as a pattern over the words after the verb (joined by single spaces). Each pattern says
 * which acts it completes ("cash in hand" is about work, "illegally" about any act); an anchored one must come
 * straight after the verb.
 */
export const MANNERS: ReadonlyArray<{ acts: ReadonlySet<OwnAct>; pattern: RegExp; anchored?: boolean }> = [
  { acts: new Set(['entry', 'stay', 'work', 'status']), pattern: /\b(?:illegally|irregularly|unlawfully)\b/ },
  {
    acts: new Set(['entry', 'stay', 'work', 'status']),
    pattern:
      /\b(?:without|with no|no) (?:(?:any|my|our|a|the|proper|valid|legal|official|right) )*(?:papers|documents|documentation|visa|passport|permission|status|permit|leave to remain)\b/,
  },
  {
    acts: new Set(['entry', 'stay', 'work', 'status']),
    pattern:
      /\b(?:on|with|using) (?:a |an )?(?:fake|false|forged|borrowed|stolen|someone else's) (?:passport|papers|documents|visa|id)\b/,
  },
  // Right after be/have only: "I was illegal", "I'm undocumented", never "I was against illegal evictions".
  { acts: new Set(['status']), pattern: /^(?:an? )?(?:illegal|undocumented)\b/, anchored: true },
  { acts: new Set(['work']), pattern: /\b(?:undocumented|cash in hand|off the books|under the table)\b/ },
  {
    acts: new Set(['work']),
    pattern: /\bwithout (?:(?:a|the|any) )?(?:right to work|work permit|permission to work)\b/,
  },
  {
    acts: new Set(['work']),
    pattern:
      /\bwhile (?:i was |we were )?(?:waiting for )?(?:my|our) (?:asylum )?(?:claim|case|application|decision|appeal)\b/,
  },
  {
    acts: new Set(['work']),
    pattern: /\bbefore (?:i|we) (?:had|got) (?:the |my |our |any )?(?:right to work|permission|papers|status|visa)\b/,
  },
];

/** A visa running out, said anywhere in a sentence where the speaker then stays or works ("My visa expired and I stayed"). */
export const VISA_RAN_OUT = /\b(?:my|our) visas? (?:had |has )?(?:expired|ran out|run out|ended)\b/;
