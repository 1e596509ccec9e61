import type {
  FollowUpRequest,
  InterviewRequest,
  SuggestedQuestion,
} from '../../../../shared/features/interviews/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

export function useInterviews(ambassadorId: string | null): ChannelQuery<InterviewRequest[]> {
  return useChannelQuery('interview:list', ambassadorId ? { ambassadorId } : null);
}

export function useInterview(id: string | null): ChannelQuery<InterviewRequest> {
  return useChannelQuery('interview:get', id ? { id } : null);
}

export function useSuggestions(id: string | null, count = 8): ChannelQuery<SuggestedQuestion[]> {
  return useChannelQuery('interview:suggest', id ? { id, count } : null);
}

export function useFollowUps(cohortId: string | null): ChannelQuery<FollowUpRequest[]> {
  return useChannelQuery('interview:followUps', cohortId ? { cohortId } : null);
}
