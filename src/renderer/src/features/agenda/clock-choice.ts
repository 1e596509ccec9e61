/**
 * What the trainer chose for the projector (the day shown, a block started by hand), kept in this window's
 * session storage per cohort, so leaving the agenda tab mid-block does not lose the countdown.
 */
import { z } from 'zod';

const KEY_PREFIX = 'ambassador-studio.agenda-clock.';

const choiceSchema = z.object({
  manual: z.object({ blockId: z.string().max(64), startedAtMs: z.number() }).nullable(),
  chosenDay: z.number().int().min(1).max(9).nullable(),
});
export type ClockChoice = z.infer<typeof choiceSchema>;

const NONE: ClockChoice = { manual: null, chosenDay: null };

export function readClockChoice(cohortId: string): ClockChoice {
  try {
    const raw = sessionStorage.getItem(KEY_PREFIX + cohortId);
    if (!raw) return NONE;
    const parsed = choiceSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : NONE;
  } catch {
    return NONE;
  }
}

export function writeClockChoice(cohortId: string, choice: ClockChoice): void {
  try {
    if (choice.manual === null && choice.chosenDay === null) sessionStorage.removeItem(KEY_PREFIX + cohortId);
    else sessionStorage.setItem(KEY_PREFIX + cohortId, JSON.stringify(choice));
  } catch {
    // Storage is off: the choice lasts while the agenda is open, which is still useful.
  }
}
