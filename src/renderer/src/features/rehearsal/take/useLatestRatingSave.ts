import { useCallback, useEffect, useRef, useState } from 'react';
import type { SelfRating, Take } from '../../../../../shared/features/rehearsal/schemas';
import { useApi } from '../../../api/ApiProvider';
import { notifyError } from '../../../components/notify';

export interface LatestRatingSave {
  /** Asks for this rating to be stored; a later call replaces a wish not yet sent. */
  save(rating: SelfRating): void;
  /** True while a rating is on its way or waiting to be sent. */
  busy: boolean;
}

/**
 * Saves ratings one at a time, always ending with the last one asked for. Several quick changes (confidence
 * clicked 2, 5, 1) could otherwise reach the backend out of order, or an early answer could replace the screen's
 * newer choice; here only the answer to the last wish is shown, and a wish made while a save is on its way is
 * sent when that save returns.
 */
export function useLatestRatingSave(takeId: string, onSaved: (take: Take) => void): LatestRatingSave {
  const api = useApi();
  const wanted = useRef<SelfRating | null>(null);
  const sending = useRef(false);
  const mounted = useRef(true);
  const onSavedRef = useRef(onSaved);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const drain = useCallback(async () => {
    sending.current = true;
    while (wanted.current) {
      const rating = wanted.current;
      wanted.current = null;
      const result = await api['rehearsal:rateTake']({ takeId, rating });
      if (!result.ok) {
        notifyError(result.error, 'Your rating was not saved');
        continue;
      }
      // A newer wish is already queued: showing this answer would flash the older choice.
      if (!wanted.current && mounted.current) onSavedRef.current(result.value);
    }
    sending.current = false;
    if (mounted.current) setBusy(false);
  }, [api, takeId]);

  const save = useCallback(
    (rating: SelfRating) => {
      wanted.current = rating;
      setBusy(true);
      if (!sending.current) void drain();
    },
    [drain],
  );
  return { save, busy };
}
