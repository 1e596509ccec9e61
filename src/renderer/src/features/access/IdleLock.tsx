import { useEffect, useRef } from 'react';
import { useApi } from '../../api/ApiProvider';
import { notifySuccess } from '../../components/notify';
import { useAccess } from './queries';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 15_000;

/**
 * Locks this window after the laptop's idle time without anyone using it: trainer mode, and a workspace that has
 * its own PIN. The backend locks the session too (after the same time without a call); this makes the screen
 * follow at once instead of at the next click.
 */
export function IdleLock() {
  const api = useApi();
  const access = useAccess();
  const lastUse = useRef(0);
  const guarding = access.isTrainer || (access.data?.workspaceProtected ?? false);
  const idleMs = (access.data?.idleMinutes ?? 10) * 60_000;

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
    const timer = setInterval(() => {
      if (Date.now() - lastUse.current < idleMs) return;
      void api['access:lock']({}).then((result) => {
        if (result.ok) notifySuccess(`Locked after ${Math.round(idleMs / 60_000)} minutes without use.`, 'This window is locked');
      });
    }, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [api, guarding, idleMs]);

  return null;
}
