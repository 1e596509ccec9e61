import type { InterviewFields } from '../../../../shared/features/interviews/schemas';

/** A new request: nothing agreed yet, so every "agree" answer starts at its most careful choice. */
export function emptyRequest(): InterviewFields {
  return {
    outlet: '',
    journalist: '',
    angle: '',
    othersInterviewed: '',
    deadline: '',
    broadcast: 'not-sure',
    format: 'print',
    lengthMinutes: 0,
    interviewDate: '',
    runsOn: '',
    nameMode: 'first',
    photo: 'not-asked',
    offLimits: [],
    legalCheck: 'not-yet',
    notes: '',
  };
}
