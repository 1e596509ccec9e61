/**
 * Interview requests for tests, through the real service: a filled-in checklist to start from, and a request
 * seeded for an ambassador with what the test changes on top.
 */
import type { DebriefFields, InterviewFields, InterviewRequest } from '../../shared/features/interviews/schemas';
import type { Services } from '../backend/services';

export function interviewFields(overrides: Partial<InterviewFields> = {}): InterviewFields {
  return {
    outlet: 'Harbour FM',
    journalist: 'Dana Reed',
    angle: '',
    othersInterviewed: '',
    deadline: '',
    broadcast: 'recorded',
    format: 'print',
    lengthMinutes: 0,
    interviewDate: '',
    runsOn: '',
    nameMode: 'first',
    photo: 'not-asked',
    offLimits: [],
    legalCheck: 'done',
    notes: '',
    ...overrides,
  };
}

export function seedInterview(
  services: Services,
  ambassadorId: string,
  overrides: Partial<InterviewFields> = {},
): InterviewRequest {
  return services.interviews.create(ambassadorId, interviewFields(overrides));
}

export function debriefFields(overrides: Partial<DebriefFields> = {}): DebriefFields {
  return { wentWell: '', wasHard: '', feeling: 'okay', wantsFollowUp: false, shareWithTrainer: false, ...overrides };
}
