/**
 * The sheet gate's reading of self-incrimination: a printed text in which the ambassador says they entered,
 * stayed or worked without permission ("I came here illegally"). The drafting check raises it as a strong
 * safeguarding finding (UNHCR: what you say can affect your case); the gate stops on the same findings, so a
 * quote the editor warned about cannot reach a journalist unconfirmed. A denial ("I never worked illegally")
 * is a gentler drafting prompt only, as a declined topic is: the gate leaves it alone.
 */
import { checkSelfIncrimination } from '../../checks/self-incrimination';
import { fold } from '../../checks/fold';

/** What a confirmation remembers: the flagged words, folded, one clause a line ('' when there are none). */
export function selfIncriminationIn(text: string): string {
  return checkSelfIncrimination(text)
    .filter((f) => f.severity === 'strong')
    .map((f) => fold(text.slice(f.start, f.end)))
    .join('\n');
}

export const SELF_INCRIMINATION_ADVICE_FOR_SHEET =
  'Check with your legal adviser first, then remove it, or confirm that it may appear on the sheet.';
