/** The app's screens, in navigation order. Alt+1..9 opens them in this order. */
export const SCREENS = [
  { id: 'home', label: 'Home' },
  { id: 'profile', label: 'Profile' },
  { id: 'key-messages', label: 'Key messages' },
  { id: 'press-quotes', label: 'Press quotes' },
  { id: 'interview-practice', label: 'Interview practice' },
  { id: 'interviews', label: 'Interviews' },
  { id: 'message-sheet', label: 'Message sheet' },
  { id: 'trainer', label: 'Trainer' },
  { id: 'settings', label: 'Settings' },
] as const;

/**
 * Screens reached from Settings (and from where they are needed: "Undo", a "needs repair" note), not from the
 * navigation bar: they are for now and then, and the bar must fit a 1024-pixel screen.
 */
export const MORE_SCREENS = [
  { id: 'trash', label: 'Trash' },
  { id: 'repair', label: 'Repair' },
] as const;

export type NavScreenId = (typeof SCREENS)[number]['id'];
export type ScreenId = NavScreenId | (typeof MORE_SCREENS)[number]['id'];

export function isScreenId(value: unknown): value is ScreenId {
  return [...SCREENS, ...MORE_SCREENS].some((screen) => screen.id === value);
}

export function shortcutFor(id: NavScreenId): string {
  return `Alt+${SCREENS.findIndex((screen) => screen.id === id) + 1}`;
}
