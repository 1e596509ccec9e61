/**
 * Bridging lines for the prep card (DOMAIN.md, "Bridging, ABC(D)"): acknowledge the question without agreeing,
 * bridge with a short phrase, communicate a key message. The standard phrases are the ones DOMAIN.md names as
 * strong; weak ones ("With respect...") signal evasion and are deliberately not offered.
 */
import type { SuggestedQuestion } from '../../../../shared/features/interviews/schemas';

export const ABC_STEPS = [
  'Acknowledge the question (you do not have to agree)',
  'Bridge with a short phrase',
  'Communicate one of your key messages',
] as const;

export const STANDARD_BRIDGES = ['What matters most here is…', 'The key point is…', 'What I can tell you is…'] as const;

export interface HardQuestion {
  question: string;
  bridgeHint: string;
}

/** At most this many hostile questions with their hints: a card to glance at, not a script. */
export const MAX_HARD_QUESTIONS = 3;

/** The hostile suggested questions that come with a bridge hint, first ones first, no repeats. */
export function hardQuestions(suggested: readonly SuggestedQuestion[]): HardQuestion[] {
  const picked: HardQuestion[] = [];
  for (const s of suggested) {
    const question = s.text.trim();
    const bridgeHint = s.bridgeHint.trim();
    if (s.category !== 'hostile' || question === '' || bridgeHint === '') continue;
    if (picked.some((p) => p.question === question)) continue;
    picked.push({ question, bridgeHint });
    if (picked.length === MAX_HARD_QUESTIONS) break;
  }
  return picked;
}
