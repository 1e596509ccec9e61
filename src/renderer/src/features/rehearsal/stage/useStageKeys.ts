import { useEffect, useRef } from 'react';
import { isPressableTarget, isTypingTarget } from '../session/useSessionKeys';

export interface StageKeyHandlers {
  /** Space: pause or resume the clock (or start it, where the laptop allows). */
  onPause(): void;
  /** N: end the answer, or go on to the next question. */
  onNext(): void;
  /** F: full screen on or off. */
  onFullscreen?(): void;
}

/**
 * The stage timer's keys, the same on the laptop and at the stage window: Space, N and F. Left alone while
 * typing (a follow-up, a comment) and, for Space, on a focused control, where Space already presses it.
 */
export function useStageKeys(handlers: StageKeyHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (event.code === 'Space' || event.key === ' ') {
        if (isPressableTarget(event.target)) return;
        event.preventDefault();
        ref.current.onPause();
      } else if (key === 'n') {
        event.preventDefault();
        ref.current.onNext();
      } else if (key === 'f' && ref.current.onFullscreen) {
        event.preventDefault();
        ref.current.onFullscreen();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
