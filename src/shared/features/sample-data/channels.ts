import { command } from '../../channel';
import { noInput } from '../../fields';

export interface SampleResult {
  cohortId: string;
  /** The sample people, in the sample's order: the first is the one the window opens on. */
  ambassadorIds: string[];
  /** False when the sample cohort was already on the laptop and was only opened again. */
  added: boolean;
}

export const sampleDataChannels = {
  'sample:load': command<SampleResult>()(noInput, [
    'settings',
    'role',
    'cohort',
    'ambassador',
    'house',
    'quote',
    'comment',
    'rehearsal',
    'question',
    'sheet',
  ]),
};
