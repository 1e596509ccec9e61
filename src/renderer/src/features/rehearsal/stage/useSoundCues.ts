import { useCallback, useState } from 'react';

const KEY = 'ambassador-studio.stage-sound-cues';

/**
 * The stage timer's sound setting: off unless the trainer turns it on. It belongs to this laptop (its speakers,
 * its room), not to a person or a cohort, so it is kept in this browser's storage rather than in the data file.
 */
export function useSoundCues(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return window.localStorage.getItem(KEY) === 'on';
    } catch {
      return false;
    }
  });
  const set = useCallback((next: boolean) => {
    setOn(next);
    try {
      window.localStorage.setItem(KEY, next ? 'on' : 'off');
    } catch {
      // Storage refused (private mode, full): the switch still works for this visit.
    }
  }, []);
  return [on, set];
}
