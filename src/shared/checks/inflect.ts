/**
 * Regular English inflections of a word, used so a language rule written as "swarm" also catches
 * "swarms", "swarmed" and "swarming". Irregular forms (and consonant doubling, e.g. "swim" -> "swimming")
 * are not guessed: a rule lists them as extra terms.
 */
export function inflections(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set<string>([w]);
  if (!/^[a-z]+$/.test(w) || w.length < 2) return [...forms];
  if (w.endsWith('e')) {
    forms.add(`${w}s`);
    forms.add(`${w}d`);
    forms.add(`${w.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(w)) {
    const stem = w.slice(0, -1);
    forms.add(`${stem}ies`);
    forms.add(`${stem}ied`);
    forms.add(`${w}ing`);
  } else if (/(?:s|x|z|ch|sh)$/.test(w)) {
    forms.add(`${w}es`);
    forms.add(`${w}ed`);
    forms.add(`${w}ing`);
  } else {
    forms.add(`${w}s`);
    forms.add(`${w}ed`);
    forms.add(`${w}ing`);
  }
  return [...forms];
}

/** All forms of a phrase: only its last word is inflected ("illegal immigrant" -> "illegal immigrants"). */
export function phraseForms(phrase: string, inflect: boolean): string[][] {
  const words = phrase
    .trim()
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean);
  const last = words.at(-1);
  if (last === undefined) return [];
  const head = words.slice(0, -1);
  const lasts = inflect ? inflections(last) : [last];
  return lasts.map((form) => [...head, form]);
}
