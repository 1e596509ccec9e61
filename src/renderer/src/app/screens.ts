/** The app's screens, in navigation order. Alt+1..8 opens them in this order. */
export const SCREENS = [
  { id: 'home', label: 'Home' },
  { id: 'profile', label: 'Profile' },
  { id: 'key-messages', label: 'Key messages' },
  { id: 'press-quotes', label: 'Press quotes' },
  { id: 'interview-practice', label: 'Interview practice' },
  { id: 'message-sheet', label: 'Message sheet' },
  { id: 'trainer', label: 'Trainer' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

export function isScreenId(value: unknown): value is ScreenId {
  return SCREENS.some((screen) => screen.id === value);
}

export function shortcutFor(id: ScreenId): string {
  return `Alt+${SCREENS.findIndex((screen) => screen.id === id) + 1}`;
}
