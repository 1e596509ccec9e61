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
