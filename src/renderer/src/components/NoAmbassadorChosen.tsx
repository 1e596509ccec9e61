import { EmptyState } from './EmptyState';

/** The empty state of every per-ambassador screen when nobody is chosen in the switcher yet. */
export function NoAmbassadorChosen() {
  return (
    <EmptyState title="No ambassador chosen">
      Choose who is using the laptop with “Current ambassador” at the top of the window, or create a profile first.
    </EmptyState>
  );
}
