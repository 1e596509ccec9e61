import type { StudyPlan } from '../../../../shared/features/plan/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** The plan to the media date and readiness; Home's reminder and the Plan tab share this one answer. */
export function usePlan(ambassadorId: string | null): ChannelQuery<StudyPlan> {
  return useChannelQuery('plan:get', ambassadorId ? { ambassadorId } : null);
}
