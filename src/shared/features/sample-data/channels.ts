import { command } from '../../channel';
import { noInput } from '../../fields';

export interface SampleResult {
  cohortId: string;
  ambassadorIds: string[];
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
