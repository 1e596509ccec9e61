import { useEffect, useRef } from 'react';

/** Where typing a space or an "n" means text, or where Space already presses something. */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const PRESSABLE =
  'button, a[href], summary, audio, video, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="slider"], [role="menuitem"], [role="option"]';

export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}

export function isPressableTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(PRESSABLE) !== null;
}

/**
 * Space starts or stops an answer and N moves to the next question, so an ambassador can keep their eyes on
 * the question (or a trainer on the room). Space is left alone in text fields and on buttons and other
 * controls, where it already types or presses; N is left alone only where it would be typed.
 */
export function useSessionKeys(handlers: { onSpace(): void; onNext(): void }): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      if (event.code === 'Space' || event.key === ' ') {
        if (isPressableTarget(event.target)) return;
        event.preventDefault();
        ref.current.onSpace();
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        ref.current.onNext();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
