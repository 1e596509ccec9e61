import type { interviewChannels } from '../../../shared/features/interviews/channels';
import type { InterviewRequest } from '../../../shared/features/interviews/schemas';
import type { Viewer } from '../../backend/handler-types';
import { ownerOf, type FeaturePermissions } from '../../backend/permissions';
import type { Services } from '../../backend/services';

const ofInterview = ({ id }: { id: string }, { interviews }: Services) => ownerOf(() => interviews.ownerOf(id));

/**
 * A debrief is the ambassador's: a trainer sees only whether they want a follow-up, unless they chose to share
 * it. This holds for any window with trainer mode unlocked, even one with the ambassador's own workspace open:
 * the session cannot tell whether the person at the keyboard is the trainer or the ambassador who unlocked
 * trainer mode for them, so the ambassador locks trainer mode to read her own debrief (the screen says so).
 */
export function redactDebrief(request: InterviewRequest, viewer: Viewer): InterviewRequest {
  const { debrief } = request;
  if (!viewer.trainer || !debrief || debrief.shareWithTrainer) return request;
  return {
    ...request,
    debrief: {
      wentWell: '',
      wasHard: '',
      feeling: 'okay',
      wantsFollowUp: debrief.wantsFollowUp,
      shareWithTrainer: false,
      filedAt: debrief.filedAt,
      withheld: true,
    },
  };
}

const redactOne = (request: InterviewRequest, viewer: Viewer) => redactDebrief(request, viewer);

export const interviewPermissions: FeaturePermissions<typeof interviewChannels> = {
  'interview:list': {
    allow: { owner: ({ ambassadorId }) => ambassadorId },
    redact: (list, viewer) => list.map((r) => redactDebrief(r, viewer)),
  },
  'interview:get': { allow: { owner: ofInterview }, redact: redactOne },
  'interview:create': { allow: { owner: ({ ambassadorId }) => ambassadorId }, redact: redactOne },
  'interview:update': { allow: { owner: ofInterview }, redact: redactOne },
  'interview:delete': { allow: { owner: ofInterview } },
  'interview:suggest': { allow: { owner: ofInterview } },
  'interview:rehearse': { allow: { owner: ofInterview } },
  // The prep card names the agreed limits and the ambassador's key messages: theirs, or a trainer helping.
  'interview:prepCard': { allow: { owner: ofInterview } },
  'interview:saveDebrief': { allow: { owner: ofInterview }, redact: redactOne },
  'interview:followUps': { allow: { trainer: 'see who asked for a follow-up after an interview' } },
};
