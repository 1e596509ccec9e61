import type { hotSeatChannels } from '../../../shared/features/rehearsal/hot-seat-channels';
import { AppError } from '../../../shared/result';
import type { FeatureHandlers, HandlerEnv, Viewer } from '../../backend/handler-types';
import type { HotSeatTrainer } from './hot-seat-service';

/** The permission table already admits only trainers; this names the one who signs (and guards a direct call). */
function trainerOf(viewer: Viewer): HotSeatTrainer {
  if (!viewer.trainer)
    throw new AppError('FORBIDDEN', 'Only a trainer can run a hot-seat interview. Unlock trainer mode first.');
  return viewer.trainer;
}

export function hotSeatHandlers({ services: { hotSeat } }: HandlerEnv): FeatureHandlers<typeof hotSeatChannels> {
  return {
    'hotSeat:start': (input, { viewer }) => hotSeat.start(trainerOf(viewer), input),
    'hotSeat:saveTake': (input, { viewer }) => {
      trainerOf(viewer);
      return hotSeat.saveTake(input);
    },
    'hotSeat:rateTake': ({ takeId, rating }, { viewer }) => hotSeat.rateTake(trainerOf(viewer), takeId, rating),
  };
}
