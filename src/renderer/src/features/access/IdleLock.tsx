import { useEffect, useRef } from 'react';
import { DEFAULT_IDLE_MINUTES, type AccessState } from '../../../../shared/features/access/schemas';
import { useApi, useTransportApi } from '../../api/ApiProvider';
import { notifySuccess } from '../../components/notify';
import { useAccess } from './queries';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
export const IDLE_CHECK_EVERY_MS = 15_000;

/** Who the window is, as far as locking goes: a change means the backend locked it meanwhile. */
const unlocked = (state: AccessState | undefined) => `${state?.trainer?.id ?? ''}/${state?.ambassadorId ?? ''}`;

/**
 * Locks this window after the laptop's idle time without anyone using it: trainer mode, and a workspace that has
 * its own PIN. The backend locks the session too, after the same time without a call; this makes the screen
 * follow at once instead of at the next click. While someone is using the window (reading, scrolling) without
 * the screen calling the backend, it tells the backend so, or the backend would lock under their hands.
 */
export function IdleLock() {
  const api = useApi();
  const transport = useTransportApi();
  const access = useAccess();
  const lastUse = useRef(0);
  const lastReported = useRef(0);
  const guarding = access.isTrainer || (access.data?.workspaceProtected ?? false);
  const idleMs = (access.data?.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  const seen = unlocked(access.data);

  useEffect(() => {
    const used = () => {
      lastUse.current = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, used, { passive: true, capture: true });
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, used, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!guarding) return undefined;
    // Counting starts when there is something to lock (trainer mode just unlocked, a PIN just set).
    lastUse.current = Date.now();
    lastReported.current = lastUse.current;
    const lock = () =>
      void api['access:lock']({}).then((result) => {
        if (result.ok) {
          notifySuccess(`Locked after ${Math.round(idleMs / 60_000)} minutes without use.`, 'This window is locked');
        }
      });
    const check = async () => {
      if (Date.now() - lastUse.current >= idleMs) {
        lock();
        return;
      }
      if (lastUse.current <= lastReported.current) return;
      lastReported.current = Date.now();
      const state = await transport['access:state']({});
      // The backend locked first (the laptop slept, say): lock the screen too, refreshing what it shows.
      if (state.ok && unlocked(state.value) !== seen) lock();
    };
    const timer = setInterval(() => void check(), IDLE_CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [api, transport, guarding, idleMs, seen]);

  return null;
}
