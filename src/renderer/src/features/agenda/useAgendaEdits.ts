import { useCallback, useMemo, useState } from 'react';
import type { Agenda, BlockFields, BlockPatch } from '../../../../shared/features/agenda/schemas';
import type { Result } from '../../../../shared/result';
import { useApi } from '../../api/ApiProvider';
import { notifyError } from '../../components/notify';

export interface AgendaEdits {
  busy: boolean;
  add(fields: BlockFields): Promise<boolean>;
  update(id: string, patch: BlockPatch): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  move(id: string, direction: 'earlier' | 'later'): Promise<boolean>;
  setStartDate(startDate: string): Promise<boolean>;
  reset(): Promise<boolean>;
}

/**
 * The trainer's changes to one agenda, each based on the version on screen. A change refused because the agenda
 * moved on elsewhere reloads it, so the next try is based on what is really there.
 */
export function useAgendaEdits(agenda: Agenda, reload: () => Promise<void>): AgendaEdits {
  const api = useApi();
  const [pending, setPending] = useState(0);
  const { cohortId, version: baseVersion } = agenda;

  const run = useCallback(
    async (call: Promise<Result<Agenda>>, failure: string): Promise<boolean> => {
      setPending((n) => n + 1);
      try {
        const result = await call;
        if (result.ok) return true;
        notifyError(result.error, failure);
        if (result.error.code === 'CONFLICT') await reload();
        return false;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [reload],
  );

  // One object per agenda version, so the block list (memoised) does not redraw every second with the clock.
  const busy = pending > 0;
  return useMemo<AgendaEdits>(() => {
    const change = { cohortId, baseVersion };
    return {
      busy,
      add: (fields) => run(api['agenda:addBlock']({ ...change, fields }), 'The block was not added'),
      update: (id, patch) => run(api['agenda:updateBlock']({ ...change, id, patch }), 'The block was not saved'),
      remove: (id) => run(api['agenda:removeBlock']({ ...change, id }), 'The block was not removed'),
      move: (id, direction) => run(api['agenda:moveBlock']({ ...change, id, direction }), 'The block was not moved'),
      setStartDate: (startDate) =>
        run(api['agenda:setStartDate']({ ...change, startDate }), 'The date of day 1 was not saved'),
      reset: () => run(api['agenda:reset'](change), 'The agenda was not reset'),
    };
  }, [api, cohortId, baseVersion, busy, run]);
}
