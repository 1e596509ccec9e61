import type { RehearsalMode } from '../../../../shared/features/rehearsal/schemas';

/**
 * A one-time hint from another screen (Home's "due today" card) about how to set up the next session.
 * Kept in sessionStorage because navigation is in-app state without URL parameters.
 */
const KEY = 'ambassador-studio.rehearsal.intent';

export function setPracticeIntent(mode: RehearsalMode): void {
  try {
    sessionStorage.setItem(KEY, mode);
  } catch {
    // Without storage the setup simply opens with its usual choices.
  }
}

export function takePracticeIntent(): RehearsalMode | null {
  try {
    const value = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return value === 'due' || value === 'random' || value === 'set' ? value : null;
  } catch {
    return null;
  }
}

const SESSION_KEY = 'ambassador-studio.rehearsal.open-session';

/** Another screen (an interview request's "Rehearse these") started a session: Interview practice opens it. */
export function setSessionIntent(sessionId: string): void {
  try {
    sessionStorage.setItem(SESSION_KEY, sessionId);
  } catch {
    // Without storage the session waits in "Continue where you left off".
  }
}

/** Read without removing (React may run a state initialiser twice); cleared once the session is open. */
export function readSessionIntent(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

export function clearSessionIntent(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing was stored.
  }
}
